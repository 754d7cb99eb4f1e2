import { hash, verify } from '@node-rs/argon2';
import { DossierError, invalidField } from '../common/errors.js';
import { newId } from '../common/ids.js';
import type { Db, UsersTable } from '../db/schema.js';
import { recordAudit } from './audit-log.js';
import { isInterfaceLanguage, isNumerals, type InterfaceLanguage, type Numerals } from './preferences.js';
import { newSecret } from './secrets.js';

export interface Account {
  id: string;
  username: string;
  displayName: string;
  isAdmin: boolean;
  mustChangePassword: boolean;
  totp: boolean;
  disabled: boolean;
  createdAt: string;
  /** The web app's language and digits; absent: the browser's language and that language's digits. */
  language?: InterfaceLanguage;
  numerals?: Numerals;
}

export interface LockoutPolicy {
  /** Failed sign-ins in a row that lock the account. */
  maxFailures: number;
  lockMinutes: number;
}

export const DEFAULT_LOCKOUT: LockoutPolicy = { maxFailures: 5, lockMinutes: 15 };

const USERNAME = /^[a-z0-9][a-z0-9._-]{1,62}$/;
const MIN_PASSWORD = 12;

/** argon2id with the library's defaults (19 MiB, 2 passes): the OWASP baseline, ~30 ms here. */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

// Unknown usernames are checked against this too, so a sign-in takes as long whether the account exists or not.
// Made on first need, not at import: every CLI command loads this module.
let decoy: Promise<string> | undefined;

/** A random password for one use (a first administrator's, an administrator's reset), 24 characters. */
export function newOneTimePassword(): string {
  return newSecret().slice(0, 24);
}

export function checkPasswordRules(password: unknown, field = 'password'): string {
  if (typeof password !== 'string') throw invalidField(field, 'is required');
  if ([...password].length < MIN_PASSWORD) throw invalidField(field, `must be at least ${MIN_PASSWORD} characters`);
  if (password.length > 1024) throw invalidField(field, 'must be at most 1024 characters');
  return password;
}

export function toAccount(row: UsersTable): Account {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    isAdmin: row.is_admin === 1,
    mustChangePassword: row.must_change_password === 1,
    totp: row.totp_secret !== null,
    disabled: row.disabled_at !== null,
    createdAt: row.created_at,
    ...(isInterfaceLanguage(row.language) ? { language: row.language } : {}),
    ...(isNumerals(row.numerals) ? { numerals: row.numerals } : {}),
  };
}

export async function createAccount(
  db: Db,
  by: string,
  input: { username: string; displayName?: string; password: string; isAdmin?: boolean; mustChangePassword?: boolean },
): Promise<Account> {
  const username = input.username.trim().toLowerCase();
  if (!USERNAME.test(username)) throw invalidField('username', 'must be 2-63 characters: lowercase letters, digits, dot, dash, underscore', input.username);
  checkPasswordRules(input.password);
  const exists = await db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirst();
  if (exists) throw new DossierError('CONFLICT', `an account named "${username}" already exists`, { field: 'username' });
  const row: UsersTable = {
    id: newId('usr'),
    username,
    display_name: input.displayName?.trim() || username,
    password_hash: await hashPassword(input.password),
    must_change_password: input.mustChangePassword === false ? 0 : 1,
    is_admin: input.isAdmin ? 1 : 0,
    totp_secret: null,
    failed_logins: 0,
    locked_until: null,
    disabled_at: null,
    created_at: new Date().toISOString(),
    created_by: by,
    language: null,
    numerals: null,
  };
  await db.insertInto('users').values(row).execute();
  await recordAudit(db, 'account_created', by, { username, isAdmin: row.is_admin === 1 });
  return toAccount(row);
}

/**
 * The first start of a server: with no account yet, an administrator `admin` is made with a random password
 * that is returned once (to be printed) and must be changed at first sign-in.
 */
export async function ensureFirstAdmin(db: Db): Promise<{ username: string; password: string } | undefined> {
  const any = await db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  if (any) return undefined;
  const password = newOneTimePassword();
  await createAccount(db, 'system:first-start', { username: 'admin', displayName: 'Administrator', password, isAdmin: true, mustChangePassword: true });
  return { username: 'admin', password };
}

export async function findAccount(db: Db, id: string): Promise<UsersTable | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export type SignInResult = { ok: true; user: UsersTable } | { ok: false; reason: 'wrong' | 'locked' | 'totp_required' | 'totp_wrong'; lockedUntil?: string };

/**
 * Checks a password (and a TOTP code when the account has a second factor) and keeps the count of failures:
 * `maxFailures` in a row lock the account for `lockMinutes`, and a locked account is refused even with the
 * right password. The caller records the outcome.
 */
