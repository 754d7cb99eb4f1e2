import { canonicalJson } from '../common/canonical-json.js';
import { assertMatchesSchema } from '../common/schema-check.js';
import type { Db, RecordsTable, RecordRevisionsTable, RecordTermsTable } from '../db/schema.js';
import { writeManyToSearch, type SearchDocument } from '../db/search-index.js';
import { batchCommitment, type LoggedVersion } from '../ledger/batch-commitment.js';
import { commitText } from '../ledger/proofs/commitment.js';
import { newSalt } from '../ledger/salt.js';
import { invalidField } from '../common/errors.js';
import { newId } from '../common/ids.js';
import { gatherIncidentTypes, typesOfNewIncidents } from '../records/incident-types.js';
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
    // Bulk writes do not seal: a restricted part goes through the record store, one record at a time.
    if ('restricted' in input) throw invalidField('restricted', 'is not accepted in a bulk import');
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

/** Records written together and logged by one ledger entry, such as everything one imported row became. */
export interface RecordGroup {
  records: readonly PreparedRecord[];
  /** Where the records came from, kept in the entry: e.g. { format: 'acled', row: 17, eventId: 'SYR1' }. */
  origin?: Record<string, string | number>;
  /**
   * How the entry commits to the records: 'list' names each one (kind, id, revision, commitment), for a few
   * records a reader may follow one by one; 'digest' holds their count and the SHA-256 of that list
   * (ledger/batch-commitment.ts), for an import's batch of thousands. Both are checked by revisions-audit.ts.
   */
  logged?: 'list' | 'digest';
}

/** A record's first version, as written: its canonical text, salt and commitment. */
interface FirstVersion {
  record: PreparedRecord;
  text: string;
  salt: string;
  logged: LoggedVersion;
}

/**
 * Writes prepared records as first revisions inside the caller's transaction, with one ledger entry per
 * group that commits to each record's document.
 */
export async function writePreparedRecords(deps: RecordDeps, trx: Db, actor: string, groups: readonly RecordGroup[]): Promise<void> {
  const nonEmpty = groups.filter((g) => g.records.length > 0);
  if (nonEmpty.length === 0) return;
  const versions = nonEmpty.map((group) => group.records.map(firstVersion));
  const entries = await deps.ledger.append(
    trx,
    nonEmpty.map((group, i) => {
      const logged = versions[i]!.map((v) => v.logged);
      return {
        actor,
        action: 'create' as const,
        subject: { case: group.records[0]!.caseId },
        details: {
          ...(group.logged === 'digest' ? { batch: batchCommitment(logged) } : { records: logged }),
          ...(group.origin ? { origin: group.origin } : {}),
        },
      };
    }),
  );
  const rows: RecordsTable[] = [];
  const revisions: RecordRevisionsTable[] = [];
  const terms: RecordTermsTable[] = [];
  const search: SearchDocument[] = [];
  versions.forEach((group, i) => {
    const { time, seq } = entries[i]!;
    for (const { record, text, salt, logged } of group) {
      const { kind, id, caseId, index } = record;
      const row = recordRow(kind, index, { id, caseId, rev: 1, actor, time, text });
      rows.push(row);
      revisions.push({ record_id: id, rev: 1, kind: kind.name, case_id: caseId, at: time, actor, salt, commitment: logged.after, ledger_seq: seq, doc: text, sealed: null });
      for (const t of index.terms ?? []) terms.push({ record_id: id, incident_id: row.incident_id, case_id: caseId, vocab: t.vocab, term: t.term });
      if (index.search) search.push({ recordId: id, kind: kind.name, caseId, ...index.search });
    }
  });
  const { database } = deps;
  const { gathered, toGather } = typesOfNewIncidents(new Set(rows.filter((r) => r.kind === 'incident').map((r) => r.id)), terms);
  for (const row of rows) if (row.kind === 'incident') row.incident_types = gathered.get(row.id) ?? null;
  // In the order of the date indexes: a batch's incidents then reach each index's pages one after another,
  // not at random (on SQLite a quarter less time for the records).
  rows.sort(byKindAndDate);
  await database.insertMany(trx, 'records', rows);
  await database.insertMany(trx, 'record_revisions', revisions);
  await database.insertMany(trx, 'record_terms', terms);
  await gatherIncidentTypes(trx, toGather);
  await writeManyToSearch(database, trx, search);
  for (const group of nonEmpty) {
    for (const record of group.records) await record.kind.afterWrite?.(trx, { id: record.id, caseId: record.caseId, doc: record.doc });
  }
}

function byKindAndDate(a: RecordsTable, b: RecordsTable): number {
  if (a.kind !== b.kind) return a.kind < b.kind ? -1 : 1;
  if (a.sort_date !== b.sort_date) return a.sort_date < b.sort_date ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function firstVersion(record: PreparedRecord): FirstVersion {
  const text = canonicalJson(record.doc);
  const salt = newSalt();
  return { record, text, salt, logged: { kind: record.kind.name, id: record.id, rev: 1, after: commitText(salt, 'document', text) } };
}
