import { newId } from '../common/ids.js';
import type { Database } from '../db/database.js';
import type { Db, NotificationOutboxTable } from '../db/schema.js';
import { composeMail, type Mailer, type MailedNotice } from './email.js';
import { noticeWording } from './notice-words.js';
import { membersWhoMay, permissionToRead } from './readers.js';
import { readSettings } from './settings.js';

/** A digest gathers what came in a day: it is sent a day after the oldest notice it holds. */
export const DIGEST_MS = 24 * 60 * 60 * 1000;

/** Queues the mail a notice owes, in the notice's own transaction (notify.ts). */
export async function queueMail(trx: Db, owed: { notificationId: string; username: string; mode: 'immediate' | 'digest' }, now = new Date()): Promise<void> {
  const due = owed.mode === 'digest' ? new Date(now.getTime() + DIGEST_MS) : now;
  await trx
    .insertInto('notification_outbox')
    .values({ id: newId('mail', now), notification_id: owed.notificationId, username: owed.username, mode: owed.mode, due_at: due.toISOString(), created_at: now.toISOString(), claimed_until: null, attempts: 0, last_error: null, sent_at: null })
    .execute();
}

export interface OutboxDeps {
  database: Database;
  mailer: Mailer;
  from: string;
}

export interface DrainResult {
  sent: number;
  failed: number;
  /** Mails no longer owed: e-mail turned off since, or every notice's subject no longer readable. */
  dropped: number;
}

type Row = NotificationOutboxTable;

/**
 * Sends what is due: each immediate notice on its own, and each account's digest once its oldest notice has
 * waited a day. Rows are claimed for `leaseMs` first, so two servers draining the same outbox do not both send;
 * a row is marked sent only after the SMTP server took the mail, so a crash in between sends it again rather
 * than never (at least once). A failure is retried later, waiting longer after each.
 */
export async function drainOutbox(deps: OutboxDeps, now = new Date(), options: { leaseMs?: number; batch?: number } = {}): Promise<DrainResult> {
  const groups = await claimDue(deps.database, now, options.leaseMs ?? 5 * 60_000, options.batch ?? 200);
  const result: DrainResult = { sent: 0, failed: 0, dropped: 0 };
  for (const group of groups) result[await sendGroup(deps, group, now)] += 1;
  return result;
}

async function claimDue(database: Database, now: Date, leaseMs: number, batch: number): Promise<Row[][]> {
  const at = now.toISOString();
  return database.writeTransaction(async (trx) => {
    const rows = await trx
      .selectFrom('notification_outbox')
      .selectAll()
      .where('sent_at', 'is', null)
      .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', at)]))
      .orderBy('created_at')
      .orderBy('id')
      .limit(batch)
      .execute();
    const groups: Row[][] = rows.filter((row) => row.mode !== 'digest' && row.due_at <= at).map((row) => [row]);
    const digests = new Map<string, Row[]>();
    for (const row of rows.filter((r) => r.mode === 'digest')) digests.set(row.username, [...(digests.get(row.username) ?? []), row]);
    for (const rowsOfOne of digests.values()) if (rowsOfOne.some((row) => row.due_at <= at)) groups.push(rowsOfOne);
    const ids = groups.flat().map((row) => row.id);
    if (ids.length > 0) await trx.updateTable('notification_outbox').set({ claimed_until: new Date(now.getTime() + leaseMs).toISOString() }).where('id', 'in', ids).execute();
    return groups;
  });
}

async function sendGroup(deps: OutboxDeps, rows: Row[], now: Date): Promise<keyof DrainResult> {
  const db = deps.database.db;
  const username = rows[0]!.username;
  const ids = rows.map((row) => row.id);
  const settings = await readSettings(db, username);
  const notices = await mailedNotices(db, username, rows.map((row) => row.notification_id));
  // Owed when queued, but the account may have turned mail off, or lost the right to read what it names.
  if (settings.email === 'off' || !settings.emailAddress || notices.length === 0) {
    await mark(deps.database, ids, { sent_at: now.toISOString(), last_error: settings.email === 'off' ? 'e-mail turned off' : 'nothing left to tell' });
    return 'dropped';
  }
  const user = await db.selectFrom('users').select('language').where('username', '=', username).executeTakeFirst();
  const { subject, text } = composeMail(user?.language ?? null, notices, rows[0]!.mode === 'digest');
  try {
    await deps.mailer.sendMail({ from: deps.from, to: settings.emailAddress, subject, text });
  } catch (error) {
    const attempts = rows[0]!.attempts + 1;
    const retryIn = Math.min(60 * 60_000, 60_000 * 2 ** (attempts - 1));
    await mark(deps.database, ids, { attempts, last_error: String((error as Error).message).slice(0, 500), claimed_until: new Date(now.getTime() + retryIn).toISOString() });
    return 'failed';
  }
  await mark(deps.database, ids, { sent_at: new Date().toISOString(), last_error: null });
  return 'sent';
}

async function mark(database: Database, ids: string[], set: Partial<Pick<Row, 'sent_at' | 'last_error' | 'attempts' | 'claimed_until'>>): Promise<void> {
  await database.writeTransaction((trx) => trx.updateTable('notification_outbox').set(set).where('id', 'in', ids).execute());
}

/** The notices as a mail tells them, only those whose subject the account may still read. */
async function mailedNotices(db: Db, username: string, notificationIds: string[]): Promise<MailedNotice[]> {
  const rows = await db
    .selectFrom('notifications as n')
    .leftJoin('users as u', 'u.username', 'n.actor')
    .select(['n.id', 'n.case_id', 'n.kind', 'n.subject_kind', 'n.subject_id', 'n.actor', 'n.detail', 'n.created_at', 'u.display_name'])
    .where('n.id', 'in', notificationIds)
    .where('n.username', '=', username)
    .orderBy('n.created_at')
    .orderBy('n.id')
    .execute();
  const readers = new Map<string, Set<string>>();
  const mayRead = async (caseId: string, kind: string) => {
    const key = `${caseId} ${permissionToRead({ kind })}`;
    if (!readers.has(key)) readers.set(key, await membersWhoMay(db, caseId, permissionToRead({ kind })));
    return readers.get(key)!.has(username);
  };
  const notices: MailedNotice[] = [];
  for (const row of rows) {
    if (!(await mayRead(row.case_id, row.subject_kind))) continue;
    const actorName = row.display_name ?? (row.actor === 'system' ? 'Dossier' : row.actor);
    notices.push({ caseId: row.case_id, subjectId: row.subject_id, wording: noticeWording({ kind: row.kind, actorName, subjectId: row.subject_id, detail: JSON.parse(row.detail) as Record<string, unknown> }) });
  }
  return notices;
}
