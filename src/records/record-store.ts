import { canonicalJson } from '../common/canonical-json.js';
import { DossierError, invalidField } from '../common/errors.js';
import { newId } from '../common/ids.js';
import { assertMatchesSchema } from '../common/schema-check.js';
import type { Database } from '../db/database.js';
import type { Db, RecordsTable } from '../db/schema.js';
import { removeFromSearch, writeToSearch } from '../db/search-index.js';
import { commitText } from '../ledger/proofs/commitment.js';
import { newSalt } from '../ledger/salt.js';
import type { CustodyLedger } from '../ledger/log.js';
import type { Gazetteer } from '../places/gazetteer.js';
import { sealedDigest, type Keyring } from '../sealing/keyring.js';
import { gatherIncidentTypes, gatheredTypes, incidentsRetyped } from './incident-types.js';
import type { PrepareContext, RecordIndex, RecordKind, RecordKindName, StoredRecord } from './record-kind.js';

/** Sorts after every real date, so undated records come last in date order. */
export const UNDATED = '9999-99-99';

export interface RecordDeps {
  database: Database;
  ledger: CustodyLedger;
  gazetteer?: Gazetteer | undefined;
  /** Seals restricted parts; needed only to write or read one. */
  keyring?: Keyring | undefined;
}

/** A record as the API and CLI show it: its identity and history stamps, then its document. */
export interface RecordView {
  id: string;
  kind: RecordKindName;
  caseId: string;
  rev: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  [field: string]: unknown;
}

export async function createRecord(deps: RecordDeps, kind: RecordKind<any>, actor: string, caseId: string, input: object): Promise<RecordView> {
  assertMatchesSchema(kind.createSchema, input);
  return deps.database.writeTransaction((trx) => createRecordIn(deps, trx, kind, actor, caseId, input));
}

/**
 * Creates a record inside the caller's write transaction, so several records (an imported row's incident,
 * victims and claim) commit together or not at all.
 */
export async function createRecordIn(deps: RecordDeps, trx: Db, kind: RecordKind<any>, actor: string, caseId: string, input: object): Promise<RecordView> {
  assertMatchesSchema(kind.createSchema, input);
  await requireCase(trx, caseId);
  const id = newId(kind.idPrefix);
  const { restricted, rest } = splitRestricted(kind, structuredClone(input) as Record<string, unknown>);
  const doc = await kind.prepare(prepareContext(trx, caseId, id, deps.gazetteer), rest);
  const sealed = restricted === undefined ? null : await requireKeyring(deps).seal(trx, caseId, id, restricted);
  return writeVersion(deps, trx, kind, { actor, caseId, id, rev: 1, doc, sealed, previous: undefined });
}

export interface UpdateOptions {
  caseId?: string | undefined;
  expectedRev?: number | undefined;
  /**
   * Runs in the write transaction before anything is written, and refuses by throwing: a rule that depends on
   * state beside the record (a completed incident sealed against edits, src/workflow/sealing.ts).
   */
  mayChange?: ((trx: Db, id: string) => Promise<void>) | undefined;
}

/**
 * Applies a partial change: each top-level field given replaces the old one, `null` removes an optional
 * one. With `expectedRev`, a change made against an older version is refused instead of overwriting.
 */
export async function updateRecord(
  deps: RecordDeps,
  kind: RecordKind<any>,
  actor: string,
  id: string,
  patch: Record<string, unknown>,
  options: UpdateOptions = {},
): Promise<RecordView> {
  if (kind.appendOnly) {
    throw new DossierError('CONFLICT', `${kind.label} records are append-only: record a new ${kind.label} instead of editing ${id}`, { field: 'id' });
  }
  assertMatchesSchema(kind.patchSchema, patch);
  return deps.database.writeTransaction((trx) => updateRecordIn(deps, trx, kind, actor, id, patch, options));
}

