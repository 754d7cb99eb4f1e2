import path from 'node:path';
import { DossierError, invalidField } from '../common/errors.js';
import { failpoint } from '../common/failpoint.js';
import { newId } from '../common/ids.js';
import { textProblem } from '../common/text-checks.js';
import type { Database } from '../db/database.js';
import type { Selectable } from 'kysely';
import type { Db, EvidenceIntakesTable, EvidenceItemsTable } from '../db/schema.js';
import { findCase, getCase } from '../cases/cases.js';
import { commitFields } from '../ledger/proofs/commitment.js';
import { newSalt } from '../ledger/salt.js';
import type { CustodyLedger } from '../ledger/log.js';
import type { BlobStore, StoredBlob } from '../vault/blob-store.js';
import { suggestAtIntake } from '../sensitivity/intake-suggestions.js';
import { retainForCases } from './case-retention.js';
import { sniffMediaType } from './media-type.js';

export interface EvidenceItem {
  id: string;
  sha256: string;
  size: number;
  mediaType: string;
  originalName: string;
  intakeAt: string;
  intakeBy: string;
  source: string | null;
  note: string | null;
  cases: string[];
}

export interface Intake {
  id: string;
  caseId: string;
  at: string;
  actor: string;
  originalName: string;
  source: string | null;
  note: string | null;
  ledgerSeq: number;
  /** For a file of a handed-over folder: the handover, and its path and times as handed over. */
  file?: HandedOverFile | undefined;
}

/** A file as it was handed over: its path under the folder (path-text.ts), its times, its handover. */
export interface HandedOverFile {
  handoverId: string | null;
  path: string;
  modifiedAt: string;
  createdAt: string | null;
}

export interface IngestInput {
  caseId: string;
  originalName: string;
  source?: string | undefined;
  note?: string | undefined;
  /** The bytes, or a file of this machine the vault stores whole (faster: it may copy in the kernel). */
  content: AsyncIterable<Uint8Array> | Iterable<Uint8Array> | { localFile: string };
  onProgress?: (bytes: number) => void;
  maxBytes?: number;
  /** The SHA-256 the bytes must have (a file checked in a bag): anything else is refused, and nothing stored. */
  expectedSha256?: string | undefined;
  /**
   * Where the bytes were before (a partner's bag and its own custody log), kept in the intake entry. Only
   * identifiers and hashes: the entry is shared with courts and auditors and must hold no free text.
   */
  provenance?: Record<string, unknown> | undefined;
  file?: HandedOverFile | undefined;
}

export interface IngestResult {
  item: EvidenceItem;
  intake: Intake;
  /** True when the vault already held these bytes: stored once, intake recorded again. */
  duplicate: boolean;
}

export interface EvidenceDeps {
  database: Database;
  ledger: CustodyLedger;
  vault: BlobStore;
}

/** Bytes in the vault, checked and typed, ready for their intake to be recorded. */
export interface PreparedIntake {
  caseId: string;
  fields: { originalName: string; source: string | null; note: string | null };
  sha256: string;
  size: number;
  mediaType: string;
  provenance: Record<string, unknown> | undefined;
  file?: HandedOverFile | undefined;
  /** The vault placed or touched the bytes moments ago (its file pool does): they need no touch to stay young. */
  justStored?: boolean;
}

/**
 * Takes in one file: bytes into the vault (hashed while streaming, durable before anything refers to
 * them), then, in one transaction, the item, its link to the case, the intake record and its ledger entry.
 * A crash before the commit leaves at most an unreferenced blob; after it, everything.
 */
export async function ingestEvidence(deps: EvidenceDeps, actor: string, input: IngestInput): Promise<IngestResult> {
  const prepared = await storeEvidenceBytes(deps, input);
  failpoint('intake:stored');
  return deps.database.writeTransaction((trx) => recordIntake(deps, trx, actor, prepared));
}

/** The first half of an intake: the bytes stored durably in the vault. Nothing refers to them yet. */
export async function storeEvidenceBytes(deps: EvidenceDeps, input: IngestInput): Promise<PreparedIntake> {
  checkIntakeFields(input);
  await getCase(deps, input.caseId);
  return storeInCheckedCase(deps, input);
}

