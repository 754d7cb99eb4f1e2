import type { Db, RecordRevisionsTable } from '../db/schema.js';
import { batchCommitment, loggedBatch, type BatchCommitment, type LoggedVersion } from '../ledger/batch-commitment.js';
import { commitText } from '../ledger/proofs/commitment.js';
import { decodeEntry, type LedgerEntry } from '../ledger/entry.js';
import { AUDIT_PAGE, compareFields, pagesByKey, startRowAudit, type FieldPair as Pair, type ReportProblem as Report, type RowAudit } from '../ledger/row-audit.js';
import { sealedDigest } from '../sealing/keyring.js';

type RevisionRow = RecordRevisionsTable;

const REVISION_COLUMNS = ['record_id', 'rev', 'kind', 'case_id', 'at', 'actor', 'salt', 'commitment', 'doc', 'sealed', 'ledger_seq'] as const;

/**
 * Checks every version of every documentation record against the ledger entry that logged it (kind, id,
 * revision, actor, time, and the salted commitment to the exact document), and each record's current row
 * against its latest version. An incident edited in the database, not through Dossier, is named here.
 *
 * Versions are read case by case in ledger order, each entry's versions together: an entry for a batch
 * commits to all of its versions at once (ledger/batch-commitment.ts), so they are checked as a whole.
 */
export async function auditRevisions(db: Db): Promise<RowAudit> {
  const { audit, report } = startRowAudit();
  const batchesFound = new Set<number>();
  const cases = await db.selectFrom('record_revisions').select('case_id').distinct().execute();
  for (const { case_id } of cases) {
    for await (const { seq, entry, rows } of revisionsByEntry(db, case_id)) {
      audit.checked += rows.length;
      const batch = checkVersions(seq, entry, rows, report);
      if (batch) batchesFound.add(seq);
    }
  }
  await checkEveryBatchStored(db, batchesFound, report);
  await auditCurrentRows(db, audit, report);
  return audit;
}

/**
 * A case's versions grouped by the entry that logged them, in ledger order. A page ends with whole entries:
 * the last entry's versions are read again in full, so memory holds a page and one batch at most.
 */
async function* revisionsByEntry(db: Db, caseId: string): AsyncGenerator<{ seq: number; entry: string | undefined; rows: RevisionRow[] }> {
  let after: number | undefined;
  for (;;) {
    // The first page has no lower bound, so a row given an impossible seq is seen too.
    let page = db.selectFrom('record_revisions').select(REVISION_COLUMNS).where('case_id', '=', caseId).orderBy('ledger_seq').limit(AUDIT_PAGE);
    if (after !== undefined) page = page.where('ledger_seq', '>', after);
    let rows: RevisionRow[] = await page.execute();
    if (rows.length === 0) return;
    const last = Number(rows[rows.length - 1]!.ledger_seq);
    if (rows.length === AUDIT_PAGE) {
      const rest = await db.selectFrom('record_revisions').select(REVISION_COLUMNS).where('case_id', '=', caseId).where('ledger_seq', '=', last).execute();
      rows = [...rows.filter((row) => Number(row.ledger_seq) !== last), ...rest];
    }
    const bySeq = new Map<number, RevisionRow[]>();
    for (const row of rows) {
      const seq = Number(row.ledger_seq);
      const list = bySeq.get(seq);
      if (list) list.push(row);
      else bySeq.set(seq, [row]);
    }
    const entries = await db.selectFrom('ledger_entries').select(['seq', 'entry']).where('seq', 'in', [...bySeq.keys()]).execute();
    const entryOf = new Map(entries.map((e) => [Number(e.seq), e.entry]));
    for (const [seq, list] of bySeq) yield { seq, entry: entryOf.get(seq), rows: list };
    after = last;
  }
}

/** Checks the versions one entry logged; returns the entry's batch commitment when it has one. */
function checkVersions(seq: number, text: string | undefined, rows: readonly RevisionRow[], report: Report): BatchCommitment | undefined {
  const entry = text === undefined ? undefined : decodeEntry(text);
  if (entry === undefined || typeof entry === 'string') {
    for (const row of rows) report(versionName(row), `ledger entry ${seq} is missing or does not log this record`);
    return undefined;
  }
  const batch = loggedBatch(entry.details);
  for (const row of rows) {
    const pairs = batch ? [...stampPairs(row, entry), documentPair(row, row.commitment)] : listedPairs(row, entry);
    if (!pairs) {
      report(versionName(row), `ledger entry ${seq} is missing or does not log this record`);
      continue;
    }
    compareFields(report, versionName(row), pairs, 'as-null');
  }
  if (batch) checkBatch(seq, batch, rows, report);
  return batch;
}

/** Who wrote a version, when, and in which case: held by every entry, whatever its shape. */
function stampPairs(row: RevisionRow, entry: LedgerEntry): Pair[] {
  return [
    ['case', row.case_id, entry.subject.case],
    ['actor', row.actor, entry.actor],
    ['time', row.at, entry.time],
  ];
}

