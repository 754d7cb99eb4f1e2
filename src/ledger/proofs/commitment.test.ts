import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { newSalt } from '../salt.js';
import { commitFields, commitText } from './commitment.js';

describe('salted commitments to free text', () => {
  it('is SHA-256 over salt, field name, a zero byte and the text', () => {
    const salt = '00112233445566778899aabbccddeeff';
    const expected = createHash('sha256')
      .update(Buffer.concat([Buffer.from(salt, 'hex'), Buffer.from('source\0Dr. Hamza, Aleppo', 'utf8')]))
      .digest('hex');
    expect(commitText(salt, 'source', 'Dr. Hamza, Aleppo')).toBe(`sha256:${expected}`);
  });

  it('differs with the salt, so equal texts in two records cannot be linked or guessed', () => {
    const [a, b] = [newSalt(), newSalt()];
    expect(a).not.toBe(b);
    expect(commitText(a, 'source', 'same')).not.toBe(commitText(b, 'source', 'same'));
  });

  it('binds the field name, so a commitment cannot be moved to another field', () => {
    const salt = newSalt();
    expect(commitText(salt, 'source', 'x')).not.toBe(commitText(salt, 'note', 'x'));
  });

  it('commits only to the fields that have a value', () => {
    const salt = newSalt();
    expect(Object.keys(commitFields(salt, { originalName: 'a.mp4', source: null, note: undefined }))).toEqual(['originalName']);
  });
});
