import { DossierError, invalidField } from '../common/errors.js';
import { newId } from '../common/ids.js';
import type { Database } from '../db/database.js';
import type { Db, InvitationsTable } from '../db/schema.js';
import { checkPasswordRules, createAccount, findAccount, toAccount, type Account } from './accounts.js';
import { recordAudit } from './audit-log.js';
import { roleInCase, setMember, type Member } from './members.js';
import { CASE_ROLES, isCaseRole, type CaseRole } from './permissions.js';
import { digest, newSecret } from './secrets.js';

/**
 * Invitation links: an owner asks for a link that makes whoever opens it a member of the case in one role,
 * once, before it expires. Owners no longer need to know (or type) account names, and an account is made by
 * the person who will use it, with a password nobody else saw. The link's token is shown once and kept as
 * its digest, as session ids are.
 */
export const DEFAULT_INVITATION_DAYS = 7;
export const MAX_INVITATION_DAYS = 30;
const MAX_HINT = 254;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface Invitation {
  id: string;
  caseId: string;
  role: CaseRole;
  /** The username or e-mail address it is kept to, if any. */
  hint?: string;
  createdAt: string;
  createdBy: string;
  expiresAt: string;
}

/** What the person holding a link is shown before accepting: the case, the role, who invited them. */
export interface InvitationPreview {
  caseId: string;
  caseTitle: string;
  role: CaseRole;
  invitedBy: string;
  expiresAt: string;
  /** A username hint is shown (the account to use); an e-mail hint only said to exist: the invitee types it. */
  restrictedTo?: { username: string } | { email: true };
}

export interface NewInvitation {
  role: unknown;
  expiresInDays?: unknown;
  hint?: unknown;
}

function toInvitation(row: InvitationsTable): Invitation {
  return {
    id: row.id,
    caseId: row.case_id,
    role: row.role as CaseRole,
    ...(row.hint ? { hint: row.hint } : {}),
    createdAt: row.created_at,
    createdBy: row.created_by,
    expiresAt: row.expires_at,
  };
}

function checkHint(hint: unknown): string | null {
  if (hint === undefined || hint === null || hint === '') return null;
  if (typeof hint !== 'string') throw invalidField('hint', 'must be a username or an e-mail address', hint);
  const trimmed = hint.trim().toLowerCase();
  if (trimmed.length > MAX_HINT) throw invalidField('hint', `must be at most ${MAX_HINT} characters`);
  if (trimmed.includes('@') && !EMAIL.test(trimmed)) throw invalidField('hint', 'is not an e-mail address', hint);
  return trimmed || null;
}

/** A new invitation; the token in the result is its only copy. */
export async function createInvitation(db: Db, by: string, caseId: string, input: NewInvitation, now = new Date()): Promise<{ invitation: Invitation; token: string }> {
  if (!isCaseRole(input.role)) throw invalidField('role', `must be one of ${CASE_ROLES.join(', ')}`, input.role);
  const days = input.expiresInDays ?? DEFAULT_INVITATION_DAYS;
  if (typeof days !== 'number' || !Number.isInteger(days) || days < 1 || days > MAX_INVITATION_DAYS) {
    throw invalidField('expiresInDays', `must be a whole number of days from 1 to ${MAX_INVITATION_DAYS}`, days);
  }
  const token = newSecret();
  const row: InvitationsTable = {
    id: newId('inv'),
    token_hash: digest(token),
    case_id: caseId,
    role: input.role,
    hint: checkHint(input.hint),
    created_at: now.toISOString(),
    created_by: by,
    expires_at: new Date(now.getTime() + days * 86_400_000).toISOString(),
    used_at: null,
    used_by: null,
    revoked_at: null,
    revoked_by: null,
  };
  await db.insertInto('invitations').values(row).execute();
  await recordAudit(db, 'invitation_created', by, { case: caseId, invitation: row.id, role: row.role, expiresAt: row.expires_at, ...(row.hint ? { hint: row.hint } : {}) });
  return { invitation: toInvitation(row), token };
}

/** Invitations of the case not yet used, revoked or expired, newest first. */
export async function listPendingInvitations(db: Db, caseId: string, now = new Date()): Promise<Invitation[]> {
  const rows = await db
    .selectFrom('invitations')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('used_at', 'is', null)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now.toISOString())
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
  return rows.map(toInvitation);
}

export async function revokeInvitation(db: Db, by: string, caseId: string, id: string, now = new Date()): Promise<void> {
  const row = await db.selectFrom('invitations').selectAll().where('id', '=', id).where('case_id', '=', caseId).executeTakeFirst();
  if (!row) throw new DossierError('NOT_FOUND', 'no such invitation in this case', { field: 'id' });
  if (row.used_at !== null) throw new DossierError('CONFLICT', `this invitation was already used by ${row.used_by ?? 'someone'}`, { field: 'id' });
  if (row.revoked_at !== null) throw new DossierError('CONFLICT', 'this invitation was already revoked', { field: 'id' });
  await db.updateTable('invitations').set({ revoked_at: now.toISOString(), revoked_by: by }).where('id', '=', id).execute();
  await recordAudit(db, 'invitation_revoked', by, { case: caseId, invitation: id });
}

