/**
 * One entry at a time: re-derive its leaf from the entry itself, walk its inclusion proof, and compare the
 * root reached with the root of a signed head that was verified before. A verdict, never an exception:
 * a display shows one mark per entry, and one bad entry must not hide the others.
 */
import { fromHex, sameBytes, toHex } from './byte-encoding.js';
import type { Checkpoint } from './checkpoint-format.js';
import { entryLeafInput, type LoggedEntry } from './entry-leaf.js';
import type { InclusionProofMessage, LedgerSource } from './signed-head.js';
import { leafHashAsync, rootFromInclusionProofAsync } from './webcrypto-merkle.js';

export type Verdict = { status: 'verified'; treeSize: number; rootHex: string } | { status: 'failed'; reason: string };

export async function verifyEntryInclusion(entry: LoggedEntry, message: InclusionProofMessage, head: Checkpoint): Promise<Verdict> {
  const failed = (reason: string): Verdict => ({ status: 'failed', reason });
  if (message.leafIndex !== entry.seq) return failed(`the proof is for entry ${message.leafIndex}, not entry ${entry.seq}`);
  if (message.treeSize !== head.treeSize) return failed(`the proof is for a tree of ${message.treeSize} entries, not the signed ${head.treeSize}`);
  const proof = decodeHashes(message.proof);
  if (typeof proof === 'string') return failed(proof);
  try {
    const leaf = await leafHashAsync(entryLeafInput(entry));
    const root = await rootFromInclusionProofAsync(entry.seq, head.treeSize, leaf, proof);
    if (!sameBytes(root, head.rootHash)) return failed(`entry ${entry.seq} and its proof lead to root ${toHex(root)}, not the signed root`);
  } catch (error) {
    return failed((error as Error).message);
  }
  return { status: 'verified', treeSize: head.treeSize, rootHex: toHex(head.rootHash) };
}

/** Fetches each entry's proof for the head's size (a few at a time) and reports each verdict as it is known. */
export async function verifyEntries(
  source: Pick<LedgerSource, 'inclusionProof'>,
  entries: readonly LoggedEntry[],
  head: Checkpoint,
  onVerdict: (entry: LoggedEntry, verdict: Verdict) => void,
  concurrency = 4,
): Promise<void> {
  let nextIndex = 0;
  const worker = async () => {
    while (nextIndex < entries.length) {
      const entry = entries[nextIndex++]!;
      onVerdict(entry, await verdictFor(source, entry, head));
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, entries.length) }, worker));
}

async function verdictFor(source: Pick<LedgerSource, 'inclusionProof'>, entry: LoggedEntry, head: Checkpoint): Promise<Verdict> {
  if (!Number.isSafeInteger(entry.seq) || entry.seq < 0) return { status: 'failed', reason: `the entry has no valid index (${String(entry.seq)})` };
  if (entry.seq >= head.treeSize) return { status: 'failed', reason: `entry ${entry.seq} is not covered by the signed tree of ${head.treeSize} entries` };
  try {
    return await verifyEntryInclusion(entry, await source.inclusionProof(entry.seq, head.treeSize), head);
  } catch (error) {
    return { status: 'failed', reason: `its inclusion proof could not be fetched: ${(error as Error).message}` };
  }
}

/** Hex hashes from the server, decoded; a reason string for the first that is not 32 bytes of hex. */
export function decodeHashes(hexHashes: readonly string[]): Uint8Array[] | string {
  const hashes: Uint8Array[] = [];
  for (const [i, text] of hexHashes.entries()) {
    const hash = typeof text === 'string' ? fromHex(text) : undefined;
    if (!hash || hash.length !== 32) return `hash ${i} sent by the server is not 32 bytes of hex`;
    hashes.push(hash);
  }
  return hashes;
}
