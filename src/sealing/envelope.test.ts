import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decrypt, encrypt } from './envelope.js';

describe('AES-256-GCM envelopes', () => {
  const key = randomBytes(32);
  const plaintext = Buffer.from('{"fullName":"Witness"}', 'utf8');

  it('opens what it sealed, and seals the same value differently each time', () => {
    const a = encrypt(key, plaintext, 'record-1');
    const b = encrypt(key, plaintext, 'record-1');
    expect(a.equals(b)).toBe(false);
    expect(decrypt(key, a, 'record-1').equals(plaintext)).toBe(true);
    expect(a.includes(plaintext)).toBe(false);
  });

  it('refuses a flipped bit, another record’s context, another key, and a truncated value', () => {
    const sealed = encrypt(key, plaintext, 'record-1');
    const flipped = Buffer.from(sealed);
    flipped[14]! ^= 1;
    expect(() => decrypt(key, flipped, 'record-1')).toThrow(/does not open/);
    expect(() => decrypt(key, sealed, 'record-2')).toThrow(/does not open/);
    expect(() => decrypt(randomBytes(32), sealed, 'record-1')).toThrow(/does not open/);
    expect(() => decrypt(key, sealed.subarray(0, 20), 'record-1')).toThrow(/truncated/);
  });
});
