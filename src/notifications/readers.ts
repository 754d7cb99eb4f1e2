/**
 * Who may be told of a subject: the members whose role reads it (evidence or records). Both the notices
 * (notify.ts) and the mails drained later (outbox.ts) ask, so it lives apart from either.
 */
import { isCaseRole, roleAllows, type CasePermission } from '../access/permissions.js';
import type { Db } from '../db/schema.js';

/** Subjects read with the evidence: an item, a web capture, a text extraction (of an item). */
export const EVIDENCE_SUBJECTS: readonly string[] = ['evidence', 'capture', 'extraction'];

/** The permission a member needs to be told anything about a subject: evidence or records. */
export function permissionToRead(subject: { kind: string }): CasePermission {
  return EVIDENCE_SUBJECTS.includes(subject.kind) ? 'evidence:read' : 'records:read';
}

/** The case's members (account names) whose role lets them read what the permission guards, enabled accounts only. */
export async function membersWhoMay(db: Db, caseId: string, permission: CasePermission): Promise<Set<string>> {
  const rows = await db
    .selectFrom('case_members as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['u.username', 'm.role'])
    .where('m.case_id', '=', caseId)
    .where('u.disabled_at', 'is', null)
    .execute();
  return new Set(rows.filter((row) => isCaseRole(row.role) && roleAllows(row.role, permission)).map((row) => row.username));
}