/** Applies a checked patch inside the caller's write transaction (an import that links records it just made). */
export async function updateRecordIn(
  deps: RecordDeps,
  trx: Db,
  kind: RecordKind<any>,
  actor: string,
  id: string,
  patch: Record<string, unknown>,
  options: UpdateOptions = {},
): Promise<RecordView> {
  const row = await findRow(trx, kind, id, options.caseId);
  await options.mayChange?.(trx, id);
  if (options.expectedRev !== undefined && row.rev !== options.expectedRev) {
    throw new DossierError('CONFLICT', `${kind.label} ${id} is at revision ${row.rev}, not ${options.expectedRev}: reload it and apply the change again`, {
      field: 'rev',
      currentRev: row.rev,
    });
  }
  const merged: Record<string, unknown> = { ...JSON.parse(row.doc) };
  for (const field of kind.derivedFields ?? []) delete merged[field];
  const { restricted, rest: publicPatch } = splitRestricted(kind, patch);
  for (const [field, value] of Object.entries(publicPatch)) {
    if (value === null) delete merged[field];
    else merged[field] = value;
  }
  assertMatchesSchema(kind.createSchema, merged);
  const doc = await kind.prepare(prepareContext(trx, row.case_id, id, deps.gazetteer), merged);
  // The restricted part is replaced whole when given, removed by null, and kept when absent.
  const sealed = restricted === undefined ? row.sealed : restricted === null ? null : await requireKeyring(deps).seal(trx, row.case_id, id, restricted);
  if (canonicalJson(doc) === row.doc && restricted === undefined) return view(kind, row, JSON.parse(row.doc));
  return writeVersion(deps, trx, kind, { actor, caseId: row.case_id, id, rev: row.rev + 1, doc, sealed, previous: row });
}

export async function getRecord(deps: Pick<RecordDeps, 'database'>, kind: RecordKind<any>, id: string, caseId?: string): Promise<RecordView> {
  const row = await findRow(deps.database.db, kind, id, caseId);
  return view(kind, row, JSON.parse(row.doc));
}

/** The kind of the case's record with this id, as stored; undefined when the case has no such record. */
export async function recordKindIn(db: Db, caseId: string, id: string): Promise<string | undefined> {
  const row = await db.selectFrom('records').select('kind').where('id', '=', id).where('case_id', '=', caseId).executeTakeFirst();
  return row?.kind;
}

export function rowToView(kind: RecordKind<any>, row: RecordsTable): RecordView {
  return view(kind, row, JSON.parse(row.doc));
}

/**
 * A record's restricted part, opened for someone allowed to see it. The read is a custody event: it is
 * logged in the ledger (who, which record and revision) before the value is returned.
 */
export async function readRestricted(deps: RecordDeps, kind: RecordKind<any>, actor: string, id: string, caseId: string): Promise<{ id: string; rev: number; restricted: unknown }> {
  const row = await findRow(deps.database.db, kind, id, caseId);
  if (row.sealed === null) return { id, rev: row.rev, restricted: null };
  const restricted = await requireKeyring(deps).unseal(row.case_id, id, row.sealed);
  await deps.database.writeTransaction((trx) =>
    deps.ledger.append(trx, [{ actor, action: 'view', subject: { case: row.case_id }, details: { kind: kind.name, id, rev: row.rev, part: 'restricted', sealed: sealedDigest(row.sealed!) } }]),
  );
  return { id, rev: row.rev, restricted };
}

/** Takes the restricted part out of an input: it is sealed, never stored or indexed as the document is. */
function splitRestricted(kind: RecordKind<any>, input: Record<string, unknown>): { restricted: unknown; rest: Record<string, unknown> } {
  const { restricted, ...rest } = input;
  if (restricted !== undefined && !kind.restrictedSchema) throw invalidField('restricted', `a ${kind.label} has no restricted fields`);
  return { restricted, rest };
}

function requireKeyring(deps: RecordDeps): Keyring {
  if (!deps.keyring) throw new DossierError('KEY_INVALID', 'restricted fields need the master key, which this process was not given');
  return deps.keyring;
}

