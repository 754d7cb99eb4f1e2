import { isCanonicalJson } from '../common/canonical-json.js';
import type { Db, LedgerEntriesTable } from '../db/schema.js';
import { verifyCheckpoint } from './proofs/checkpoint.js';
import { sameBytes } from './proofs/byte-encoding.js';
import { decodeEntry } from './entry.js';
import type { CustodyLedger } from './log.js';
import { noteVerifier, type NoteVerifier } from './proofs/signed-note.js';
import { leafHash, nodeKey, RightEdge, verifyConsistency, type Hash, type NodeId } from './proofs/merkle.js';

export interface LedgerAudit {
  ok: boolean;
  /** Entries read from the database. */
  entries: number;
  /** Signed checkpoints whose signature and root were checked. */
  checkpoints: number;
  /** The latest signed tree size and root (hex), when one verified. */
  signedSize: number;
  rootHash?: string;
  /** The first entry index that is wrong, missing, or not covered by a good checkpoint. */
  firstBadIndex?: number;
  /** The tree size of a checkpoint that failed to verify. */
  badCheckpointSize?: number;
  problem?: string;
}

interface StoredCheckpoint {
  size: number;
  root: Hash;
}

const PAGE = 5000;
const equal = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));

class AuditFailure extends Error {
  constructor(
    readonly problem: string,
    readonly at: { index?: number; checkpointSize?: number },
  ) {
    super(problem);
  }
}

/**
 * Re-derives the whole ledger from its entries and checks it against everything stored beside them:
 * entry order and form, the copied query columns, every stored tree node, and every signed checkpoint.
 * It reads the entries once, in pages, keeping only the tree's right edge in memory.
 */
export async function auditLedger(
  db: Db,
  key: { origin: string; verifierKey: string },
  onProgress?: (entries: number) => void,
): Promise<LedgerAudit> {
  const result: LedgerAudit = { ok: true, entries: 0, checkpoints: 0, signedSize: 0 };
  const verifier = { origin: key.origin, verifier: noteVerifier(key.verifierKey) };
  try {
    const edge = new RightEdge(0, []);
    let next = 0;
    for (;;) {
      // The first page has no lower bound, so a row slipped in before seq 0 is seen too.
      let page = db.selectFrom('ledger_entries').selectAll().orderBy('seq').limit(PAGE);
      if (next > 0) page = page.where('seq', '>=', next);
      const rows = await page.execute();
      if (rows.length === 0) break;
      const stored = await storedNodesFor(db, next, next + rows.length);
      // A checkpoint per append can mean a checkpoint per entry: read them page by page too.
      const checkpoints = await loadCheckpoints(db, verifier, next, next + rows.length);
      for (const row of rows) {
        checkRow(row, next);
        checkStoredNodes(edge.append(leafHash(Buffer.from(row.entry, 'utf8'))), stored, row.seq);
        next++;
        const checkpoint = checkpoints.get(edge.size);
        if (checkpoint) checkSignedRoot(edge, checkpoint, result);
      }
      result.entries = next;
      onProgress?.(next);
    }
    const signed = await latestCheckpointSize(db);
    if (next < signed) {
      throw new AuditFailure(`entries ${next}..${signed - 1} are missing: the signed checkpoint covers ${signed}`, { index: next });
    }
    if (next > result.signedSize) {
      const from = result.signedSize;
      throw new AuditFailure(`entries ${from}..${next - 1} are not covered by any signed checkpoint`, { index: from });
    }
  } catch (error) {
    if (!(error instanceof AuditFailure)) throw error;
    result.ok = false;
    result.problem = error.problem;
    if (error.at.index !== undefined) result.firstBadIndex = error.at.index;
    if (error.at.checkpointSize !== undefined) result.badCheckpointSize = error.at.checkpointSize;
  }
  return result;
}

/** The verified checkpoints for tree sizes in (from, to], by size. */
async function loadCheckpoints(
  db: Db,
  key: { origin: string; verifier: NoteVerifier },
  from: number,
  to: number,
): Promise<Map<number, StoredCheckpoint>> {
  const rows = await db.selectFrom('checkpoints').selectAll().where('tree_size', '>', from).where('tree_size', '<=', to).execute();
  const verified = new Map<number, StoredCheckpoint>();
  for (const row of rows) {
    let checkpoint;
    try {
      checkpoint = verifyCheckpoint(row.note, key.verifier, key.origin);
    } catch (error) {
      throw new AuditFailure(`checkpoint at size ${row.tree_size} fails verification: ${(error as Error).message}`, {
        checkpointSize: row.tree_size,
      });
    }
    if (checkpoint.treeSize !== row.tree_size || !equal(checkpoint.rootHash, row.root_hash)) {
      throw new AuditFailure(`checkpoint row at size ${row.tree_size} disagrees with its signed note`, { checkpointSize: row.tree_size });
    }
    verified.set(checkpoint.treeSize, { size: checkpoint.treeSize, root: checkpoint.rootHash });
  }
  return verified;
}

async function latestCheckpointSize(db: Db): Promise<number> {
  const row = await db.selectFrom('checkpoints').select((eb) => eb.fn.max('tree_size').as('size')).executeTakeFirst();
  return row?.size === null || row?.size === undefined ? 0 : Number(row.size);
}

