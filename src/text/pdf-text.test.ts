import { describe, expect, it } from 'vitest';
import { linesOf } from './pdf-text.js';

const piece = (text: string, x: number, y: number, options: { rtl?: boolean; width?: number } = {}) => ({ text, rtl: options.rtl ?? false, x, y, width: options.width ?? text.length * 6, size: 12 });

describe('PDF text pieces put back into lines', () => {
  it('orders lines top to bottom and pieces left to right, spacing them by their gaps', () => {
    const lines = linesOf([piece('world', 60, 700), piece('Second', 10, 680), piece('Hello', 10, 700), piece('line', 50, 680.5)]);
    expect(lines).toEqual(['Hello world', 'Second line']);
    expect(linesOf([piece('Hel', 10, 700, { width: 18 }), piece('lo', 28, 700)])).toEqual(['Hello']);
  });

  it('turns a right-to-left line, glyph by glyph in visual order, into reading order', () => {
    // "قصف عند" drawn left to right: فصق then a space then دنع, each glyph a piece as Chromium writes them.
    const visual = ['د', 'ن', 'ع', ' ', 'ف', 'ص', 'ق'].map((glyph, i) => piece(glyph, 10 + i * 6, 500, { rtl: glyph !== ' ', width: 6 }));
    expect(linesOf(visual)).toEqual(['قصف عند']);
  });

  it('keeps a left-to-right number inside a right-to-left line in its own order', () => {
    const visual = [piece('14', 10, 500, { width: 12 }), piece(' ', 22, 500, { width: 6 }), piece('قتيل', 28, 500, { rtl: true, width: 24 })];
    expect(linesOf(visual)).toEqual(['قتيل 14']);
  });
});