async function writeVersion(
  deps: RecordDeps,
  trx: Db,
  kind: RecordKind<any>,
  version: { actor: string; caseId: string; id: string; rev: number; doc: object; sealed: string | null; previous: RecordsTable | undefined },
): Promise<RecordView> {
  const text = canonicalJson(version.doc);
  const salt = newSalt();
  const commitment = commitText(salt, 'document', text);
  const before = version.previous
    ? (await trx.selectFrom('record_revisions').select('commitment').where('record_id', '=', version.id).where('rev', '=', version.previous.rev).executeTakeFirst())?.commitment
    : undefined;
  const [entry] = await deps.ledger.append(trx, [
    {
      actor: version.actor,
      action: version.previous ? 'update' : 'create',
      subject: { case: version.caseId },
      details: { kind: kind.name, id: version.id, rev: version.rev, after: commitment, ...(before ? { before } : {}), ...(version.sealed ? { sealed: sealedDigest(version.sealed) } : {}) },
    },
  ]);
  const index = kind.index(version.doc);
  const row = recordRow(kind, index, { id: version.id, caseId: version.caseId, rev: version.rev, actor: version.actor, time: entry!.time, text, sealed: version.sealed }, version.previous);
  // Terms first: an incident's row gathers its types from them as it is written.
  const retyped = await replaceTerms(trx, version, row.incident_id, index.terms ?? []);
  const written = row.incident_id === version.id ? { ...row, incident_types: gatheredTypes(version.id) } : row;
  if (version.previous) {
    const { id: _id, ...changes } = written;
    await trx.updateTable('records').set(changes).where('id', '=', version.id).execute();
  } else {
    await trx.insertInto('records').values(written).execute();
  }
  await trx
    .insertInto('record_revisions')
    .values({ record_id: version.id, rev: version.rev, kind: kind.name, case_id: version.caseId, at: entry!.time, actor: version.actor, salt, commitment, ledger_seq: entry!.seq, doc: text, sealed: version.sealed })
    .execute();
  // An act's types are its incident's: an act retyped, or moved to another incident, retypes them (or both).
  await gatherIncidentTypes(trx, retyped.filter((id) => id !== version.id));
  if (version.previous) await removeFromSearch(trx, deps.database.engine, version.id);
  if (index.search) await writeToSearch(trx, deps.database.engine, { recordId: version.id, kind: kind.name, caseId: version.caseId, ...index.search });
  await kind.afterWrite?.(trx, { id: version.id, caseId: version.caseId, doc: version.doc });
  return view(kind, row, version.doc);
}

/** Rewrites a record's terms, returning the incidents whose gathered types that changes. */
async function replaceTerms(
  trx: Db,
  version: { id: string; caseId: string; previous: RecordsTable | undefined },
  incidentId: string | null,
  terms: readonly { vocab: string; term: string }[],
): Promise<string[]> {
  const replaced = version.previous ? await trx.deleteFrom('record_terms').where('record_id', '=', version.id).returning(['vocab', 'incident_id', 'term']).execute() : [];
  const rows = terms.map((t) => ({ record_id: version.id, incident_id: incidentId, case_id: version.caseId, vocab: t.vocab, term: t.term }));
  if (rows.length > 0) await trx.insertInto('record_terms').values(rows).execute();
  return incidentsRetyped(replaced, rows);
}

/**
 * The row of a record version: its stamps, the index columns its kind derives, and the document. The grade-like
 * status column keeps its value when the kind leaves it to other records (see RecordKind.defaultStatus).
 */
export function recordRow(
  kind: RecordKind<any>,
  index: RecordIndex,
  version: { id: string; caseId: string; rev: number; actor: string; time: string; text: string; sealed?: string | null },
  previous?: RecordsTable,
): RecordsTable {
  return {
    id: version.id,
    kind: kind.name,
    case_id: version.caseId,
    rev: version.rev,
    ...indexColumns(index),
    incident_id: kind.name === 'incident' ? version.id : (index.incidentId ?? null),
    status: index.status !== undefined ? index.status : (previous?.status ?? kind.defaultStatus ?? null),
    created_at: previous?.created_at ?? version.time,
    created_by: previous?.created_by ?? version.actor,
    updated_at: version.time,
    updated_by: version.actor,
    doc: version.text,
    sealed: version.sealed ?? null,
    // Gathered from the terms as the row is written, or after them in bulk (incident-types.ts).
    incident_types: previous?.incident_types ?? null,
  };
}

