import { describe, expect, it } from 'vitest';
import { escapeLineValue, unescapeLineValue } from './receipt-line-escape.js';

describe('one-line escaping of receipt values', () => {
  it.each([
    ['plain', 'plain'],
    ['a\\b', 'a\\\\b'],
    ['a\nb\tc\rd', 'a\\nb\\tc\\rd'],
    ['\u0000\u001B\u007F\u0085', '\\u{0000}\\u{001B}\\u{007F}\\u{0085}'],
    ['\u2028\u202E\u2066\uFEFF', '\\u{2028}\\u{202E}\\u{2066}\\u{FEFF}'],
    [' both ', '\\u{0020}both\\u{0020}'],
    ['inner spaces stay', 'inner spaces stay'],
    ['عربي/ملف.txt', 'عربي/ملف.txt'],
    ['emoji 🙂', 'emoji 🙂'],
    ['lone \uDC00', 'lone \\u{DC00}'],
  ])('writes %j as %j and reads it back', (value, line) => {
    expect(escapeLineValue(value)).toBe(line);
    expect(unescapeLineValue(line)).toEqual({ value });
  });

  it('keeps every escaped value on one line without control characters', () => {
    const every = Array.from({ length: 0x100 }, (_, i) => String.fromCharCode(i)).join('');
    const line = escapeLineValue(every);
    expect(line).not.toMatch(/[\u0000-\u001F\u007F-\u009F]/);
    expect(unescapeLineValue(line)).toEqual({ value: every });
  });

  it.each(['ends with \\', 'bad \\x41', 'short \\u{41}', 'too big \\u{110000}', 'lower \\u{00e9}'])('refuses %j', (line) => {
    expect(unescapeLineValue(line)).toHaveProperty('problem');
  });
});
