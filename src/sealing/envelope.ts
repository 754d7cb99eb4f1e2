import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { DossierError } from '../common/errors.js';

/**
 * AES-256-GCM with a fresh 96-bit nonce per message. The additional data binds a ciphertext to where it
 * belongs (a case key to its case, a sealed field to its record), so one cannot be moved to another place.
 * Layout: nonce (12) | ciphertext | tag (16).
 */
export function encrypt(key: Buffer, plaintext: Buffer, associated: string): Buffer {
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(Buffer.from(associated, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([nonce, body, cipher.getAuthTag()]);
}

export function decrypt(key: Buffer, sealed: Buffer, associated: string): Buffer {
  if (sealed.length < 28) throw new DossierError('KEY_INVALID', 'a sealed value is truncated');
  const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, 12));
  decipher.setAAD(Buffer.from(associated, 'utf8'));
  decipher.setAuthTag(sealed.subarray(sealed.length - 16));
  try {
    return Buffer.concat([decipher.update(sealed.subarray(12, sealed.length - 16)), decipher.final()]);
  } catch {
    throw new DossierError('KEY_INVALID', 'a sealed value does not open with its key: it was altered, moved, or the key is wrong');
  }
}
