import '@fastify/rate-limit';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { Dossier } from '../../app/open.js';
import { findAccount, passwordMatches } from '../../access/accounts.js';
import { recordAudit } from '../../access/audit-log.js';
import { principalActor, type Principal } from '../../access/principal.js';
import { generateRecoveryCodes, recoveryCodeStatus, requireSecondFactor } from '../../access/recovery-codes.js';
import { endOtherSessions, endSessionByHandle, listSessions, sessionHandle, type SessionPolicy } from '../../access/sessions.js';
import { digest } from '../../access/secrets.js';
import { DossierError, invalidField } from '../../common/errors.js';
import { sessionCookies } from '../session-cookie.js';

export interface AccountSecurityOptions {
  sessions: SessionPolicy;
  secureCookies: boolean;
  signInsPerMinute: number;
}

const handleParams = { type: 'object', required: ['handle'], properties: { handle: { type: 'string', pattern: '^[0-9a-f]{16}$' } } } as const;
const passwordBody = { type: 'object', required: ['currentPassword'], additionalProperties: false, properties: { currentPassword: { type: 'string', minLength: 1, maxLength: 1024 } } } as const;

/**
 * One's own sessions (each browser signed in, each to be signed out) and the recovery codes of one's second
 * factor. Only a signed-in person acts here, never a token: a stolen token must not sign its owner out of
 * every browser or mint codes that pass the second factor.
 */
export function accountSecurityRoutes(dossier: Dossier, options: AccountSecurityOptions): FastifyPluginAsync {
  const db = dossier.database.db;
  const cookies = sessionCookies(options.secureCookies);
  const bySession = (request: FastifyRequest, what: string): Principal & { sessionCookie: string } => {
    const principal = request.principal;
    if (!principal) throw new DossierError('UNAUTHENTICATED', 'sign in first');
    if (principal.via !== 'session' || !principal.sessionCookie) throw new DossierError('FORBIDDEN', `${what} by their owner, signed in, not with a token`);
    return principal as Principal & { sessionCookie: string };
  };
  const access = { access: { permission: 'signed-in' } } as const;

  return async (api) => {
    api.get('/auth/sessions', { config: access }, async (request) => {
      const principal = bySession(request, 'sessions are listed');
      return { items: await listSessions(db, principal.userId, principal.sessionCookie, options.sessions) };
    });
    api.delete<{ Params: { handle: string } }>('/auth/sessions/:handle', { schema: { params: handleParams }, config: access }, async (request, reply) => {
      const principal = bySession(request, 'sessions are ended');
      await endSessionByHandle(db, principal.userId, request.params.handle);
      const itself = sessionHandle(digest(principal.sessionCookie)) === request.params.handle;
      await recordAudit(db, 'session_ended', principalActor(principal), { session: request.params.handle, ...(itself ? { itself: true } : {}) }, request.ip);
      if (itself) cookies.clear(reply);
      return reply.code(204).send();
    });
    api.post('/auth/sessions/end-others', { config: access }, async (request) => {
      const principal = bySession(request, 'sessions are ended');
      const ended = await endOtherSessions(db, principal.userId, principal.sessionCookie);
      await recordAudit(db, 'session_ended', principalActor(principal), { others: ended }, request.ip);
      return { ended };
    });

    api.get('/auth/recovery-codes', { config: access }, async (request) => recoveryCodeStatus(db, bySession(request, 'recovery codes are read').userId));
    api.post<{ Body: { currentPassword: string } }>(
      '/auth/recovery-codes',
      // Limited like sign-in: the current password could otherwise be guessed here with a stolen session.
      { schema: { body: passwordBody }, config: { ...access, rateLimit: { max: options.signInsPerMinute, timeWindow: '1 minute' } } },
      async (request) => {
        const principal = bySession(request, 'recovery codes are made');
        if (!(await passwordMatches(db, principal.userId, request.body.currentPassword))) throw invalidField('currentPassword', 'is not the current password');
        const recoveryCodes = await dossier.database.writeTransaction(async (trx) => {
          requireSecondFactor((await findAccount(trx, principal.userId))?.totp_secret ?? null);
          return generateRecoveryCodes(trx, principal.userId, principalActor(principal));
        });
        return { recoveryCodes, note: 'every earlier recovery code no longer works; these are shown this once' };
      },
    );
  };
}
