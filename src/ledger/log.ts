import { DossierError, invalidField } from '../common/errors.js';
import type { Database } from '../db/database.js';
import type { Db } from '../db/schema.js';
import { signCheckpoint } from './proofs/checkpoint.js';
import { buildEntry, decodeEntry, encodeEntry, type EntryDraft, type LedgerEntry } from './entry.js';
import {
  consistencyProofPlan,
  inclusionProofPlan,
  leafHash,
  RightEdge,
  rootPlan,
  type Hash,
  type ProofPlan,
} from './proofs/merkle.js';
import { fetchLatestSize, fetchLeafRange, fetchLevelRange, fetchManyNodes, fetchNodes, fetchNodesAndLatestSize, insertNodes } from './node-store.js';
import type { NoteSigner } from './proofs/signed-note.js';

export interface LedgerOptions {
  origin: string;
  /** Absent for a read-only ledger (an auditor's copy): append() then refuses. */
  signer?: NoteSigner | undefined;
  now?: () => Date;
}

export interface InclusionProof {
  leafIndex: number;
  treeSize: number;
  leafHash: string;
  rootHash: string;
  proof: string[];
}

export interface ConsistencyProof {
  size1: number;
  size2: number;
  rootHash1: string;
  rootHash2: string;
  proof: string[];
}

export interface LeafHashes {
  treeSize: number;
  from: number;
  /** Hex, in index order: the leaves of [from, from + leaves.length). */
  leaves: string[];
}

export interface EntryFilter {
  from?: number;
  limit?: number;
  caseId?: string;
  evidenceSha256?: string;
}

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

/**
 * The custody ledger: an append-only log of canonical-JSON entries, the perfect subtrees of its RFC 9162
 * Merkle tree, and a signed checkpoint after every append. Appends run inside the caller's write
 * transaction, so a domain change and the entry that records it commit together or not at all.
 */
export class CustodyLedger {
  private readonly now: () => Date;
  /** The right edge after this process's last append, per connection: reused while the size still matches. */
  private readonly edges = new WeakMap<object, RightEdge>();
  /** The latest signed size this ledger last read: what a proof asked for at the latest size is planned for first. */
  private latestRead: number | undefined;

  constructor(
    private readonly database: Database,
    readonly options: LedgerOptions,
  ) {
    this.now = options.now ?? (() => new Date());
  }

  async append(trx: Db, drafts: readonly EntryDraft[]): Promise<LedgerEntry[]> {
    const signer = this.options.signer;
    if (!signer) throw new DossierError('KEY_INVALID', 'this ledger was opened without its signing key and cannot append');
    if (drafts.length === 0) return [];
    const edge = await this.rightEdge(trx);
    const time = this.now();
    const entries = drafts.map((draft, i) => buildEntry(draft, edge.size + i, time));
    const rows = [];
    const nodes = [];
    for (const entry of entries) {
      const text = encodeEntry(entry);
      nodes.push(...edge.append(leafHash(Buffer.from(text, 'utf8'))));
      rows.push(entryRow(entry, text));
    }
    await this.database.insertMany(trx, 'ledger_entries', rows);
    await insertNodes(this.database, trx, nodes);
    this.edges.set(trx, edge);
    const root = edge.root();
    const note = signCheckpoint({ origin: this.options.origin, treeSize: edge.size, rootHash: root, extensions: [] }, signer);
    await trx
      .insertInto('checkpoints')
      .values({ tree_size: edge.size, root_hash: Buffer.from(root), note, created_at: time.toISOString() })
      .execute();
    return entries;
  }