/** The invitation a token names, if it can still be used; otherwise the reason, as a named error on `token`. */
async function usableInvitation(db: Db, token: string, now: Date): Promise<InvitationsTable> {
  const row = await db.selectFrom('invitations').selectAll().where('token_hash', '=', digest(token)).executeTakeFirst();
  if (!row) throw new DossierError('NOT_FOUND', 'no such invitation: check that the whole link was copied', { field: 'token' });
  if (row.used_at !== null) throw new DossierError('CONFLICT', 'this invitation has already been used: ask the case owner for a new one', { field: 'token', reason: 'used' });
  if (row.revoked_at !== null) throw new DossierError('GONE', 'this invitation was revoked by the case owner', { field: 'token', reason: 'revoked' });
  if (row.expires_at <= now.toISOString()) throw new DossierError('GONE', `this invitation expired at ${row.expires_at}: ask the case owner for a new one`, { field: 'token', reason: 'expired', expiredAt: row.expires_at });
  return row;
}

export async function previewInvitation(db: Db, token: string, now = new Date()): Promise<InvitationPreview> {
  const row = await usableInvitation(db, token, now);
  const found = await db.selectFrom('cases').select('title').where('id', '=', row.case_id).executeTakeFirst();
  return {
    caseId: row.case_id,
    caseTitle: found?.title ?? row.case_id,
    role: row.role as CaseRole,
    invitedBy: row.created_by.replace(/^user:/, '').replace(/\/token:.*$/, ''),
    expiresAt: row.expires_at,
    ...(row.hint ? { restrictedTo: row.hint.includes('@') ? { email: true as const } : { username: row.hint } } : {}),
  };
}

export interface NewAccountInput {
  username: string;
  displayName?: string;
  password: string;
}

export interface Accepted {
  account: Account;
  member: Member;
}

/**
 * Who accepts: a person without an account, who makes one, or a signed-in account that joins; with the
 * address an e-mail-restricted invitation was sent to (accounts keep no address to compare with).
 */
export type Acceptor = ({ newAccount: NewAccountInput } | { userId: string }) & { email?: string };

/**
 * Accepts an invitation in one write transaction: the invitation is marked used (only if still usable, in
 * the statement itself, so two people racing with one link cannot both get in), then the account is made if
 * need be and the membership granted as an owner's grant is. Any refusal leaves nothing written.
 */
export async function acceptInvitation(database: Database, token: string, who: Acceptor, now = new Date()): Promise<Accepted> {
  if (typeof token !== 'string' || token === '') throw invalidField('token', 'is required');
  // A password the rules refuse is refused before the write lock is taken.
  if ('newAccount' in who) checkPasswordRules(who.newAccount.password);
  const accepted = await database.writeTransaction(async (trx) => {
    const invitation = await usableInvitation(trx, token, now);
    const username = 'newAccount' in who ? who.newAccount.username.trim().toLowerCase() : await usernameOf(trx, who.userId);
    checkRestriction(invitation, username, who.email, 'newAccount' in who);
    const claimed = await trx
      .updateTable('invitations')
      .set({ used_at: now.toISOString(), used_by: username })
      .where('id', '=', invitation.id)
      .where('used_at', 'is', null)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1) throw new DossierError('CONFLICT', 'this invitation has already been used: ask the case owner for a new one', { field: 'token', reason: 'used' });
    const by = `${invitation.created_by}/invitation:${invitation.id}`;
    let account: Account;
    if ('newAccount' in who) {
      account = await createAccount(trx, by, { username, displayName: who.newAccount.displayName, password: who.newAccount.password, mustChangePassword: false });
    } else {
      const user = await findAccount(trx, who.userId);
      const before = await roleInCase(trx, who.userId, invitation.case_id);
      if (before) throw new DossierError('CONFLICT', `you are already a member of this case, as ${before}: the invitation is left for someone else`, { field: 'token', reason: 'member', role: before });
      account = toAccount(user!);
    }
    const member = await setMember(trx, by, invitation.case_id, username, invitation.role);
    await recordAudit(trx, 'invitation_accepted', `user:${username}`, { case: invitation.case_id, invitation: invitation.id, role: invitation.role, newAccount: 'newAccount' in who });
    return { account, member };
  });
  return accepted;
}

async function usernameOf(db: Db, userId: string): Promise<string> {
  const user = await findAccount(db, userId);
  if (!user) throw new DossierError('UNAUTHENTICATED', 'the account no longer exists');
  return user.username;
}

/** An invitation kept to a username or an address takes no one else: the refusal names the field to correct. */
function checkRestriction(invitation: InvitationsTable, username: string, email: string | undefined, newAccount: boolean): void {
  // A refusal on the username asks a new account to choose the hinted one, and a signed-in one to switch account.
  const hint = invitation.hint;
  if (!hint) return;
  if (hint.includes('@')) {
    if ((email ?? '').trim().toLowerCase() !== hint) {
      throw new DossierError('FORBIDDEN', 'this invitation was sent to another e-mail address: type the address it was sent to', { field: 'email' });
    }
    return;
  }
  if (username !== hint) throw new DossierError('FORBIDDEN', `this invitation is for the account "${hint}"`, { field: newAccount ? 'username' : 'token' });
}
