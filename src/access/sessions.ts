import { DossierError } from '../common/errors.js';
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

/** One of an account's sessions as its owner sees it: nothing in it lets anyone resume the session. */
export interface SessionSummary {
  /** A short digest of the stored digest of the cookie: names the session, and cannot be turned back into it. */
  handle: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  address: string;
  /** The session the request came with. */
  current: boolean;
}

export function sessionHandle(idHash: string): string {
  return digest(`dossier-session-handle\n${idHash}`).slice(0, 16);
}

function isLive(row: SessionsTable, policy: SessionPolicy, now: Date): boolean {
  const idleSince = new Date(now.getTime() - policy.idleMinutes * 60_000).toISOString();
  return row.expires_at > now.toISOString() && row.last_seen_at > idleSince;
}

/** The account's live sessions, the most recently used first. */
export async function listSessions(db: Db, userId: string, currentCookie: string | undefined, policy = DEFAULT_SESSIONS, now = new Date()): Promise<SessionSummary[]> {
  const rows = await db.selectFrom('sessions').selectAll().where('user_id', '=', userId).orderBy('last_seen_at', 'desc').execute();
  const current = currentCookie === undefined ? undefined : digest(currentCookie);
  return rows
    .filter((row) => isLive(row, policy, now))
    .map((row) => ({
      handle: sessionHandle(row.id_hash),
      createdAt: row.created_at,
      lastSeenAt: row.last_seen_at,
      expiresAt: row.expires_at,
      address: row.address,
      current: row.id_hash === current,
    }));
}

/** Ends one of the account's own sessions by its handle; another account's handle is not found. */
export async function endSessionByHandle(db: Db, userId: string, handle: string): Promise<void> {
  const rows = await db.selectFrom('sessions').select('id_hash').where('user_id', '=', userId).execute();
  const found = rows.find((row) => sessionHandle(row.id_hash) === handle);
  if (!found) throw new DossierError('NOT_FOUND', 'no such session of yours: it may have ended already', { field: 'handle' });
  await db.deleteFrom('sessions').where('id_hash', '=', found.id_hash).where('user_id', '=', userId).execute();
}

/** Ends every session of the account but the one named (the browser asking); returns how many ended. */
export async function endOtherSessions(db: Db, userId: string, keepCookie: string): Promise<number> {
  const ended = await db.deleteFrom('sessions').where('user_id', '=', userId).where('id_hash', '!=', digest(keepCookie)).executeTakeFirst();
  return Number(ended.numDeletedRows);
}