  /** The stored right edge of the tree: O(log n) reads, never a rebuild. */
  private async rightEdge(trx: Db): Promise<RightEdge> {
    const size = await this.currentSize(trx);
    // A rolled-back append or another process's write changes the size, and then the edge is read afresh.
    const cached = this.edges.get(trx);
    if (cached && cached.size === size) return cached.copy();
    const signed = await this.checkpointSize(trx);
    if (size !== signed) {
      // Never build on a log that disagrees with its own signed head: that would bury the damage.
      throw new DossierError('LEDGER_INCONSISTENT', `the ledger holds ${size} entries but its latest signed checkpoint covers ${signed}; run "dossier log verify"`, {
        entries: size,
        signedSize: signed,
      });
    }
    const ids = RightEdge.ids(size);
    const stored = await fetchNodes(trx, this.database.engine, ids);
    return new RightEdge(size, ids.map((id) => requireNode(stored, id)));
  }

  /** Entries appended so far (the size of the tree), read inside `db` so a writer sees its own lock's view. */
  async currentSize(db: Db = this.database.db): Promise<number> {
    const row = await db.selectFrom('ledger_entries').select((eb) => eb.fn.max('seq').as('last')).executeTakeFirst();
    const last = row?.last;
    return last === null || last === undefined ? 0 : Number(last) + 1;
  }

  /** The latest signed tree head, as the signed note itself. */
  async latestCheckpoint(): Promise<string | undefined> {
    return (await this.latestSignedHead())?.note;
  }

  /** The latest signed note and when it was signed (by this server's clock: the note itself has no time). */
  async latestSignedHead(): Promise<{ note: string; createdAt: string } | undefined> {
    const row = await this.database.db
      .selectFrom('checkpoints')
      .select(['note', 'created_at'])
      .orderBy('tree_size', 'desc')
      .limit(1)
      .executeTakeFirst();
    return row && { note: row.note, createdAt: row.created_at };
  }

  /** The note this log signed for a tree size, if it signed one (one after every append, so every size it reached). */
  async checkpointAt(treeSize: number): Promise<string | undefined> {
    const row = await this.database.db.selectFrom('checkpoints').select('note').where('tree_size', '=', treeSize).executeTakeFirst();
    return row?.note;
  }

  async checkpointSize(db: Db = this.database.db): Promise<number> {
    return fetchLatestSize(db);
  }

  async entries(filter: EntryFilter = {}): Promise<LedgerEntry[]> {
    let query = this.database.db.selectFrom('ledger_entries').select(['seq', 'entry']).orderBy('seq');
    if (filter.from !== undefined) query = query.where('seq', '>=', filter.from);
    if (filter.caseId !== undefined) query = query.where('case_id', '=', filter.caseId);
    if (filter.evidenceSha256 !== undefined) query = query.where('evidence_sha256', '=', filter.evidenceSha256);
    const rows = await query.limit(filter.limit ?? 1000).execute();
    return rows.map((row) => parseStoredEntry(row.seq, row.entry));
  }

  async entry(seq: number): Promise<LedgerEntry> {
    const row = await this.database.db.selectFrom('ledger_entries').select(['seq', 'entry']).where('seq', '=', seq).executeTakeFirst();
    if (!row) throw new DossierError('ENTRY_NOT_FOUND', `ledger entry ${seq} does not exist`, { seq });
    return parseStoredEntry(row.seq, row.entry);
  }

  async inclusionProof(leafIndex: number, treeSize?: number): Promise<InclusionProof> {
    const { size, results: [proof, root, leaf] } = await this.runPlansAtSize(treeSize, 'size', (size) => {
      if (!Number.isSafeInteger(leafIndex) || leafIndex < 0 || leafIndex >= size) {
        throw invalidField('index', `must be an entry index below the tree size ${size}`, leafIndex);
      }
      return [inclusionProofPlan(leafIndex, size), rootPlan(size), leafPlan(leafIndex)];
    });
    return { leafIndex, treeSize: size, leafHash: hex(leaf as Hash), rootHash: hex(root as Hash), proof: (proof as Hash[]).map(hex) };
  }

