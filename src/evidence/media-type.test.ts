import { describe, expect, it } from 'vitest';
import { sniffMediaType } from './media-type.js';

describe('the media type the bytes say', () => {
  it('tells formats by their magic numbers, whatever the name', async () => {
    expect(await sniffMediaType(Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'))).toBe('image/png');
    expect(await sniffMediaType(Buffer.from('%PDF-1.7\n'))).toBe('application/pdf');
  });

  it('tells UTF-8 text (Arabic too, and cut inside a character) from binary', async () => {
    expect(await sniffMediaType(Buffer.from('Witness statement, Douma\r\n\tpage 1\f'))).toBe('text/plain');
    const arabic = Buffer.from('قصف سوق مدينة دوما');
    expect(await sniffMediaType(arabic.subarray(0, arabic.length - 1))).toBe('text/plain');
    expect(await sniffMediaType(Buffer.from('  <!DOCTYPE html><html>'))).toBe('text/html');
    expect(await sniffMediaType(Buffer.from('<?xml version="1.0"?><a/>'))).toBe('application/xml');
    // A control character, or bytes that are not UTF-8 (Latin-1 "é"), say binary.
    expect(await sniffMediaType(Buffer.from('text with a \u0000 NUL'))).toBe('application/octet-stream');
    expect(await sniffMediaType(Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x69, 0x72]))).toBe('application/octet-stream');
    expect(await sniffMediaType(Buffer.alloc(0))).toBe('application/x-empty');
  });
});
