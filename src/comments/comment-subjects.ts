import type { CasePermission } from '../access/permissions.js';
import { DossierError } from '../common/errors.js';
import type { Db } from '../db/schema.js';
import { permissionToRead } from '../notifications/readers.js';

/** What a comment is about: a record of the case (its kind) or an evidence item ('evidence'). */
export interface CommentSubject {
  kind: string;
  id: string;
  title: string;
}

/** Whoever may read a subject may read its discussion, and no one else (notices follow the same rule). */
export function mayReadSubject(permissions: ReadonlySet<CasePermission>, subject: { kind: string }): boolean {
  return permissions.has(permissionToRead(subject as { kind: string; id: string }));
}

export function assertMayRead(permissions: ReadonlySet<CasePermission>, subject: CommentSubject): void {
  if (!mayReadSubject(permissions, subject)) {
    throw new DossierError('FORBIDDEN', `your role in this case does not allow ${permissionToRead(subject)}, so not the discussion of ${subject.id}`, { permission: permissionToRead(subject) });
  }
}

/**
 * The records and items of the case among `ids`, by id. An id of another case, or of nothing, is absent:
 * the caller cannot tell which, and neither can whoever reads its answer.
 */
export async function subjectsIn(db: Db, caseId: string, ids: readonly string[]): Promise<Map<string, CommentSubject>> {
  const found = new Map<string, CommentSubject>();
  if (ids.length === 0) return found;
  const records = await db.selectFrom('records').select(['id', 'kind', 'title']).where('case_id', '=', caseId).where('id', 'in', [...ids]).execute();
  for (const row of records) found.set(row.id, { kind: row.kind, id: row.id, title: row.title });
  const items = await db
    .selectFrom('evidence_cases as ec')
    .innerJoin('evidence_items as ei', 'ei.id', 'ec.evidence_id')
    .select(['ei.id', 'ei.original_name'])
    .where('ec.case_id', '=', caseId)
    .where('ei.id', 'in', [...ids])
    .execute();
  for (const row of items) found.set(row.id, { kind: 'evidence', id: row.id, title: row.original_name });
  return found;
}

/** The subject named by a request, refused as not found (field `subject`) unless it is a record or an item of the case. */
export async function requireSubject(db: Db, caseId: string, id: string): Promise<CommentSubject> {
  const subject = (await subjectsIn(db, caseId, [id])).get(id);
  if (!subject) throw new DossierError('NOT_FOUND', `no record or evidence item ${id} in case ${caseId}`, { field: 'subject', value: id });
  return subject;
}
