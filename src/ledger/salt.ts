import { randomBytesPooled } from '../common/random.js';

/** A fresh random salt for a record's commitments (proofs/commitment.ts): 16 bytes, in hex. */
export function newSalt(): string {
  return randomBytesPooled(16).toString('hex');
}