function documentPair(row: RevisionRow, logged: unknown): Pair {
  return ['document', commitText(row.salt, 'document', row.doc), logged];
}

/** The pairs for an entry that names its versions; undefined when it does not name this one. */
function listedPairs(row: RevisionRow, entry: LedgerEntry): Pair[] | undefined {
  const logged = listedVersions(entry.details).find((v) => v.id === row.record_id);
  if (!logged) return undefined;
  return [
    ['kind', row.kind, logged.kind],
    ['rev', row.rev, logged.rev],
    ...stampPairs(row, entry),
    ['commitment', row.commitment, logged.after],
    documentPair(row, logged.after),
    // The sealed part is checked as ciphertext: no key is needed to see it was not swapped or edited.
    ['restricted part', row.sealed === null ? undefined : sealedDigest(row.sealed), logged.sealed],
  ];
}

/**
 * The record versions an entry names: one (`details` is `{kind, id, rev, after, before?}`, from the record
 * store) or several written together (`details.records` lists them, from a bulk write of a few records).
 */
function listedVersions(details: Record<string, unknown>): Partial<LoggedVersion>[] {
  if (Array.isArray(details.records)) return details.records.filter((v): v is Partial<LoggedVersion> => typeof v === 'object' && v !== null);
  return [details as Partial<LoggedVersion>];
}

/** The stored versions of a batch entry must be exactly those it commits to: none edited, added or missing. */
function checkBatch(seq: number, batch: BatchCommitment, rows: readonly RevisionRow[], report: Report): void {
  if (rows.length !== batch.count) {
    report(`ledger entry ${seq}`, `commits to a batch of ${batch.count} record versions, but ${rows.length} are stored for it`);
    return;
  }
  let stored: BatchCommitment | undefined;
  try {
    stored = batchCommitment(rows.map(loggedVersionOf));
  } catch {
    // A value with no canonical form (edited into the database) cannot match.
  }
  if (stored?.digest !== batch.digest) {
    report(`ledger entry ${seq}`, `commits to a batch of ${batch.count} record versions, and those stored for it differ (a kind, id, revision, commitment or restricted part was changed)`);
  }
}

function loggedVersionOf(row: RevisionRow): LoggedVersion {
  const version: LoggedVersion = { kind: row.kind, id: row.record_id, rev: Number(row.rev), after: row.commitment };
  if (row.sealed !== null) version.sealed = sealedDigest(row.sealed);
  return version;
}

/** A batch entry none of whose versions is stored (a whole import batch deleted) is found from the log's side. */
async function checkEveryBatchStored(db: Db, found: ReadonlySet<number>, report: Report): Promise<void> {
  const pages = pagesByKey(
    (limit, after: number | undefined) =>
      // The pattern only narrows the read; each entry is decoded and its shape checked.
      db
        .selectFrom('ledger_entries')
        .select(['seq', 'entry'])
        .where('action', '=', 'create')
        .where('entry', 'like', '%"batch":{%')
        .where('seq', '>', after ?? -1)
        .orderBy('seq')
        .limit(limit)
        .execute(),
    (row) => Number(row.seq),
  );
  for await (const rows of pages) {
    for (const row of rows) {
      const seq = Number(row.seq);
      const entry = decodeEntry(row.entry);
      const batch = typeof entry === 'string' ? undefined : loggedBatch(entry.details);
      if (batch && !found.has(seq)) report(`ledger entry ${seq}`, `commits to a batch of ${batch.count} record versions, but none is stored`);
    }
  }
}

async function auditCurrentRows(db: Db, audit: RowAudit, report: Report): Promise<void> {
  const pages = pagesByKey(
    (limit, after: string | undefined) => {
      let page = db
        .selectFrom('records as c')
        .leftJoin('record_revisions as r', (join) => join.onRef('r.record_id', '=', 'c.id').onRef('r.rev', '=', 'c.rev'))
        .select(['c.id', 'c.kind', 'c.case_id', 'c.rev', 'c.doc', 'c.sealed', 'r.doc as logged_doc', 'r.sealed as logged_sealed', 'r.case_id as logged_case'])
        .orderBy('c.id')
        .limit(limit);
      if (after !== undefined) page = page.where('c.id', '>', after);
      return page.execute();
    },
    (row) => row.id,
  );
  for await (const rows of pages) {
    for (const row of rows) {
      audit.checked++;
      const name = `${row.kind}:${row.id}`;
      if (row.logged_doc === null) report(name, `has no logged revision ${row.rev}`);
      else if (row.logged_doc !== row.doc || row.logged_sealed !== row.sealed || row.logged_case !== row.case_id) report(name, `differs from its logged revision ${row.rev}`);
    }
  }
}

function versionName(row: RevisionRow): string {
  return `${row.kind}:${row.record_id}@${row.rev}`;
}