/** The same, for a case the caller has just checked exists (an intake of many files checks it once, intake.ts). */
export async function storeInCheckedCase(deps: Pick<EvidenceDeps, 'vault'>, input: IngestInput): Promise<PreparedIntake> {
  const fields = checkIntakeFields(input);
  const options = {
    ...(input.onProgress && { onProgress: input.onProgress }),
    ...(input.maxBytes !== undefined && { maxBytes: input.maxBytes }),
    ...(input.expectedSha256 !== undefined && { expectedSha256: input.expectedSha256 }),
  };
  const { content } = input;
  const blob = 'localFile' in content ? await deps.vault.putFile(content.localFile, options) : await deps.vault.put(toAsync(content), options);
  return { caseId: input.caseId, fields, sha256: blob.sha256, size: blob.size, mediaType: await sniffMediaType(blob.head), provenance: input.provenance, file: input.file };
}

/** The first half of an intake whose bytes are already stored (by a vault's file pool), its words checked as above. */
export async function intakeOfStoredBlob(input: Omit<IngestInput, 'content'>, blob: Pick<StoredBlob, 'sha256' | 'size' | 'head'>): Promise<PreparedIntake> {
  const fields = checkIntakeFields({ ...input, content: [] });
  return { caseId: input.caseId, fields, sha256: blob.sha256, size: blob.size, mediaType: await sniffMediaType(blob.head), provenance: input.provenance, file: input.file, justStored: true };
}

/**
 * The second half, inside the caller's transaction: the item (if the vault did not hold these bytes), its
 * link to the case, the intake record and its ledger entry. Several intakes can be recorded together, so
 * that they are all kept or none (a web capture's files, say).
 */
export async function recordIntake(deps: Pick<EvidenceDeps, 'ledger' | 'vault'>, trx: Db, actor: string, prepared: PreparedIntake): Promise<IngestResult> {
  return (await recordIntakes(deps, trx, actor, [prepared]))[0]!;
}

/**
 * Several intakes recorded at once (a handover's batch): their entries appended together under one signed
 * checkpoint, their rows written together. The same bytes twice in one batch make one item and two intakes.
 */
