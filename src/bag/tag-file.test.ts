import { describe, expect, it } from 'vitest';
import { Findings } from './findings.js';
import { decodeTagFile, parseBagitTxt, parseTagFields, splitLines } from './tag-file.js';

const bytes = (text: string): Buffer => Buffer.from(text, 'utf8');

describe('tag files', () => {
  it('splits on LF, CR and CRLF without inventing a last empty line', () => {
    expect(splitLines('a\r\nb\rc\nd\n')).toEqual(['a', 'b', 'c', 'd']);
    expect(splitLines('a\r\nb')).toEqual(['a', 'b']);
  });

  it('folds continuation lines into the previous value', () => {
    const findings = new Findings();
    const fields = parseTagFields('External-Description: Uncompressed TIFFs from the\r\n   Yoshimuri papers.\r\nBag-Count: 1 of 15', 'bag-info.txt', true, findings);
    expect(fields.map((f) => [f.label, f.value])).toEqual([
      ['External-Description', 'Uncompressed TIFFs from the Yoshimuri papers.'],
      ['Bag-Count', '1 of 15'],
    ]);
    expect(findings.errors).toEqual([]);
  });

  it('warns about whitespace before a label colon in old bags and refuses it in 1.0 bags', () => {
    const lenient = new Findings();
    parseTagFields('Test-Tag : 3\n', 'bag-info.txt', false, lenient);
    expect(lenient.errors).toEqual([]);
    expect(lenient.warnings.map((w) => w.code)).toEqual(['LABEL_WHITESPACE']);
    const strict = new Findings();
    parseTagFields('Test-Tag : 3\n', 'bag-info.txt', true, strict);
    expect(strict.errors.map((e) => e.code)).toEqual(['LABEL_WHITESPACE']);
  });

  it('reads a well-formed bagit.txt', () => {
    const findings = new Findings();
    expect(parseBagitTxt(bytes('BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n'), findings)).toEqual({
      version: '1.0',
      encoding: 'UTF-8',
    });
    expect(findings.errors).toEqual([]);
  });

  it('rejects a bagit.txt with a byte-order mark, a missing encoding line or a bad version', () => {
    const cases: [Buffer, string][] = [
      [Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes('BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n')]), 'BOM_IN_BAGIT_TXT'],
      [bytes('BagIt-Version: 0.97\n'), 'BAGIT_TXT_MALFORMED'],
      [bytes('BagIt-Version: .97\nTag-File-Character-Encoding: UTF-8\n'), 'INVALID_VERSION'],
      [bytes('BagIt-Version : 1.0\nTag-File-Character-Encoding : UTF-8\n'), 'BAGIT_TXT_MALFORMED'],
    ];
    for (const [input, code] of cases) {
      const findings = new Findings();
      parseBagitTxt(input, findings);
      expect(findings.errors.map((e) => e.code)).toContain(code);
    }
  });

  it('decodes UTF-16 by its byte-order mark and ISO-8859-1 byte for byte', () => {
    const findings = new Findings();
    const utf16be = Buffer.from([0xfe, 0xff, 0x00, 0x4e, 0x00, 0xfa]);
    expect(decodeTagFile(utf16be, 'UTF-16', 'bag-info.txt', findings)).toBe('Nú');
    expect(decodeTagFile(Buffer.from([0x4e, 0xfa]), 'ISO-8859-1', 'bag-info.txt', findings)).toBe('Nú');
    expect(findings.errors).toEqual([]);
  });

  it('reports bytes that are not valid in the declared encoding, naming the file', () => {
    const findings = new Findings();
    expect(decodeTagFile(Buffer.from([0x4e, 0xfa]), 'UTF-8', 'manifest-md5.txt', findings)).toBeNull();
    expect(findings.errors).toEqual([expect.objectContaining({ code: 'TAG_FILE_ENCODING', path: 'manifest-md5.txt' })]);
  });
});
