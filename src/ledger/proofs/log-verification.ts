/**
 * "Verify the whole log" as a reader outside the server does it: check the signed head's signature; fetch
 * every leaf hash and recompute the root the head signs (a leaf hash reveals nothing of its entry); then
 * check that each entry the reader may see hashes to the leaf at its index. Together these prove the whole
 * log is the signed one and every visible entry is in it, with n hashes rather than n proofs.
 */
import { sameBytes, toHex } from './byte-encoding.js';
import { entryLeafInput, type LoggedEntry } from './entry-leaf.js';
import { decodeHashes, type Verdict } from './entry-verification.js';
import { verifySignedHead, type EntryPage, type LedgerSource, type SignedHead } from './signed-head.js';
import type { Reason } from '../../common/reason.js';
import { ledgerCheckWordings, reasonFrom, reasonOf } from './verification-wordings.js';
import { leafHashAsync, treeRootAsync } from './webcrypto-merkle.js';

const say = ledgerCheckWordings.say;

export interface WholeLogSource extends Pick<LedgerSource, 'logKey' | 'checkpointNote' | 'leafHashes'> {
  /** The entries this reader may see, in index order, from index `from`; `total` when the server knows it. */
  visibleEntries(from: number): Promise<EntryPage & { total?: number }>;
}

export type WholeLogResult =
  | { status: 'verified'; entries: number; treeSize: number; rootHex: string; head: SignedHead; leaves: Uint8Array[] }
  | { status: 'failed'; reason: Reason; head?: SignedHead };

/** The check's steps, named for the page to say in its reader's language. */
export type WholeLogStep = 'checkingHead' | 'fetchingLeaves' | 'recomputing' | 'checkingEntries' | 'done';
export type ProgressReport = (step: WholeLogStep, fraction: number) => void;

/** Shares of the progress bar: fetching leaves and hashing entries cost most. */
const SHARE = { head: 0.02, leaves: 0.4, tree: 0.28, entries: 0.3 };
export const LEAF_PAGE = 5000;

export async function verifyWholeLog(source: WholeLogSource, onProgress: ProgressReport = () => undefined): Promise<WholeLogResult> {
  onProgress('checkingHead', 0);
  let head: SignedHead;
  try {
    head = await verifySignedHead(source);
  } catch (error) {
    return { status: 'failed', reason: reasonFrom('headDoesNotVerify', error) };
  }
  try {
    const leaves = await fetchLeaves(source, head.checkpoint.treeSize, onProgress);
    if (!Array.isArray(leaves)) return { status: 'failed', reason: leaves, head };
    const root = await treeRootAsync(leaves, (done, total) => onProgress('recomputing', SHARE.head + SHARE.leaves + (SHARE.tree * done) / total));
    if (!sameBytes(root, head.checkpoint.rootHash)) {
      return { status: 'failed', reason: say('leavesGiveOtherRoot', { count: leaves.length, root: toHex(root), signed: head.rootHex }), head };
    }
    const checked = await checkVisibleEntries(source, leaves, head, onProgress);
    if (typeof checked !== 'number') return { status: 'failed', reason: checked, head };
    onProgress('done', 1);
    return { status: 'verified', entries: checked, treeSize: head.checkpoint.treeSize, rootHex: head.rootHex, head, leaves };
  } catch (error) {
    return { status: 'failed', reason: reasonOf(error), head };
  }
}

async function fetchLeaves(source: WholeLogSource, treeSize: number, onProgress: ProgressReport): Promise<Uint8Array[] | Reason> {
  const leaves: Uint8Array[] = [];
  while (leaves.length < treeSize) {
    const page = await source.leafHashes(leaves.length, Math.min(LEAF_PAGE, treeSize - leaves.length), treeSize);
    if (page.length === 0) return say('tooFewLeaves', { count: leaves.length, size: treeSize });
    const decoded = decodeHashes(page);
    if (!Array.isArray(decoded)) return say('badLeafHash', { at: leaves.length, index: decoded.values.index! });
    leaves.push(...decoded.slice(0, treeSize - leaves.length));
    onProgress('fetchingLeaves', SHARE.head + (SHARE.leaves * leaves.length) / treeSize);
  }
  return leaves;
}

/** Returns how many visible entries match their leaves, or the reason the first one does not. */
async function checkVisibleEntries(source: WholeLogSource, leaves: readonly Uint8Array[], head: SignedHead, onProgress: ProgressReport): Promise<number | Reason> {
  const start = SHARE.head + SHARE.leaves + SHARE.tree;
  let checked = 0;
  let lastSeq = -1;
  for (let from: number | null = 0; from !== null; ) {
    const page: EntryPage & { total?: number } = await source.visibleEntries(from);
    // Entries appended after the head was fetched are not in the tree it signs; the next run covers them.
    const covered = page.items.filter((entry) => entry.seq < leaves.length);
    for (const entry of covered) {
      if (!Number.isSafeInteger(entry.seq) || entry.seq <= lastSeq) return say('outOfOrder', { seq: String(entry.seq) });
      lastSeq = entry.seq;
      const problem = initEntryProblem(entry, head);
      if (problem) return problem;
    }
    const hashes = await Promise.all(covered.map((entry) => leafHashAsync(entryLeafInput(entry))));
    const bad = covered.findIndex((entry, i) => !sameBytes(hashes[i]!, leaves[entry.seq]!));
    if (bad >= 0) return say('altered', { seq: covered[bad]!.seq });
    checked += covered.length;
    onProgress('checkingEntries', start + SHARE.entries * Math.min(1, checked / Math.max(1, page.total ?? leaves.length)));
    from = covered.length < page.items.length ? null : page.next;
  }
  return checked;
}

/**
 * Marks entries fetched apart from the check (a table's page) against the leaves a whole-log check proved:
 * what is displayed is verified, not merely what the check happened to fetch. Entries newer than the
 * verified tree get no verdict.
 */
export async function verdictsAgainstLeaves(entries: readonly LoggedEntry[], verified: { leaves: readonly Uint8Array[]; rootHex: string }): Promise<Map<number, Verdict>> {
  const treeSize = verified.leaves.length;
  const covered = entries.filter((entry) => Number.isSafeInteger(entry.seq) && entry.seq >= 0 && entry.seq < treeSize);
  const hashes = await Promise.all(covered.map((entry) => leafHashAsync(entryLeafInput(entry))));
  const verdicts = new Map<number, Verdict>();
  covered.forEach((entry, i) => {
    const matches = sameBytes(hashes[i]!, verified.leaves[entry.seq]!);
    verdicts.set(entry.seq, matches ? { status: 'verified', treeSize, rootHex: verified.rootHex } : { status: 'failed', reason: say('notItsLeaf', { seq: entry.seq }) });
  });
  return verdicts;
}

/** The ledger's first entry commits to its origin and key: a server that swapped the key is caught here. */
function initEntryProblem(entry: LoggedEntry, head: SignedHead): Reason | undefined {
  if (entry.seq !== 0 || entry.action !== 'init') return undefined;
  const details = (entry.details ?? {}) as { origin?: unknown; verifierKey?: unknown };
  if (details.verifierKey !== head.verifierKey) return say('initOtherKey');
  if (details.origin !== head.origin) return say('initOtherOrigin');
  return undefined;
}
