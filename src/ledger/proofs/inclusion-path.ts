/**
 * The index arithmetic of RFC 9162 2.1.3.2 (verifying an inclusion proof), without any hashing: it says on
 * which side each proof element joins the running hash. The synchronous verifier (merkle.ts, node:crypto)
 * and the asynchronous one (webcrypto-merkle.ts, for browsers) both fold hashes along this one path, so
 * they accept and refuse exactly the same proofs, with the same messages.
 */
import { DossierError } from '../../common/errors.js';
import type { WordingValues } from '../../common/wording.js';
import type { SignedNoteRefusal } from './note-format.js';
import { signedNoteWordings } from './note-wordings.js';
import { WordedError } from './worded-error.js';

export const HASH_SIZE = 32;

/** `left`: the proof element is the left child (hash(p, r)); `right`: it is the right child (hash(r, p)). */
export type JoinSide = 'left' | 'right';

/** Checks the index, the size and every hash's length, then walks the path. Throws PROOF_INVALID. */
export function inclusionPath(leafIndex: number, treeSize: number, leafHashValue: Uint8Array, proof: readonly Uint8Array[]): JoinSide[] {
  if (!isCount(leafIndex) || !isCount(treeSize) || leafIndex >= treeSize) {
    throw proofRefused('leafOutsideTree', { index: String(leafIndex), size: String(treeSize) });
  }
  checkHashes(leafHashValue, proof);
  const sides: JoinSide[] = [];
  let fn = leafIndex;
  let sn = treeSize - 1;
  for (let i = 0; i < proof.length; i++) {
    if (sn === 0) throw proofRefused('proofTooLong', { index: leafIndex, size: treeSize });
    if (isOdd(fn) || fn === sn) {
      sides.push('left');
      // The right edge of an unbalanced tree: skip the levels where this node has no sibling.
      while (!isOdd(fn) && fn !== 0) [fn, sn] = [half(fn), half(sn)];
    } else {
      sides.push('right');
    }
    [fn, sn] = [half(fn), half(sn)];
  }
  if (sn !== 0) throw proofRefused('proofTooShort', { index: leafIndex, size: treeSize });
  return sides;
}

/** Every hash must be a SHA-256 value: a short or long one is a malformed proof, not a mismatch. */
export function checkHashes(first: Uint8Array, proof: readonly Uint8Array[]): void {
  if (first.length !== HASH_SIZE) throw proofRefused('hashLength', { expected: HASH_SIZE, got: first.length });
  proof.forEach((p, i) => {
    if (p.length !== HASH_SIZE) throw proofRefused('proofElementLength', { index: i, expected: HASH_SIZE, got: p.length });
  });
}

export function proofInvalid(message: string): DossierError {
  return new DossierError('PROOF_INVALID', message);
}

/** A PROOF_INVALID worded for the browser's reader too (note-wordings.ts). */
export function proofRefused(key: SignedNoteRefusal, values?: WordingValues): WordedError {
  return new WordedError('PROOF_INVALID', signedNoteWordings.say(key, values));
}

const isOdd = (n: number) => n % 2 === 1;
const half = (n: number) => Math.floor(n / 2);
const isCount = (n: number) => Number.isSafeInteger(n) && n >= 0;
