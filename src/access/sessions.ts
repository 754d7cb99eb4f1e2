import type { Db, SessionsTable } from '../db/schema.js';
import { digest, newSecret } from './secrets.js';

export interface SessionPolicy {
  /** A session unused this long ends. */
  idleMinutes: number;
  /** And any session ends this long after sign-in. */
  maxHours: number;
}

export const DEFAULT_SESSIONS: SessionPolicy = { idleMinutes: 60, maxHours: 12 };

export interface NewSession {
  /** The cookie's value: given to the browser once, stored only as a digest. */
  cookie: string;
  csrfToken: string;
  expiresAt: string;
}

/**
 * A fresh session for a sign-in. Every earlier session id the browser held is worthless to an attacker who
 * planted it (session fixation): sign-in always mints a new one and ends the one it was sent with.
 */
export async function startSession(db: Db, userId: string, address: string, replacing: string | undefined, policy = DEFAULT_SESSIONS, now = new Date()): Promise<NewSession> {
  if (replacing) await endSession(db, replacing);
  const cookie = newSecret();
  const csrfToken = newSecret();
  const expiresAt = new Date(now.getTime() + policy.maxHours * 3_600_000).toISOString();
  await db
    .insertInto('sessions')
    .values({ id_hash: digest(cookie), user_id: userId, csrf_token: csrfToken, created_at: now.toISOString(), last_seen_at: now.toISOString(), expires_at: expiresAt, address })
    .execute();
  return { cookie, csrfToken, expiresAt };
}

/** The live session a cookie names, its idle clock reset; an idle or expired one is deleted and not returned. */
export async function resumeSession(db: Db, cookie: string, policy = DEFAULT_SESSIONS, now = new Date()): Promise<SessionsTable | undefined> {
  const row = await db.selectFrom('sessions').selectAll().where('id_hash', '=', digest(cookie)).executeTakeFirst();
  if (!row) return undefined;
  const idleSince = new Date(now.getTime() - policy.idleMinutes * 60_000).toISOString();
  if (row.expires_at <= now.toISOString() || row.last_seen_at <= idleSince) {
    await db.deleteFrom('sessions').where('id_hash', '=', row.id_hash).execute();
    return undefined;
  }
  // Written at most once a minute: a page of parallel requests need not each write.
  if (now.getTime() - Date.parse(row.last_seen_at) > 60_000) {
    await db.updateTable('sessions').set({ last_seen_at: now.toISOString() }).where('id_hash', '=', row.id_hash).execute();
  }
  return row;
}

export async function endSession(db: Db, cookie: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', digest(cookie)).execute();
}

/** After a password change or a lockout by an administrator: every browser signs in again. */
export async function endAllSessions(db: Db, userId: string): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}