  /** Proofs for many entries of one tree, their nodes read together: for exports of whole cases. */
  async inclusionProofs(leafIndexes: readonly number[], treeSize: number): Promise<InclusionProof[]> {
    const size = await this.resolveSize(treeSize, 'size');
    for (const leafIndex of leafIndexes) {
      if (!Number.isSafeInteger(leafIndex) || leafIndex < 0 || leafIndex >= size) {
        throw invalidField('index', `must be an entry index below the tree size ${size}`, leafIndex);
      }
    }
    const plans: Array<ProofPlan<Hash | Hash[]>> = [rootPlan(size), ...leafIndexes.flatMap((leafIndex) => [inclusionProofPlan(leafIndex, size), leafPlan(leafIndex)])];
    const fetched = await fetchManyNodes(this.database.db, this.database.engine, plans.flatMap((plan) => plan.nodes));
    const [root, ...assembled] = assemble(plans, fetched);
    return leafIndexes.map((leafIndex, i) => ({
      leafIndex,
      treeSize: size,
      leafHash: hex(assembled[2 * i + 1] as Hash),
      rootHash: hex(root as Hash),
      proof: (assembled[2 * i] as Hash[]).map(hex),
    }));
  }

  /**
   * The leaf hashes of a signed tree, a range at a time: with them a reader recomputes the root the
   * checkpoint signs, and so checks the whole log, while learning nothing of entries it may not read.
   */
  async leafHashes(from: number, limit: number, treeSize?: number): Promise<LeafHashes> {
    const size = await this.resolveSize(treeSize, 'size');
    const to = Math.min(from + limit, size);
    const rows = await fetchLeafRange(this.database.db, from, to);
    const gap = rows.findIndex((row, i) => row.index !== from + i);
    if (gap >= 0 || rows.length !== Math.max(0, to - from)) throw missingNode({ level: 0, index: from + (gap >= 0 ? gap : rows.length) });
    return { treeSize: size, from, leaves: rows.map((row) => hex(row.hash)) };
  }

  /**
   * The stored perfect subtrees of one level with indices [from, to), as bytes: a published log's tiles are
   * runs of these (every eighth level), read as they are stored rather than rehashed.
   */
  async subtreeHashes(level: number, from: number, to: number): Promise<Hash[]> {
    const rows = await fetchLevelRange(this.database.db, level, from, to);
    const gap = rows.findIndex((row, i) => row.index !== from + i);
    if (gap >= 0 || rows.length !== Math.max(0, to - from)) throw missingNode({ level, index: from + (gap >= 0 ? gap : rows.length) });
    return rows.map((row) => row.hash);
  }

  /** The exact bytes the leaves of entries [from, to) hash: their canonical JSON as stored, in order. */
  async leafInputs(from: number, to: number): Promise<Uint8Array[]> {
    const rows = await this.database.db.selectFrom('ledger_entries').select(['seq', 'entry']).where('seq', '>=', from).where('seq', '<', to).orderBy('seq').execute();
    const gap = rows.findIndex((row, i) => Number(row.seq) !== from + i);
    if (gap >= 0 || rows.length !== Math.max(0, to - from)) {
      const seq = from + (gap >= 0 ? gap : rows.length);
      throw new DossierError('LEDGER_INCONSISTENT', `ledger entry ${seq} is missing; run "dossier log verify"`, { seq });
    }
    return rows.map((row) => Buffer.from(row.entry, 'utf8'));
  }

  async consistencyProof(size1: number, size2?: number): Promise<ConsistencyProof> {
    const { size: newSize, results: [proof, root1, root2] } = await this.runPlansAtSize(size2, 'new', (newSize) => {
      if (!Number.isSafeInteger(size1) || size1 < 0 || size1 > newSize) {
        throw invalidField('old', `must be a tree size between 0 and ${newSize}`, size1);
      }
      return [consistencyProofPlan(size1, newSize), rootPlan(size1), rootPlan(newSize)];
    });
    return {
      size1,
      size2: newSize,
      rootHash1: hex(root1 as Hash),
      rootHash2: hex(root2 as Hash),
      proof: (proof as Hash[]).map(hex),
    };
  }

