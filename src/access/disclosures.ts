import { DossierError } from '../common/errors.js';
import type { Db } from '../db/schema.js';
import { recordAudit } from './audit-log.js';

export type DisclosedType = 'record' | 'evidence' | 'analysis';

export interface Disclosure {
  objectId: string;
  objectType: DisclosedType;
  /** The record's kind and title, the evidence item's file name, or a pinned analysis's kind and title. */
  kind: string;
  title: string;
  disclosedAt: string;
  disclosedBy: string;
}

/** What `objectId` is in the case: a record of it, an evidence item linked to it, or an analysis pinned to it. */
async function objectInCase(db: Db, caseId: string, objectId: string): Promise<{ type: DisclosedType; kind: string; title: string }> {
  const record = await db.selectFrom('records').select(['kind', 'title']).where('id', '=', objectId).where('case_id', '=', caseId).executeTakeFirst();
  if (record) return { type: 'record', kind: record.kind, title: record.title };
  const evidence = await db
    .selectFrom('evidence_items as e')
    .innerJoin('evidence_cases as c', 'c.evidence_id', 'e.id')
    .select(['e.original_name'])
    .where('e.id', '=', objectId)
    .where('c.case_id', '=', caseId)
    .executeTakeFirst();
  if (evidence) return { type: 'evidence', kind: 'evidence', title: evidence.original_name };
  // A pinned analysis lists the incidents it counts (ids, and a pattern's titles): disclosing it discloses those.
  const pinned = await db.selectFrom('pinned_analyses').select(['analysis', 'title']).where('id', '=', objectId).where('case_id', '=', caseId).executeTakeFirst();
  if (pinned) return { type: 'analysis', kind: pinned.analysis, title: pinned.title };
  throw new DossierError('NOT_FOUND', `${objectId} is not a record, evidence item or pinned analysis of this case`, { field: 'objectId' });
}

/** Discloses a record or evidence item of a case to its external counsel (a security event). */
export async function disclose(db: Db, by: string, caseId: string, objectId: string): Promise<Disclosure> {
  const found = await objectInCase(db, caseId, objectId);
  const existing = await db.selectFrom('disclosures').selectAll().where('case_id', '=', caseId).where('object_id', '=', objectId).executeTakeFirst();
  if (existing) return { objectId, objectType: found.type, kind: found.kind, title: found.title, disclosedAt: existing.disclosed_at, disclosedBy: existing.disclosed_by };
  const now = new Date().toISOString();
  await db.insertInto('disclosures').values({ case_id: caseId, object_id: objectId, object_type: found.type, disclosed_at: now, disclosed_by: by }).execute();
  await recordAudit(db, 'disclosed', by, { case: caseId, object: objectId, type: found.type });
  return { objectId, objectType: found.type, kind: found.kind, title: found.title, disclosedAt: now, disclosedBy: by };
}

export async function withdrawDisclosure(db: Db, by: string, caseId: string, objectId: string): Promise<void> {
  const deleted = await db.deleteFrom('disclosures').where('case_id', '=', caseId).where('object_id', '=', objectId).executeTakeFirst();
  if (Number(deleted.numDeletedRows) === 0) throw new DossierError('NOT_FOUND', `${objectId} was not disclosed`, { field: 'objectId' });
  await recordAudit(db, 'disclosure_withdrawn', by, { case: caseId, object: objectId });
}

export async function listDisclosures(db: Db, caseId: string): Promise<Disclosure[]> {
  const rows = await db.selectFrom('disclosures').selectAll().where('case_id', '=', caseId).orderBy('disclosed_at').orderBy('object_id').execute();
  const out: Disclosure[] = [];
  for (const row of rows) {
    const found = await objectInCase(db, caseId, row.object_id).catch(() => undefined);
    if (found) out.push({ objectId: row.object_id, objectType: found.type, kind: found.kind, title: found.title, disclosedAt: row.disclosed_at, disclosedBy: row.disclosed_by });
  }
  return out;
}

export async function isDisclosed(db: Db, caseId: string, objectId: string): Promise<boolean> {
  return (await db.selectFrom('disclosures').select('object_id').where('case_id', '=', caseId).where('object_id', '=', objectId).executeTakeFirst()) !== undefined;
}