function spanDays(date: { earliest: string; latest: string }): number {
  return Math.ceil((Date.parse(date.latest) - Date.parse(date.earliest)) / 86_400_000);
}

function indexColumns(index: RecordIndex) {
  const place = index.place;
  return {
    parent_id: index.parentId ?? null,
    title: index.title,
    date_earliest: index.date?.earliest ?? null,
    date_latest: index.date?.latest ?? null,
    sort_date: index.date?.earliest ?? UNDATED,
    span_days: index.date ? spanDays(index.date) : null,
    lat: place?.lat ?? null,
    lon: place?.lon ?? null,
    west: place?.west ?? null,
    south: place?.south ?? null,
    east: place?.east ?? null,
    north: place?.north ?? null,
    admin1: place?.admin1 ?? null,
    admin2: place?.admin2 ?? null,
    community: place?.community ?? null,
  };
}

type ViewRow = Pick<RecordsTable, 'id' | 'case_id' | 'rev' | 'status' | 'created_at' | 'created_by' | 'updated_at' | 'updated_by'> & { sealed?: string | null };

function view(kind: RecordKind<any>, row: ViewRow, doc: object): RecordView {
  return {
    id: row.id,
    kind: kind.name,
    caseId: row.case_id,
    rev: row.rev,
    createdAt: row.created_at,
    createdBy: row.created_by,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
    ...doc,
    ...(kind.present?.(doc) ?? {}),
    ...(kind.statusField ? { [kind.statusField]: row.status } : {}),
    // Only that there is a restricted part, never what it holds: it is read through readRestricted.
    ...(row.sealed ? { hasRestricted: true } : {}),
  };
}

async function findRow(db: Db, kind: RecordKind<any>, id: string, caseId: string | undefined): Promise<RecordsTable> {
  let query = db.selectFrom('records').selectAll().where('id', '=', id).where('kind', '=', kind.name);
  if (caseId !== undefined) query = query.where('case_id', '=', caseId);
  const row = await query.executeTakeFirst();
  if (!row) throw new DossierError('NOT_FOUND', `${kind.label} ${id} does not exist${caseId ? ` in case ${caseId}` : ''}`, { field: 'id', value: id });
  return row;
}

async function requireCase(db: Db, caseId: string): Promise<void> {
  const found = await db.selectFrom('cases').select('id').where('id', '=', caseId).executeTakeFirst();
  if (!found) throw new DossierError('CASE_NOT_FOUND', `case ${caseId} does not exist`, { field: 'case', value: caseId });
}

/**
 * What a kind may look up while checking a document. `known` holds records not yet written (an import's
 * batch) and keeps those read, so a batch reads each referenced record once.
 */
export function prepareContext(
  trx: Db,
  caseId: string,
  recordId: string | undefined,
  gazetteer: Gazetteer | undefined,
  known?: Map<string, StoredRecord>,
): PrepareContext {
  return {
    trx,
    caseId,
    gazetteer,
    recordId,
    async requireRecord(field, kinds, id) {
      const wanted = (Array.isArray(kinds) ? kinds : [kinds]) as RecordKindName[];
      let record = known?.get(id);
      if (!record) {
        const row = await trx.selectFrom('records').select(['id', 'kind', 'case_id', 'rev', 'doc', 'incident_id']).where('id', '=', id).executeTakeFirst();
        record = row && { id: row.id, kind: row.kind as RecordKindName, caseId: row.case_id, rev: row.rev, doc: JSON.parse(row.doc), incidentId: row.incident_id };
        if (record) known?.set(id, record);
      }
      if (!record || record.caseId !== caseId || !wanted.includes(record.kind)) {
        throw invalidField(field, `no ${wanted.join(' or ')} ${id} in case ${caseId}`, id);
      }
      return record;
    },
    async requireEvidence(field, evidenceId) {
      const linked = await trx
        .selectFrom('evidence_cases')
        .select('evidence_id')
        .where('evidence_id', '=', evidenceId)
        .where('case_id', '=', caseId)
        .executeTakeFirst();
      if (!linked) throw invalidField(field, `no evidence item ${evidenceId} in case ${caseId}`, evidenceId);
    },
  };
}
