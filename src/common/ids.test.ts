import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { base32OfBytes, newId } from './ids.js';

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

/** The digits of a number of any size, the slow and obvious way. */
function reference(value: bigint, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) {
    out = ALPHABET[Number(value & 31n)] + out;
    value >>= 5n;
  }
  return out;
}

describe('ids', () => {
  it('writes random bytes as the base32 digits of the number they make', () => {
    for (let i = 0; i < 1000; i++) {
      const bytes = randomBytes(10);
      expect(base32OfBytes(bytes)).toBe(reference(BigInt(`0x${bytes.toString('hex')}`), 16));
    }
    expect(base32OfBytes(Buffer.alloc(10, 0xff))).toBe('z'.repeat(16));
  });

  it('starts with the prefix and the time, so ids sort by creation', () => {
    const at = new Date('2026-12-05T03:00:00.000Z');
    const id = newId('inc', at);
    expect(id).toMatch(/^inc_[0-9a-hjkmnp-tv-z]{26}$/);
    expect(id.slice(4, 14)).toBe(reference(BigInt(at.getTime()), 10));
    expect(newId('inc', new Date(at.getTime() + 1)) > id).toBe(true);
  });
});
