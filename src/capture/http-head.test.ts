import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodePayload, PayloadTooLarge } from './http-head.js';

const headers = (coding: string): Array<[string, string]> => [['Content-Encoding', coding]];

describe('decoding an HTTP payload', () => {
  const page = Buffer.from('<html><title>A page</title><p>What the witness posted.</p></html>');

  it('undoes gzip, deflate (with or without its zlib wrapper), brotli and chunked coding', () => {
    expect(decodePayload(zlib.gzipSync(page), headers('gzip'), 1 << 20).equals(page)).toBe(true);
    expect(decodePayload(zlib.deflateSync(page), headers('deflate'), 1 << 20).equals(page)).toBe(true);
    expect(decodePayload(zlib.deflateRawSync(page), headers('deflate'), 1 << 20).equals(page)).toBe(true);
    expect(decodePayload(zlib.brotliCompressSync(page), headers('br'), 1 << 20).equals(page)).toBe(true);
    const chunked = Buffer.concat([Buffer.from(`${page.length.toString(16)}\r\n`), page, Buffer.from('\r\n0\r\n\r\n')]);
    expect(decodePayload(chunked, [['Transfer-Encoding', 'chunked']], 1 << 20).equals(page)).toBe(true);
  });

  it('stops at its limit instead of holding what a small payload claims: 64 MiB of zeros in each coding', () => {
    const zeros = Buffer.alloc(64 << 20);
    for (const [coding, compressed] of [
      ['gzip', zlib.gzipSync(zeros)],
      ['deflate', zlib.deflateSync(zeros)],
      ['deflate', zlib.deflateRawSync(zeros)],
      ['br', zlib.brotliCompressSync(zeros)],
    ] as const) {
      expect(() => decodePayload(compressed, headers(coding), 1 << 20), coding).toThrow(PayloadTooLarge);
    }
    expect(() => decodePayload(Buffer.alloc(2 << 20), [], 1 << 20)).toThrow(/more than 1048576 bytes/);
  });

  it('still names a damaged payload as damaged, not as too large', () => {
    expect(() => decodePayload(Buffer.from('not gzip at all'), headers('gzip'), 1 << 20)).toThrow(/incorrect header check/);
  });
});
