import { randomInt } from 'node:crypto';
import { DossierError } from '../common/errors.js';
import type { Db } from '../db/schema.js';
import { recordAudit } from './audit-log.js';
import { digest } from './secrets.js';

/**
 * One-time recovery codes for an account's second factor: the way in when the phone is lost, each code once.
 * Ten are made when the second factor is set, shown once, and kept as digests. A code is 16 characters of a
 * 32-letter alphabet (80 bits), so a digest salted with the account's id needs no slow hash: no one can try
 * every code against a stolen copy of the table.
 */
export const RECOVERY_CODE_COUNT = 10;
// Crockford's base 32: no I, L, O or U, so a code read aloud or copied by hand is not mistaken.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const LENGTH = 16;

export interface RecoveryCodeStatus {
  /** Codes made and not yet used; 0 with no second factor. */
  remaining: number;
  total: number;
  createdAt?: string;
}

function newCode(): string {
  const chars = Array.from({ length: LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]!);
  return [0, 4, 8, 12].map((at) => chars.slice(at, at + 4).join('')).join('-');
}

/** The code as typed, read the way it was meant: dashes, spaces and case ignored, the look-alike letters mapped. */
export function normaliseRecoveryCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

function codeDigest(userId: string, code: string): string {
  return digest(`dossier-recovery-code\n${userId}\n${normaliseRecoveryCode(code)}`);
}

/** Replaces every earlier code of the account with ten new ones, returned this once. Run in the caller's transaction. */
export async function generateRecoveryCodes(trx: Db, userId: string, by: string, now = new Date()): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newCode);
  await trx.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
  await trx
    .insertInto('recovery_codes')
    .values(codes.map((code) => ({ user_id: userId, code_hash: codeDigest(userId, code), created_at: now.toISOString(), used_at: null })))
    .execute();
  await recordAudit(trx, 'recovery_codes_generated', by, { count: codes.length });
  return codes;
}

/**
 * Uses up a code if it is one of the account's unused ones: marked used in one statement, so the same code
 * sent twice at once lets in only one of them. The caller counts a false as a failed sign-in.
 */
export async function useRecoveryCode(db: Db, userId: string, username: string, typed: string, now = new Date()): Promise<boolean> {
  if (normaliseRecoveryCode(typed).length !== LENGTH) return false;
  const used = await db
    .updateTable('recovery_codes')
    .set({ used_at: now.toISOString() })
    .where('user_id', '=', userId)
    .where('code_hash', '=', codeDigest(userId, typed))
    .where('used_at', 'is', null)
    .executeTakeFirst();
  if (Number(used.numUpdatedRows) !== 1) return false;
  const { remaining } = await recoveryCodeStatus(db, userId);
  await recordAudit(db, 'recovery_code_used', `user:${username}`, { remaining });
  return true;
}

export async function recoveryCodeStatus(db: Db, userId: string): Promise<RecoveryCodeStatus> {
  const rows = await db.selectFrom('recovery_codes').select(['used_at', 'created_at']).where('user_id', '=', userId).execute();
  return {
    remaining: rows.filter((row) => row.used_at === null).length,
    total: rows.length,
    ...(rows[0] ? { createdAt: rows[0].created_at } : {}),
  };
}

/** Without a second factor there is nothing to recover: refused rather than codes made for nothing. */
export function requireSecondFactor(totpSecret: string | null): void {
  if (totpSecret === null) throw new DossierError('CONFLICT', 'this account has no second factor: set one first, and its recovery codes come with it', { field: 'totp' });
}

export async function dropRecoveryCodes(db: Db, userId: string): Promise<void> {
  await db.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
}
