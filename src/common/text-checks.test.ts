import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decodeUtf8Lossy, decodeUtf8Strict, describeInvalidUtf8, findTextProblem, scanUtf8, stripControlCharacters, textProblem } from './text-checks.js';

const bytes = (...values: number[]) => Uint8Array.from(values);
const replacements = (text: string) => text.split('\uFFFD').length - 1;

describe('UTF-8 checks', () => {
  it('finds the first byte that is not UTF-8 and counts what a decoder would replace', () => {
    expect(scanUtf8(Buffer.from('plain ASCII and عربين and 😀'))).toEqual({ firstInvalid: undefined, invalidSequences: 0 });
    expect(scanUtf8(bytes(0x61, 0xe9, 0x62))).toEqual({ firstInvalid: 1, invalidSequences: 1 }); // Latin-1 é
    expect(scanUtf8(bytes(0xc0, 0x80))).toEqual({ firstInvalid: 0, invalidSequences: 2 }); // overlong NUL
    expect(scanUtf8(bytes(0xed, 0xa0, 0x80))).toEqual({ firstInvalid: 0, invalidSequences: 3 }); // an encoded surrogate
    expect(scanUtf8(bytes(0xf4, 0x90, 0x80, 0x80))).toEqual({ firstInvalid: 0, invalidSequences: 4 }); // above U+10FFFF
    expect(scanUtf8(bytes(0x61, 0xef, 0xbf))).toEqual({ firstInvalid: 1, invalidSequences: 1 }); // cut short at the end
    expect(scanUtf8(bytes(0xef, 0xbf, 0xbd))).toEqual({ firstInvalid: undefined, invalidSequences: 0 }); // U+FFFD itself is fine
  });

  it('agrees with the WHATWG decoder on random bytes', () => {
    const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
    for (let round = 0; round < 2000; round++) {
      // Without 0xEF no well-formed U+FFFD can occur, so every U+FFFD the decoder writes is a replacement.
      const sample = Uint8Array.from(randomBytes(1 + (round % 40)).filter((b) => b !== 0xef));
      const scan = scanUtf8(sample);
      expect(scan.invalidSequences).toBe(replacements(decoder.decode(sample)));
      const strict = decodeUtf8Strict(sample);
      if (scan.firstInvalid === undefined) expect(strict).toEqual({ text: decoder.decode(sample) });
      else {
        expect(strict).toEqual({ invalidAt: scan.firstInvalid, byte: sample[scan.firstInvalid] });
        expect('text' in decodeUtf8Strict(sample.subarray(0, scan.firstInvalid))).toBe(true);
      }
    }
  });

  it('decodes strictly or with counted replacements, keeping a byte-order mark for the caller to judge', () => {
    expect(decodeUtf8Strict(Buffer.from('\uFEFFcafé'))).toEqual({ text: '\uFEFFcafé' });
    const latin1 = Buffer.from('café crème', 'latin1');
    expect(decodeUtf8Strict(latin1)).toEqual({ invalidAt: 3, byte: 0xe9 });
    expect(decodeUtf8Lossy(latin1)).toEqual({ text: 'caf\uFFFD cr\uFFFDme', replaced: 2 });
    expect(decodeUtf8Lossy(Buffer.from('intact'))).toEqual({ text: 'intact', replaced: 0 });
    expect(describeInvalidUtf8({ invalidAt: 3, byte: 0xe9 })).toBe('the byte 0xE9 at offset 3 is not part of a well-formed UTF-8 character');
    expect(describeInvalidUtf8({ invalidAt: 0, byte: 0x8 }, 'the field')).toBe('the byte 0x08 at offset 0 of the field is not part of a well-formed UTF-8 character');
  });
});

describe('text taken in', () => {
  it('strips control characters but keeps tab, line feed and carriage return', () => {
    expect(stripControlCharacters('a\u0000b\u0007c\td\ne\rf\u007fg\u001b')).toEqual({ text: 'abc\td\ne\rfg', removed: 4 });
    expect(stripControlCharacters('عربين\tline\r\n')).toEqual({ text: 'عربين\tline\r\n', removed: 0 });
  });

  it('names a lone surrogate or a control character and where it is', () => {
    expect(textProblem('bad \ud800 x')).toMatch(/lone surrogate \(U\+D800\) at character 5/);
    expect(textProblem('\udc00')).toMatch(/lone surrogate \(U\+DC00\) at character 1/);
    expect(textProblem('😀 then \u0000')).toMatch(/control character \(U\+0000\) at character 8/); // the emoji counts once
    expect(textProblem('😀 paired surrogates, tabs\tand\nlines')).toBeUndefined();
  });

  it('names the faulty field by its path, as the API names fields', () => {
    const body = { title: 'fine', victims: { killed: { min: 3, note: 'x\u0001' } }, tags: ['a', 'b', 'c\udfff'] };
    expect(findTextProblem(body)).toMatchObject({ path: 'victims.killed.note', problem: expect.stringContaining('U+0001') });
    expect(findTextProblem({ ...body, victims: {} })).toMatchObject({ path: 'tags[2]', problem: expect.stringContaining('U+DFFF') });
    expect(findTextProblem([{ a: 'ok' }, { b: ['\u0000'] }])).toMatchObject({ path: '[1].b[0]' });
    expect(findTextProblem({ restricted: { 'name\u0000': 'x' } })).toMatchObject({ path: 'restricted', problem: expect.stringMatching(/field name \("name\\u0000"\)/) });
    expect(findTextProblem('top\u0002')).toMatchObject({ path: '' });
    expect(findTextProblem({ n: 1, b: true, z: null, list: [1, 2] })).toBeUndefined();
  });

  it('walks a value nested far deeper than the call stack would allow', () => {
    let deep: unknown = 'at the bottom\u0000';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(findTextProblem({ fine: 'x', deep })).toMatchObject({ path: `deep${'[0]'.repeat(100_000)}`, problem: expect.stringContaining('U+0000') });
  });
});