export async function recordIntakes(deps: Pick<EvidenceDeps, 'ledger' | 'vault'>, trx: Db, actor: string, batch: readonly PreparedIntake[]): Promise<IngestResult[]> {
  if (batch.length === 0) return [];
  for (const caseId of new Set(batch.map((p) => p.caseId))) if (!(await findCase(trx, caseId))) throw caseNotFound(caseId);
  await retainForCases(deps.vault, trx, batch, new Date());
  const existing = new Map<string, string>();
  for (const shas of chunks([...new Set(batch.map((p) => p.sha256))], 500)) {
    for (const row of await trx.selectFrom('evidence_items').select(['id', 'sha256']).where('sha256', 'in', shas).execute()) existing.set(row.sha256, row.id);
  }
  const made = new Map<string, string>();
  const planned: { prepared: PreparedIntake; itemId: string; duplicate: boolean; created: boolean; salt: string }[] = [];
  for (const prepared of batch) {
    const itemId = existing.get(prepared.sha256) ?? made.get(prepared.sha256);
    // Bytes nothing refers to yet may be swept once old enough: touched now, they are young until the commit.
    if (itemId === undefined && !prepared.justStored) await deps.vault.touch(prepared.sha256);
    const id = itemId ?? newId('ev');
    if (itemId === undefined) made.set(prepared.sha256, id);
    planned.push({ prepared, itemId: id, duplicate: itemId !== undefined, created: itemId === undefined, salt: newSalt() });
  }
  const entries = await deps.ledger.append(
    trx,
    planned.map(({ prepared, itemId, duplicate, salt }) => ({
      actor,
      action: 'intake' as const,
      subject: { case: prepared.caseId, evidence: prepared.sha256 },
      details: {
        evidenceId: itemId,
        size: prepared.size,
        mediaType: prepared.mediaType,
        duplicate,
        committed: commitFields(salt, { ...prepared.fields, ...fileFields(prepared.file) }),
        ...(prepared.file?.handoverId ? { handover: prepared.file.handoverId } : {}),
        ...(prepared.provenance ? { provenance: prepared.provenance } : {}),
      },
    })),
  );
  const at = entries[0]!.time;
  const newItems = planned.filter((p) => p.created);
  if (newItems.length > 0) {
    await trx
      .insertInto('evidence_items')
      .values(
        newItems.map(({ prepared, itemId }) => ({
          id: itemId,
          sha256: prepared.sha256,
          size: prepared.size,
          media_type: prepared.mediaType,
          original_name: prepared.fields.originalName,
          intake_at: at,
          intake_by: actor,
          source: prepared.fields.source,
          note: prepared.fields.note,
        })),
      )
      .execute();
  }
  await linkToCases(
    trx,
    planned.map(({ prepared, itemId }) => ({ evidenceId: itemId, caseId: prepared.caseId })),
    at,
    actor,
  );
  // Labels a local heuristic suggests from the intake's words (never its pictures), kept as suggestions.
  for (const { prepared, itemId } of planned) await suggestAtIntake(trx, prepared.caseId, { kind: 'evidence', id: itemId }, prepared.fields);
  const intakes = planned.map(({ prepared, salt }, i): Intake & { salt: string } => ({
    id: newId('in'),
    caseId: prepared.caseId,
    at,
    actor,
    ...prepared.fields,
    ledgerSeq: entries[i]!.seq,
    ...(prepared.file ? { file: prepared.file } : {}),
    salt,
  }));
  await trx
    .insertInto('evidence_intakes')
    .values(
      intakes.map((intake, i) => ({
        id: intake.id,
        evidence_id: planned[i]!.itemId,
        case_id: intake.caseId,
        at,
        actor,
        original_name: intake.originalName,
        source: intake.source,
        note: intake.note,
        ledger_seq: intake.ledgerSeq,
        salt: intake.salt,
        handover_id: intake.file?.handoverId ?? null,
        file_path: intake.file?.path ?? null,
        file_modified_at: intake.file?.modifiedAt ?? null,
        file_created_at: intake.file?.createdAt ?? null,
      })),
    )
    .execute();
  const items = await loadItems(trx, [...new Set(planned.map((p) => p.itemId))]);
  return planned.map(({ itemId, duplicate }, i) => {
    const { salt: _salt, ...intake } = intakes[i]!;
    return { item: items.get(itemId)!, intake, duplicate };
  });
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Evidence items, all or of a case, or of any of `caseIds` (the cases a caller may read). Each item names
 * its cases; with `caseIds`, only those among them.
 */
export async function listEvidence(deps: Pick<EvidenceDeps, 'database'>, filter: { caseId?: string; caseIds?: string[] } = {}): Promise<EvidenceItem[]> {
  const db = deps.database.db;
  if (filter.caseId !== undefined) await getCase(deps, filter.caseId);
  const within = filter.caseId !== undefined ? [filter.caseId] : filter.caseIds;
  let query = db.selectFrom('evidence_items').selectAll('evidence_items').orderBy('evidence_items.intake_at').orderBy('evidence_items.id');
  if (within !== undefined) {
    query = query.where('evidence_items.id', 'in', db.selectFrom('evidence_cases').select('evidence_id').where('case_id', 'in', within.length ? within : ['']));
  }
  const rows = await query.execute();
  const casesOf = new Map<string, string[]>();
  const links = await db.selectFrom('evidence_cases').select(['evidence_id', 'case_id']).orderBy('linked_at').execute();
  for (const link of links) casesOf.set(link.evidence_id, [...(casesOf.get(link.evidence_id) ?? []), link.case_id]);
  const items = rows.map((row) => toItem(row, casesOf.get(row.id) ?? []));
  return within === undefined ? items : seenFrom(db, items, within);
}

/**
 * Items as the given cases see them: only their case links, and the name, source and note their own first
 * intake gave. The item row keeps the very first intake of all, which may be another case's: its file name,
 * source and note are that case's business, as is the fact that it holds the file.
 */
export async function seenFrom<T extends EvidenceItem & { intakes?: Intake[] }>(db: Db, items: T[], caseIds: readonly string[]): Promise<T[]> {
  if (items.length === 0) return items;
  const visible = caseIds.length ? [...caseIds] : [''];
  const rows = await db
    .selectFrom('evidence_intakes')
    .selectAll()
    .where('evidence_id', 'in', items.map((i) => i.id))
    .where('case_id', 'in', visible)
    .orderBy('at')
    .orderBy('ledger_seq')
    .execute();
  const first = new Map<string, (typeof rows)[number]>();
  for (const row of rows) if (!first.has(row.evidence_id)) first.set(row.evidence_id, row);
  return items.map((item) => {
    const own = first.get(item.id);
    return {
      ...item,
      cases: item.cases.filter((c) => caseIds.includes(c)),
      ...(own ? { originalName: own.original_name, source: own.source, note: own.note, intakeAt: own.at, intakeBy: own.actor } : { source: null, note: null }),
      ...(item.intakes ? { intakes: item.intakes.filter((i) => caseIds.includes(i.caseId)) } : {}),
    };
  });
}

/** The cases holding an item named by its id or its full SHA-256 (any case's: an access check narrows them). */
export async function casesHoldingEvidence(db: Db, ref: string): Promise<string[]> {
  const rows = await db
    .selectFrom('evidence_cases as ec')
    .innerJoin('evidence_items as ei', 'ei.id', 'ec.evidence_id')
    .select('ec.case_id')
    .where((eb) => eb.or([eb('ei.id', '=', ref), eb('ei.sha256', '=', ref.toLowerCase())]))
    .execute();
  return rows.map((r) => r.case_id);
}

/** Looks an item up by its id, its full SHA-256, or an unambiguous prefix of the hash (at least 8 hex digits). */
export async function getEvidence(
  deps: Pick<EvidenceDeps, 'database'>,
  ref: string,
): Promise<EvidenceItem & { intakes: Intake[] }> {
  const db = deps.database.db;
  const id = await resolveEvidenceRef(db, ref);
  const item = await loadItem(db, id);
  if (!item) throw evidenceNotFound(ref);
  const intakes = await db.selectFrom('evidence_intakes').selectAll().where('evidence_id', '=', id).orderBy('at').orderBy('ledger_seq').execute();
  return { ...item, intakes: intakes.map(toIntake) };
}

/** Items by id, each with all its intakes as getEvidence gives them: a few queries for the lot, not some per item. */
export async function evidenceWithIntakes(db: Db, ids: readonly string[]): Promise<Map<string, EvidenceItem & { intakes: Intake[] }>> {
  const unique = [...new Set(ids)];
  const items = await loadItems(db, unique);
  const intakesOf = new Map<string, Intake[]>();
  for (const some of chunks(unique, 500)) {
    for (const row of await db.selectFrom('evidence_intakes').selectAll().where('evidence_id', 'in', some).orderBy('at').orderBy('ledger_seq').execute()) {
      intakesOf.set(row.evidence_id, [...(intakesOf.get(row.evidence_id) ?? []), toIntake(row)]);
    }
  }
  return new Map([...items].map(([id, item]) => [id, { ...item, intakes: intakesOf.get(id) ?? [] }]));
}

function toIntake(row: Selectable<EvidenceIntakesTable>): Intake {
  return {
    id: row.id,
    caseId: row.case_id,
    at: row.at,
    actor: row.actor,
    originalName: row.original_name,
    source: row.source,
    note: row.note,
    ledgerSeq: row.ledger_seq,
    ...(row.file_path !== null ? { file: { handoverId: row.handover_id, path: row.file_path, modifiedAt: row.file_modified_at!, createdAt: row.file_created_at } } : {}),
  };
}

/**
 * An item (by id or SHA-256) as one of this case's: any other is not found, as an item that does not exist is
 * (whether an item exists is not told to those outside its cases). `field` names the caller's input.
 */
export async function getEvidenceInCase(deps: Pick<EvidenceDeps, 'database'>, caseId: string, ref: string, field: string): Promise<EvidenceItem & { intakes: Intake[] }> {
  const item = await getEvidence(deps, ref);
  if (!item.intakes.some((intake) => intake.caseId === caseId)) throw new DossierError('EVIDENCE_NOT_FOUND', `evidence ${ref} is not in case ${caseId}`, { field });
  return item;
}

/** The items named by `refs` (each checked to be the case's), or every item of the case when none is named. */
export async function itemsOfCase(deps: Pick<EvidenceDeps, 'database'>, caseId: string, refs: readonly string[]): Promise<EvidenceItem[]> {
  if (refs.length === 0) return listEvidence(deps, { caseId });
  await getCase(deps, caseId);
  return Promise.all(refs.map((ref) => getEvidenceInCase(deps, caseId, ref, 'refs')));
}

async function resolveEvidenceRef(db: Db, ref: string): Promise<string> {
  const byId = await db.selectFrom('evidence_items').select('id').where('id', '=', ref).executeTakeFirst();
  if (byId) return byId.id;
  if (!/^[0-9a-f]{8,64}$/.test(ref)) throw evidenceNotFound(ref);
  const matches = await db.selectFrom('evidence_items').select('id').where('sha256', 'like', `${ref}%`).limit(2).execute();
  if (matches.length === 0) throw evidenceNotFound(ref);
  if (matches.length > 1) throw invalidField('evidence', `hash prefix ${ref} matches more than one item; give more digits`, ref);
  return matches[0]!.id;
}

async function loadItem(db: Db, id: string): Promise<EvidenceItem | undefined> {
  const row = await db.selectFrom('evidence_items').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const links = await db.selectFrom('evidence_cases').select('case_id').where('evidence_id', '=', id).orderBy('linked_at').execute();
  return toItem(row, links.map((l) => l.case_id));
}

/** Items by id, each with its cases in the order they were linked; a query per 500 ids, not per item. */
async function loadItems(db: Db, ids: readonly string[]): Promise<Map<string, EvidenceItem>> {
  const items = new Map<string, EvidenceItem>();
  for (const some of chunks(ids, 500)) {
    const rows = await db.selectFrom('evidence_items').selectAll().where('id', 'in', some).execute();
    const casesOf = new Map<string, string[]>();
    for (const link of await db.selectFrom('evidence_cases').select(['evidence_id', 'case_id']).where('evidence_id', 'in', some).orderBy('linked_at').execute()) {
      casesOf.set(link.evidence_id, [...(casesOf.get(link.evidence_id) ?? []), link.case_id]);
    }
    for (const row of rows) items.set(row.id, toItem(row, casesOf.get(row.id) ?? []));
  }
  return items;
}

/** Links items to cases they are not linked to yet, in as few statements as the batch allows. */
async function linkToCases(trx: Db, links: readonly { evidenceId: string; caseId: string }[], at: string, actor: string): Promise<void> {
  for (const caseId of new Set(links.map((link) => link.caseId))) {
    const wanted = [...new Set(links.filter((link) => link.caseId === caseId).map((link) => link.evidenceId))];
    for (const some of chunks(wanted, 500)) {
      const linked = new Set((await trx.selectFrom('evidence_cases').select('evidence_id').where('case_id', '=', caseId).where('evidence_id', 'in', some).execute()).map((row) => row.evidence_id));
      const missing = some.filter((id) => !linked.has(id));
      if (missing.length > 0) await trx.insertInto('evidence_cases').values(missing.map((id) => ({ evidence_id: id, case_id: caseId, linked_at: at, linked_by: actor }))).execute();
    }
  }
}

async function* toAsync(chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>): AsyncIterable<Uint8Array> {
  yield* chunks;
}

function checkIntakeFields(input: IngestInput): { originalName: string; source: string | null; note: string | null } {
  const originalName = path.basename(input.originalName ?? '').trim();
  if (!originalName) throw invalidField('originalName', 'is required');
  if (originalName.length > 1024) throw invalidField('originalName', 'must be at most 1024 characters');
  // A name is kept as the file had it, odd characters and all; only NUL, which no file name holds and
  // PostgreSQL cannot store, is refused.
  if (originalName.includes('\u0000')) throw invalidField('originalName', 'contains a NUL character');
  if ((input.source?.length ?? 0) > 4000) throw invalidField('source', 'must be at most 4000 characters');
  if ((input.note?.length ?? 0) > 20000) throw invalidField('note', 'must be at most 20000 characters');
  for (const field of ['source', 'note'] as const) {
    const problem = input[field] ? textProblem(input[field]) : undefined;
    if (problem) throw invalidField(field, problem);
  }
  return { originalName, source: input.source?.trim() || null, note: input.note?.trim() || null };
}

function toItem(row: EvidenceItemsTable, cases: string[]): EvidenceItem {
  return {
    id: row.id,
    sha256: row.sha256,
    size: Number(row.size),
    mediaType: row.media_type,
    originalName: row.original_name,
    intakeAt: row.intake_at,
    intakeBy: row.intake_by,
    source: row.source,
    note: row.note,
    cases,
  };
}

const caseNotFound = (id: string) => new DossierError('CASE_NOT_FOUND', `case ${id} does not exist`, { field: 'case', value: id });
export const evidenceNotFound = (ref: string) =>
  new DossierError('EVIDENCE_NOT_FOUND', `no evidence item matches ${ref}`, { field: 'evidence', value: ref });

/** A handed-over file's path and times, as the intake entry commits to them (with its name, source and note). */
export function fileFields(file: Pick<HandedOverFile, 'path' | 'modifiedAt' | 'createdAt'> | undefined | null): Record<string, string | null> {
  return file ? { filePath: file.path, fileModifiedAt: file.modifiedAt, fileCreatedAt: file.createdAt } : {};
}