/** The nodes an append completed must be the ones stored: the leaf, then every parent it closed. */
function checkStoredNodes(completed: Array<NodeId & { hash: Hash }>, stored: Map<string, Hash>, seq: number): void {
  for (const node of completed) {
    const have = stored.get(nodeKey(node));
    if (have && equal(have, node.hash)) continue;
    const first = node.index * 2 ** node.level;
    throw new AuditFailure(
      node.level === 0
        ? `entry ${seq} does not match its stored leaf hash (edited after it was logged?)`
        : `stored tree node ${nodeKey(node)} does not match entries ${first}..${first + 2 ** node.level - 1}`,
      { index: node.level === 0 ? seq : first },
    );
  }
}

function checkRow(row: LedgerEntriesTable, expectedSeq: number): void {
  const bad = (problem: string) => new AuditFailure(`entry ${expectedSeq} ${problem}`, { index: expectedSeq });
  if (row.seq !== expectedSeq) throw bad(`is missing or out of order: found seq ${row.seq} in its place`);
  const entry = decodeEntry(row.entry);
  if (typeof entry === 'string') throw bad(entry);
  if (!isCanonicalJson(row.entry)) throw bad('is not in canonical JSON form (edited after it was logged?)');
  if (entry.seq !== expectedSeq) throw bad(`carries seq ${entry.seq}: entries were reordered or renumbered`);
  const copies: Array<[string, unknown, unknown]> = [
    ['at', row.at, entry.time],
    ['actor', row.actor, entry.actor],
    ['action', row.action, entry.action],
    ['case_id', row.case_id, entry.subject.case ?? null],
    ['evidence_sha256', row.evidence_sha256, entry.subject.evidence ?? null],
  ];
  for (const [column, stored, logged] of copies) {
    if (stored !== logged) throw bad(`column ${column} (${String(stored)}) differs from the logged entry (${String(logged)})`);
  }
}

function checkSignedRoot(edge: RightEdge, checkpoint: StoredCheckpoint, result: LedgerAudit): void {
  if (!equal(edge.root(), checkpoint.root)) {
    const previous = result.signedSize;
    throw new AuditFailure(
      `the entries' root at size ${edge.size} differs from the signed checkpoint: history in ${previous}..${edge.size - 1} was rewritten`,
      { index: previous, checkpointSize: edge.size },
    );
  }
  result.checkpoints++;
  result.signedSize = edge.size;
  result.rootHash = Buffer.from(checkpoint.root).toString('hex');
}

/** Every stored node whose subtree ends inside [from, to): the nodes appending those leaves would emit. */
async function storedNodesFor(db: Db, from: number, to: number): Promise<Map<string, Hash>> {
  const rows = await db
    .selectFrom('merkle_nodes')
    .select(['level', 'idx', 'hash'])
    .where((eb) => {
      const ranges = [];
      for (let level = 0; 2 ** level <= to; level++) {
        const width = 2 ** level;
        const first = Math.floor(from / width);
        const last = Math.floor(to / width) - 1;
        if (last >= first) ranges.push(eb.and([eb('level', '=', level), eb('idx', '>=', first), eb('idx', '<=', last)]));
      }
      return eb.or(ranges);
    })
    .execute();
  return new Map(rows.map((row) => [nodeKey({ level: row.level, index: row.idx }), new Uint8Array(row.hash)]));
}

export interface ConsistencyCheck {
  ok: boolean;
  savedSize: number;
  currentSize: number;
  problem?: string;
  /**
   * The saved checkpoint and the one this log signed for the same size, when their roots differ: two signed
   * histories of one log, each verifiable with its key. The proof that someone was shown another log.
   */
  splitView?: { size: number; saved: string; ours: string };
}

/**
 * What a witness does with a checkpoint it kept: asks the log for a consistency proof from that tree to
 * today's and checks it against both signed roots. A rewritten history cannot produce a valid proof,
 * even when every row and node was recomputed and the new head re-signed.
 */
export async function checkAgainstSavedCheckpoint(
  ledger: CustodyLedger,
  savedNote: string,
  key: { origin: string; verifierKey: string },
): Promise<ConsistencyCheck> {
  const saved = verifyCheckpoint(savedNote, key.verifierKey, key.origin);
  const currentNote = await ledger.latestCheckpoint();
  if (currentNote === undefined) {
    return { ok: false, savedSize: saved.treeSize, currentSize: 0, problem: 'the log has no signed checkpoint at all' };
  }
  const current = verifyCheckpoint(currentNote, key.verifierKey, key.origin);
  const result: ConsistencyCheck = { ok: true, savedSize: saved.treeSize, currentSize: current.treeSize };
  if (saved.treeSize > current.treeSize) {
    return { ...result, ok: false, problem: `the log shrank: saved size ${saved.treeSize}, current ${current.treeSize}` };
  }
  const ours = await ledger.checkpointAt(saved.treeSize);
  if (ours !== undefined && !sameBytes(verifyCheckpoint(ours, key.verifierKey, key.origin).rootHash, saved.rootHash)) {
    return {
      ...result,
      ok: false,
      problem: `SPLIT VIEW: the saved checkpoint and the one this log signed for size ${saved.treeSize} have different roots; both are signed by the log's key`,
      splitView: { size: saved.treeSize, saved: savedNote, ours },
    };
  }
  try {
    const proof = saved.treeSize === 0 ? [] : (await ledger.consistencyProof(saved.treeSize, current.treeSize)).proof;
    verifyConsistency(
      saved.treeSize,
      current.treeSize,
      proof.map((h) => Buffer.from(h, 'hex')),
      saved.rootHash,
      current.rootHash,
    );
  } catch (error) {
    return { ...result, ok: false, problem: `not consistent with the saved checkpoint: ${(error as Error).message}` };
  }
  return result;
}
