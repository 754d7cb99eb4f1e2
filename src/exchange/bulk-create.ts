import { canonicalJson } from '../common/canonical-json.js';
import { assertMatchesSchema } from '../common/schema-check.js';
import type { Db, RecordsTable, RecordRevisionsTable, RecordTermsTable } from '../db/schema.js';
import { writeToSearch, type SearchDocument } from '../db/search-index.js';
import { commitText, newSalt } from '../ledger/commitment.js';
import { newId } from '../common/ids.js';
import type { RecordIndex, RecordKind, StoredRecord } from '../records/record-kind.js';
import { prepareContext, recordRow, type RecordDeps } from '../records/record-store.js';

/**
 * Creating many records at once, for imports. `createRecordIn` costs one ledger append (a signed
 * checkpoint) and a dozen statements per record: about 1.4 ms, or twelve minutes for an ACLED file of
 * 100,000 rows. Here records are checked in memory (same schemas, same `prepare`) and written with one
 * ledger append and a few multi-row inserts per batch.
 *
 * The rows written are the ones record-store.ts's writeVersion writes for a first revision (record, revision
 * with its salted commitment, terms, ledger entry, and search text through search-index.ts); keep the two
 * in step (auditRevisions checks the result). A batch API in record-store itself would remove this copy.
 */

export interface PreparedRecord {
  kind: RecordKind<any>;
  id: string;
  caseId: string;
  doc: object;
  /** kind.index(doc), computed once: for an incident it parses the EDTF date again. */
  index: RecordIndex;
}

/**
 * Prepares records of one case in memory. Records prepared earlier are remembered, so that a victim group
 * can point at an incident of the same batch without a query; anything else is read from the database once.
 */
export class RecordPlanner {
  private readonly known = new Map<string, StoredRecord>();

  constructor(
    private readonly deps: RecordDeps,
    readonly caseId: string,
  ) {}

  /**
   * Validates `input` as `createRecordIn` would, without writing; throws naming the field. Unlike the store,
   * it does not copy `input` first: the caller builds it for this call and does not keep it.
   */
  async prepare(kind: RecordKind<any>, input: object): Promise<PreparedRecord> {
    assertMatchesSchema(kind.createSchema, input);
    const id = newId(kind.idPrefix);
    const doc = await kind.prepare(prepareContext(this.deps.database.db, this.caseId, undefined, this.deps.gazetteer, this.known), input);
    return { kind, id, caseId: this.caseId, doc, index: kind.index(doc) };
  }

  /** Makes prepared records visible to later `prepare` calls (only once their row as a whole is good). */
  remember(records: readonly PreparedRecord[]): void {
    for (const r of records) {
      const incidentId = r.kind.name === 'incident' ? r.id : (r.index.incidentId ?? null);
      this.known.set(r.id, { id: r.id, kind: r.kind.name, caseId: r.caseId, rev: 1, doc: r.doc as Record<string, unknown>, incidentId });
    }
  }

  forget(ids: Iterable<string>): void {
    for (const id of ids) this.known.delete(id);
  }

}

/** Writes prepared records as first revisions, logged by one ledger append, inside the caller's transaction. */
export async function writePreparedRecords(deps: RecordDeps, trx: Db, actor: string, records: readonly PreparedRecord[]): Promise<void> {
  if (records.length === 0) return;
  const versions = records.map((record) => {
    const text = canonicalJson(record.doc);
    const salt = newSalt();
    return { record, text, salt, commitment: commitText(salt, 'document', text), index: record.index };
  });
  const entries = await deps.ledger.append(
    trx,
    versions.map(({ record, commitment }) => ({
      actor,
      action: 'create' as const,
      subject: { case: record.caseId },
      details: { kind: record.kind.name, id: record.id, rev: 1, after: commitment },
    })),
  );
  const rows: RecordsTable[] = [];
  const revisions: RecordRevisionsTable[] = [];
  const terms: RecordTermsTable[] = [];
  const search: SearchDocument[] = [];
  versions.forEach(({ record, text, salt, commitment, index }, i) => {
    const entry = entries[i]!;
    const { kind, id, caseId } = record;
    const row = recordRow(kind, index, { id, caseId, rev: 1, actor, time: entry.time, text });
    const incidentId = row.incident_id;
    rows.push(row);
    revisions.push({ record_id: id, rev: 1, kind: kind.name, case_id: caseId, at: entry.time, actor, salt, commitment, ledger_seq: entry.seq, doc: text });
    for (const t of index.terms ?? []) terms.push({ record_id: id, incident_id: incidentId, case_id: caseId, vocab: t.vocab, term: t.term });
    if (index.search) search.push({ recordId: id, kind: kind.name, caseId, ...index.search });
  });
  await insertChunked(rows, (chunk) => trx.insertInto('records').values(chunk).execute());
  await insertChunked(revisions, (chunk) => trx.insertInto('record_revisions').values(chunk).execute());
  await insertChunked(terms, (chunk) => trx.insertInto('record_terms').values(chunk).execute());
  // One statement per document, through search-index.ts, so the engines' index layouts stay its business.
  for (const doc of search) await writeToSearch(trx, deps.database.engine, doc);
  for (const { record } of versions) {
    await record.kind.afterWrite?.(trx, { id: record.id, caseId: record.caseId, doc: record.doc });
  }
}

// SQLite allows 32,766 bound parameters a statement: stay well below, whatever the row's width.
const MAX_PARAMETERS = 30_000;

async function insertChunked<T extends object>(rows: readonly T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  if (rows.length === 0) return;
  const size = Math.max(1, Math.floor(MAX_PARAMETERS / Object.keys(rows[0]!).length));
  for (let start = 0; start < rows.length; start += size) await insert(rows.slice(start, start + size));
}