export async function checkSignIn(
  db: Db,
  username: string,
  password: string,
  /**
   * Given the account's stored (sealed) second-factor seed and its id: true, false, or undefined when no code
   * was sent. Asked only once the password is right, so a one-time recovery code it takes is never spent on a
   * wrong password.
   */
  totpCheck: (sealedSecret: string, userId: string) => boolean | undefined | Promise<boolean | undefined>,
  policy: LockoutPolicy = DEFAULT_LOCKOUT,
  now = new Date(),
): Promise<SignInResult> {
  const user = await db.selectFrom('users').selectAll().where('username', '=', username.trim().toLowerCase()).executeTakeFirst();
  if (!user || user.disabled_at !== null) {
    await verify(await (decoy ??= hash('decoy password that matches nothing')), password).catch(() => false);
    return { ok: false, reason: 'wrong' };
  }
  if (user.locked_until !== null && user.locked_until > now.toISOString()) return { ok: false, reason: 'locked', lockedUntil: user.locked_until };
  const passwordOk = await verify(user.password_hash, password).catch(() => false);
  const totp = passwordOk && user.totp_secret !== null ? await totpCheck(user.totp_secret, user.id) : true;
  if (passwordOk && totp === true) {
    await db.updateTable('users').set({ failed_logins: 0, locked_until: null }).where('id', '=', user.id).execute();
    return { ok: true, user };
  }
  // A missing code is not a failure: the client is asked for it.
  if (passwordOk && totp === undefined) return { ok: false, reason: 'totp_required' };
  // Counted in the database, in one statement: parallel guesses must each count.
  const counted = await db.updateTable('users').set((eb) => ({ failed_logins: eb('failed_logins', '+', 1) })).where('id', '=', user.id).returning('failed_logins').executeTakeFirst();
  const failures = Number(counted?.failed_logins ?? policy.maxFailures);
  const lock = failures >= policy.maxFailures ? new Date(now.getTime() + policy.lockMinutes * 60_000).toISOString() : null;
  if (lock) await db.updateTable('users').set({ failed_logins: 0, locked_until: lock }).where('id', '=', user.id).execute();
  if (lock) await recordAudit(db, 'account_locked', `user:${user.username}`, { until: lock, failures });
  return { ok: false, reason: passwordOk ? 'totp_wrong' : 'wrong', ...(lock ? { lockedUntil: lock } : {}) };
}

export async function changePassword(db: Db, userId: string, current: string, next: string): Promise<void> {
  const user = await findAccount(db, userId);
  if (!user) throw new DossierError('NOT_FOUND', 'no such account');
  if (!(await verify(user.password_hash, current).catch(() => false))) throw invalidField('currentPassword', 'is not the current password');
  checkPasswordRules(next, 'newPassword');
  if (next === current) throw invalidField('newPassword', 'must differ from the current password');
  await db.updateTable('users').set({ password_hash: await hashPassword(next), must_change_password: 0 }).where('id', '=', userId).execute();
  // Whoever held the old password may have made tokens with it.
  await revokeAllTokens(db, userId);
  await recordAudit(db, 'password_changed', `user:${user.username}`);
}

/** A new one-time password set by an administrator: the account is unlocked, its sessions end, and it must choose its own. */
export async function resetPassword(db: Db, by: string, username: string, password: string): Promise<void> {
  const user = await db.selectFrom('users').select(['id', 'username']).where('username', '=', username.trim().toLowerCase()).executeTakeFirst();
  if (!user) throw new DossierError('NOT_FOUND', `no account named "${username}"`, { field: 'username' });
  checkPasswordRules(password);
  await db
    .updateTable('users')
    // A reset is the way back in for someone who lost their second factor too: it is cleared, to be set again.
    .set({ password_hash: await hashPassword(password), must_change_password: 1, failed_logins: 0, locked_until: null, totp_secret: null })
    .where('id', '=', user.id)
    .execute();
  await db.deleteFrom('sessions').where('user_id', '=', user.id).execute();
  // The recovery codes went with the second factor they stood in for.
  await db.deleteFrom('recovery_codes').where('user_id', '=', user.id).execute();
  await revokeAllTokens(db, user.id);
  await recordAudit(db, 'password_changed', by, { username: user.username, reset: true });
}

async function revokeAllTokens(db: Db, userId: string): Promise<void> {
  await db.updateTable('api_tokens').set({ revoked_at: new Date().toISOString() }).where('user_id', '=', userId).where('revoked_at', 'is', null).execute();
}

/** Checks an account's password without counting a failure (for confirming a sensitive change). */
/** Sets the account's second factor: its TOTP secret, sealed by the caller (in the caller's transaction). */
export async function setSecondFactor(trx: Db, userId: string, sealedSecret: string): Promise<void> {
  await trx.updateTable('users').set({ totp_secret: sealedSecret }).where('id', '=', userId).execute();
}

export async function passwordMatches(db: Db, userId: string, password: string): Promise<boolean> {
  const user = await findAccount(db, userId);
  return user !== undefined && (await verify(user.password_hash, password).catch(() => false));
}

export async function listAccounts(db: Db): Promise<Account[]> {
  const rows = await db.selectFrom('users').selectAll().orderBy('username').execute();
  return rows.map(toAccount);
}
