import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pathBytes, pathText } from './path-text.js';

describe('file names as text', () => {
  it('keeps UTF-8 names as they are, Arabic included, and doubles a backslash', () => {
    expect(pathText(Buffer.from('صور/حلب 2016/IMG_0001.jpg'))).toBe('صور/حلب 2016/IMG_0001.jpg');
    expect(pathText(Buffer.from('a\\b'))).toBe('a\\\\b');
  });

  it('shows bytes that are not UTF-8 as \\xNN, a Windows-1256 name or a cut sequence', () => {
    // "صورة" in Windows-1256, then a UTF-8 sequence cut short.
    expect(pathText(Buffer.from([0xd5, 0xe6, 0xd1, 0xc9, 0x2e, 0x6a, 0x70, 0x67]))).toBe('\\xd5\\xe6\\xd1\\xc9.jpg');
    expect(pathText(Buffer.from([0x61, 0xd8]))).toBe('a\\xd8');
    expect(pathText(Buffer.from([0xed, 0xa0, 0x80]))).toBe('\\xed\\xa0\\x80'); // an encoded surrogate is not UTF-8
  });

  it('gives back exactly the bytes, for any bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => pathBytes(pathText(bytes)).equals(Buffer.from(bytes))));
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (text) => pathBytes(pathText(Buffer.from(text))).toString('utf8') === text));
  });
});