  private async resolveSize(requested: number | undefined, field: string): Promise<number> {
    this.latestRead = await this.checkpointSize();
    return sizeWithin(requested, this.latestRead, field);
  }

  /**
   * Resolves the tree size, as resolveSize does, and runs the plans `plansFor` makes for it, most often in one
   * query: the plans are made for the size asked for, or else the latest size this ledger last read, and the
   * latest signed size is read with their nodes. Only when it has moved on since (another process appended)
   * are nodes read again, for the size just read: a proof is always at the latest size as of the call.
   */
  private async runPlansAtSize(
    requested: number | undefined,
    field: string,
    plansFor: (size: number) => ReadonlyArray<ProofPlan<Hash | Hash[]>>,
  ): Promise<{ size: number; results: Array<Hash | Hash[]> }> {
    const guess = requested ?? this.latestRead;
    const early = guess === undefined ? undefined : plansIfTheyFit(plansFor, guess);
    let size: number;
    if (early) {
      const read = await fetchNodesAndLatestSize(this.database.db, this.database.engine, early.flatMap((p) => p.nodes));
      this.latestRead = read.latestSize;
      size = sizeWithin(requested, read.latestSize, field);
      if (size === guess) return { size, results: assemble(early, read.nodes) };
    } else {
      size = await this.resolveSize(requested, field);
    }
    return { size, results: await this.runPlans(plansFor(size)) };
  }

  /** Runs several plans with one read of the node table. */
  private async runPlans(plans: ReadonlyArray<ProofPlan<Hash | Hash[]>>): Promise<Array<Hash | Hash[]>> {
    return assemble(plans, await fetchNodes(this.database.db, this.database.engine, plans.flatMap((p) => p.nodes)));
  }
}

function entryRow(entry: LedgerEntry, text: string) {
  return {
    seq: entry.seq,
    entry: text,
    at: entry.time,
    actor: entry.actor,
    action: entry.action,
    evidence_sha256: entry.subject.evidence ?? null,
    case_id: entry.subject.case ?? null,
  };
}

function sizeWithin(requested: number | undefined, latest: number, field: string): number {
  if (requested === undefined) return latest;
  if (!Number.isSafeInteger(requested) || requested < 1 || requested > latest) {
    throw invalidField(field, `must be a tree size between 1 and the latest signed size ${latest}`, requested);
  }
  return requested;
}

/** The plans for `size`, or none when the arguments do not fit it: they may fit the latest size, read first then. */
function plansIfTheyFit<P>(plansFor: (size: number) => P, size: number): P | undefined {
  if (!Number.isSafeInteger(size) || size < 1) return undefined;
  try {
    return plansFor(size);
  } catch {
    return undefined;
  }
}

function assemble(plans: ReadonlyArray<ProofPlan<Hash | Hash[]>>, fetched: ReadonlyMap<string, Hash>): Array<Hash | Hash[]> {
  return plans.map((plan) => {
    for (const id of plan.nodes) requireNode(fetched, id);
    return plan.assemble(fetched);
  });
}

function leafPlan(index: number): ProofPlan<Hash> {
  const id = { level: 0, index };
  return { nodes: [id], assemble: (fetched) => requireNode(fetched, id) };
}

function requireNode(nodes: ReadonlyMap<string, Hash>, id: { level: number; index: number }): Hash {
  const hash = nodes.get(`${id.level}/${id.index}`);
  if (!hash) throw missingNode(id);
  return hash;
}

function missingNode(id: { level: number; index: number }): DossierError {
  return new DossierError('LEDGER_INCONSISTENT', `the ledger's tree node ${id.level}/${id.index} is missing; run "dossier log verify"`, {
    level: id.level,
    index: id.index,
  });
}

function parseStoredEntry(seq: number, text: string): LedgerEntry {
  const entry = decodeEntry(text);
  if (typeof entry === 'string') {
    throw new DossierError('LEDGER_INCONSISTENT', `ledger entry ${seq} ${entry}; run "dossier log verify"`, { seq });
  }
  return entry;
}
