import { isCaseRole, roleAllows, type CasePermission } from '../access/permissions.js';
import { newId } from '../common/ids.js';
import type { Db } from '../db/schema.js';

/** What a member is told about. Each kind is worded by the web app and, for e-mail, by the server. */
export const NOTIFICATION_KINDS = [
  'mention', // someone named me in a comment
  'reply', // someone answered my comment
  'assigned', // I was made an assignee
  'review_requested', // an incident I may complete is ready for review
  'status_changed', // something I follow moved in the workflow
  'capture_finished', // a web capture I asked for is done (or failed)
  'extraction_finished', // a text extraction I asked for is done (or failed)
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** What a notice is about: a record of the case (incident, claim…) or an evidence item. */
export interface NotificationSubject {
  kind: string;
  id: string;
}

export interface NewNotice {
  caseId: string;
  kind: NotificationKind;
  subject: NotificationSubject;
  /** The account name that caused it, never told of its own act. */
  actor: string;
  recipients: readonly string[];
  /** What the notice needs to be worded without opening the record: a title, a status, a comment's id. */
  detail?: Record<string, string | number | boolean | null>;
}

/** The permission a member needs to be told anything about a subject: evidence or records. */
export function permissionToRead(subject: NotificationSubject): CasePermission {
  return subject.kind === 'evidence' ? 'evidence:read' : 'records:read';
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

/**
 * Tells each recipient, inside the caller's transaction so a notice exists exactly when what it tells of
 * does. Recipients who may not read the subject are dropped here whatever the caller checked: a notice
 * names its subject, and that alone can leak. Returns who was told.
 */
export async function notify(trx: Db, notice: NewNotice, now = new Date()): Promise<string[]> {
  const readers = await membersWhoMay(trx, notice.caseId, permissionToRead(notice.subject));
  const told = [...new Set(notice.recipients)].filter((name) => name !== notice.actor && readers.has(name)).sort();
  if (told.length === 0) return [];
  const detail = JSON.stringify(notice.detail ?? {});
  const createdAt = now.toISOString();
  await trx
    .insertInto('notifications')
    .values(
      told.map((username) => ({
        id: newId('ntf', now),
        username,
        case_id: notice.caseId,
        kind: notice.kind,
        subject_kind: notice.subject.kind,
        subject_id: notice.subject.id,
        actor: notice.actor,
        detail,
        created_at: createdAt,
        read_at: null,
      })),
    )
    .execute();
  return told;
}
