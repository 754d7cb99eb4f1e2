import type { Db } from '../db/schema.js';
import type { NotificationSubject } from './notify.js';

/**
 * Who follows a record: told when it moves in the workflow. A member follows what they are assigned to, what
 * they comment on, and what they choose to; unfollowing keeps the row, marked, so a later assignment or comment
 * makes them follow again while the record of their choice stays.
 */
export async function follow(trx: Db, caseId: string, subject: NotificationSubject, username: string, now = new Date()): Promise<void> {
  const at = now.toISOString();
  const updated = await trx
    .updateTable('notification_follows')
    .set({ unfollowed_at: null })
    .where('subject_id', '=', subject.id)
    .where('username', '=', username)
    .where('unfollowed_at', 'is not', null)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) > 0) return;
  const existing = await trx.selectFrom('notification_follows').select('username').where('subject_id', '=', subject.id).where('username', '=', username).executeTakeFirst();
  if (!existing) await trx.insertInto('notification_follows').values({ subject_id: subject.id, username, case_id: caseId, subject_kind: subject.kind, followed_at: at, unfollowed_at: null }).execute();
}

export async function unfollow(trx: Db, subject: NotificationSubject, username: string, now = new Date()): Promise<void> {
  await trx.updateTable('notification_follows').set({ unfollowed_at: now.toISOString() }).where('subject_id', '=', subject.id).where('username', '=', username).where('unfollowed_at', 'is', null).execute();
}

export async function followersOf(db: Db, subjectId: string): Promise<string[]> {
  const rows = await db.selectFrom('notification_follows').select('username').where('subject_id', '=', subjectId).where('unfollowed_at', 'is', null).orderBy('username').execute();
  return rows.map((row) => row.username);
}

export async function isFollowing(db: Db, subjectId: string, username: string): Promise<boolean> {
  return (await followersOf(db, subjectId)).includes(username);
}
