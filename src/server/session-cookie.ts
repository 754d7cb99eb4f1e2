import type { FastifyReply } from 'fastify';
import { findAccount, toAccount } from '../access/accounts.js';
import { membershipsOf } from '../access/members.js';
import type { NewSession } from '../access/sessions.js';
import { DossierError } from '../common/errors.js';
import type { Db } from '../db/schema.js';
import { SESSION_COOKIE } from './access.js';

/**
 * The session cookie and the answer a browser gets when a session starts or is read: shared by sign-in and by
 * accepting an invitation, which signs the new member in.
 */
export function sessionCookies(secure: boolean) {
  const options = { httpOnly: true, sameSite: 'strict', secure, path: '/' } as const;
  return {
    set: (reply: FastifyReply, session: Pick<NewSession, 'cookie' | 'expiresAt'>) => reply.setCookie(SESSION_COOKIE, session.cookie, { ...options, expires: new Date(session.expiresAt) }),
    clear: (reply: FastifyReply) => reply.clearCookie(SESSION_COOKIE, options),
  };
}

/** The account, the CSRF token when one is handed out, and the account's cases with its role in each. */
export async function sessionView(db: Db, userId: string, csrfToken: string | undefined) {
  const user = await findAccount(db, userId);
  if (!user) throw new DossierError('UNAUTHENTICATED', 'the account no longer exists');
  const members = await membershipsOf(db, user.id);
  return { user: toAccount(user), ...(csrfToken ? { csrfToken } : {}), cases: members.map((m) => ({ id: m.caseId, role: m.role })) };
}
