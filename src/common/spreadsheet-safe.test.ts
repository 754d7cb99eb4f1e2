import { describe, expect, it } from 'vitest';
import { looksLikeFormula, spreadsheetSafe } from './spreadsheet-safe.js';

describe('cells a spreadsheet would run as formulas', () => {
  it('prefixes every cell that starts as a formula does, whatever follows', () => {
    for (const cell of ["=cmd|' /C calc'!A1", '@SUM(1+1)', '+1 more', '-2+3+cmd|x', '\t=1', '\r=1', '=', '-', '+', '@']) {
      expect(looksLikeFormula(cell)).toBe(true);
      expect(spreadsheetSafe(cell)).toBe(`'${cell}`);
    }
  });

  it('leaves numbers, signed or not, and every other text as they are', () => {
    for (const cell of ['-3.7038', '+5', '-12', '1e-5', '-.5', '3.', 'Aleppo', '', " '=already text", 'a=b', '2016-05-02', 'حلب']) {
      expect(looksLikeFormula(cell)).toBe(false);
      expect(spreadsheetSafe(cell)).toBe(cell);
    }
  });
});
