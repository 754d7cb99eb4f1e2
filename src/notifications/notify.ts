import { newId } from '../common/ids.js';
import type { Db } from '../db/schema.js';
import type { NotificationKind } from './kinds.js';
import { queueMail } from './outbox.js';
import { membersWhoMay, permissionToRead } from './readers.js';
import { settingsOf } from './settings.js';

// The kinds live in kinds.ts (plain data the web app reads); said here too, for the producers that import notify.
export { NOTIFICATION_KINDS, type NotificationKind } from './kinds.js';

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

/**
 * Tells each recipient, inside the caller's transaction so a notice exists exactly when what it tells of
 * does. Recipients who may not read the subject are dropped here whatever the caller checked: a notice
 * names its subject, and that alone can leak. Returns who was told.
 */
export async function notify(trx: Db, notice: NewNotice, now = new Date()): Promise<string[]> {
  const readers = await membersWhoMay(trx, notice.caseId, permissionToRead(notice.subject));
  const candidates = [...new Set(notice.recipients)].filter((name) => name !== notice.actor && readers.has(name));
  // Each account's own choice of kinds: a kind it turned off is not kept for it at all (nor mailed).
  const settings = await settingsOf(trx, candidates);
  const told = candidates.filter((name) => settings.get(name)!.inAppKinds.includes(notice.kind)).sort();
  if (told.length === 0) return [];
  const detail = JSON.stringify(notice.detail ?? {});
  const createdAt = now.toISOString();
  const rows = told.map((username) => ({ id: newId('ntf', now), username }));
  await trx
    .insertInto('notifications')
    .values(
      rows.map(({ id, username }) => ({
        id,
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
  // Mail owed for a notice is queued with it, so it is sent only if this transaction commits.
  for (const { id, username } of rows) {
    const { email } = settings.get(username)!;
    if (email !== 'off') await queueMail(trx, { notificationId: id, username, mode: email }, now);
  }
  return told;
}
