/**
 * One entry at a time: re-derive its leaf from the entry itself, walk its inclusion proof, and compare the
 * root reached with the root of a signed head that was verified before. A verdict, never an exception:
 * a display shows one mark per entry, and one bad entry must not hide the others.
 */
import { fromHex, sameBytes, toHex } from './byte-encoding.js';
import type { Checkpoint } from './checkpoint-format.js';
import { entryLeafInput, type LoggedEntry } from './entry-leaf.js';
import type { InclusionProofMessage, LedgerSource } from './signed-head.js';
import type { Reason } from '../../common/reason.js';
import { ledgerCheckWordings, reasonFrom, reasonOf } from './verification-wordings.js';
import { leafHashAsync, rootFromInclusionProofAsync } from './webcrypto-merkle.js';

const say = ledgerCheckWordings.say;

export type Verdict = { status: 'verified'; treeSize: number; rootHex: string } | { status: 'failed'; reason: Reason };

const failed = (reason: Reason): Verdict => ({ status: 'failed', reason });

export async function verifyEntryInclusion(entry: LoggedEntry, message: InclusionProofMessage, head: Checkpoint): Promise<Verdict> {
  if (message.leafIndex !== entry.seq) return failed(say('proofForOtherEntry', { proved: String(message.leafIndex), seq: entry.seq }));
  if (message.treeSize !== head.treeSize) return failed(say('proofForOtherSize', { proved: String(message.treeSize), size: head.treeSize }));
  const proof = decodeHashes(message.proof);
  if (!Array.isArray(proof)) return failed(proof);
  try {
    const leaf = await leafHashAsync(entryLeafInput(entry));
    const root = await rootFromInclusionProofAsync(entry.seq, head.treeSize, leaf, proof);
    if (!sameBytes(root, head.rootHash)) return failed(say('proofLeadsElsewhere', { seq: entry.seq, root: toHex(root) }));
  } catch (error) {
    return failed(reasonOf(error));
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
  if (!Number.isSafeInteger(entry.seq) || entry.seq < 0) return failed(say('noValidIndex', { seq: String(entry.seq) }));
  if (entry.seq >= head.treeSize) return failed(say('notCovered', { seq: entry.seq, size: head.treeSize }));
  try {
    return await verifyEntryInclusion(entry, await source.inclusionProof(entry.seq, head.treeSize), head);
  } catch (error) {
    return failed(reasonFrom('proofNotFetched', error));
  }
}

/** Hex hashes from the server, decoded; the reason the first that is not 32 bytes of hex is refused. */
export function decodeHashes(hexHashes: readonly string[]): Uint8Array[] | Reason {
  const hashes: Uint8Array[] = [];
  for (const [i, text] of hexHashes.entries()) {
    const hash = typeof text === 'string' ? fromHex(text) : undefined;
    if (!hash || hash.length !== 32) return say('badHash', { index: i });
    hashes.push(hash);
  }
  return hashes;
}
