/**
 * The RFC 9162 verifier's hashing over WebCrypto (crypto.subtle), for browsers, which have no synchronous
 * SHA-256. It walks the same inclusion path as merkle.ts (inclusion-path.ts), so both accept the same
 * proofs; it imports nothing that needs Node.js.
 */
import { concatBytes, sameBytes } from './byte-encoding.js';
import { inclusionPath, proofRefused } from './inclusion-path.js';
import { signedNoteWordings } from './note-wordings.js';
import { WordedError } from './worded-error.js';

export type Hash = Uint8Array;
/** Named from the global, so the same code types both under Node.js's typings and under the DOM's. */
export type WebCrypto = typeof globalThis.crypto;
export type WebCryptoKey = Awaited<ReturnType<WebCrypto['subtle']['importKey']>>;

const LEAF_PREFIX = Uint8Array.of(0x00);
const NODE_PREFIX = Uint8Array.of(0x01);
/** Hashes started at once while combining a level: enough to keep WebCrypto busy, not a million promises. */
const BATCH = 2048;

export async function sha256Async(...parts: Uint8Array[]): Promise<Hash> {
  return new Uint8Array(await webCrypto().subtle.digest('SHA-256', concatBytes(parts)));
}

export function leafHashAsync(leafInput: Uint8Array): Promise<Hash> {
  return sha256Async(LEAF_PREFIX, leafInput);
}

export function nodeHashAsync(left: Hash, right: Hash): Promise<Hash> {
  return sha256Async(NODE_PREFIX, left, right);
}

/** RFC 9162 2.1.3.2 steps 1-5: the root an inclusion proof implies. Throws PROOF_INVALID when malformed. */
export async function rootFromInclusionProofAsync(leafIndex: number, treeSize: number, leafHashValue: Hash, proof: readonly Hash[]): Promise<Hash> {
  const sides = inclusionPath(leafIndex, treeSize, leafHashValue, proof);
  let root = leafHashValue;
  for (let i = 0; i < proof.length; i++) root = sides[i] === 'left' ? await nodeHashAsync(proof[i]!, root) : await nodeHashAsync(root, proof[i]!);
  return root;
}

/** Throws PROOF_INVALID naming what failed, as merkle.ts's verifyInclusion does. */
export async function verifyInclusionAsync(leafIndex: number, treeSize: number, leafHashValue: Hash, proof: readonly Hash[], root: Hash): Promise<void> {
  const root2 = await rootFromInclusionProofAsync(leafIndex, treeSize, leafHashValue, proof);
  if (!sameBytes(root2, root)) throw proofRefused('proofLeadsElsewhere', { index: leafIndex, size: treeSize });
}

/**
 * The Merkle tree hash of all these leaf hashes, level by level: pairs are combined left to right and a
 * last node without a partner rises unchanged, which gives RFC 9162's left-heavy tree. Each level's hashes
 * are computed concurrently in batches; `onProgress(done, total)` counts node hashes (n - 1 in all).
 */
export async function treeRootAsync(leafHashes: readonly Hash[], onProgress?: (done: number, total: number) => void): Promise<Hash> {
  if (leafHashes.length === 0) return sha256Async();
  const total = leafHashes.length - 1;
  let done = 0;
  let level = leafHashes;
  while (level.length > 1) {
    const next: Hash[] = [];
    for (let start = 0; start + 1 < level.length; start += 2 * BATCH) {
      const pairs: Promise<Hash>[] = [];
      for (let i = start; i + 1 < level.length && i < start + 2 * BATCH; i += 2) pairs.push(nodeHashAsync(level[i]!, level[i + 1]!));
      next.push(...(await Promise.all(pairs)));
      done += pairs.length;
      onProgress?.(done, total);
    }
    if (level.length % 2 === 1) next.push(level[level.length - 1]!);
    level = next;
  }
  return level[0]!;
}

/** WebCrypto needs a secure context in browsers (HTTPS or localhost): say so rather than fail obscurely. */
export function webCrypto(): WebCrypto {
  const crypto = globalThis.crypto as WebCrypto | undefined;
  if (!crypto?.subtle) throw new WordedError('INTERNAL', signedNoteWordings.say('noWebCrypto'));
  return crypto;
}
