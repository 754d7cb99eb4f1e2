import '@fastify/rate-limit';
import type { FastifyPluginAsync } from 'fastify';
import type { Dossier } from '../../app/open.js';
import { recordAudit } from '../../access/audit-log.js';
import { acceptInvitation, createInvitation, listPendingInvitations, MAX_INVITATION_DAYS, previewInvitation, revokeInvitation } from '../../access/invitations.js';
import { CASE_ROLES } from '../../access/permissions.js';
import { startSession, type SessionPolicy } from '../../access/sessions.js';
import { DossierError } from '../../common/errors.js';
import { requestActor, SESSION_COOKIE } from '../access.js';
import { sessionCookies, sessionView } from '../session-cookie.js';

export interface InvitationRouteOptions {
  sessions: SessionPolicy;
  secureCookies: boolean;
  signInsPerMinute: number;
  /** The time invitations are checked against (tests move it on past an expiry). */
  now: () => Date;
}

const str = (maxLength: number, minLength = 0) => ({ type: 'string', minLength, maxLength }) as const;
const caseParams = { type: 'object', required: ['caseId'], properties: { caseId: str(64) } } as const;
const invitationParams = { type: 'object', required: ['caseId', 'id'], properties: { caseId: str(64), id: str(64) } } as const;
const newInvitationBody = {
  type: 'object',
  required: ['role'],
  additionalProperties: false,
  properties: { role: { type: 'string', enum: [...CASE_ROLES] }, expiresInDays: { type: 'integer', minimum: 1, maximum: MAX_INVITATION_DAYS }, hint: str(254) },
} as const;
// The token travels in bodies, never in a path: request logs keep paths.
const token = str(100, 1);
const tokenBody = { type: 'object', required: ['token'], additionalProperties: false, properties: { token } } as const;
const acceptBody = {
  type: 'object',
  required: ['token', 'username', 'password'],
  additionalProperties: false,
  properties: { token, username: str(63, 1), displayName: str(200), password: str(1024, 1), email: str(254) },
} as const;
const joinBody = { type: 'object', required: ['token'], additionalProperties: false, properties: { token, email: str(254) } } as const;

/** Owners invite to their case; whoever holds a link sees what it offers and accepts it, with a new account or their own. */
export function invitationRoutes(dossier: Dossier, options: InvitationRouteOptions): FastifyPluginAsync {
  const db = dossier.database.db;
  const cookies = sessionCookies(options.secureCookies);
  const limited = { rateLimit: { max: options.signInsPerMinute, timeWindow: '1 minute' } };

  return async (api) => {
    api.get<{ Params: { caseId: string } }>(
      '/cases/:caseId/invitations',
      { schema: { params: caseParams }, config: { access: { permission: 'case:manage', case: { param: 'caseId' } } } },
      async (request) => ({ items: await listPendingInvitations(db, request.params.caseId, options.now()) }),
    );
    api.post<{ Params: { caseId: string }; Body: { role: string; expiresInDays?: number; hint?: string } }>(
      '/cases/:caseId/invitations',
      { schema: { params: caseParams, body: newInvitationBody }, config: { access: { permission: 'case:manage', case: { param: 'caseId' } } } },
      async (request, reply) => {
        const created = await createInvitation(db, requestActor(request), request.params.caseId, request.body, options.now());
        return reply.code(201).send({ ...created.invitation, token: created.token, note: 'the token is shown this once: the link is #/invite/<token> in the web app' });
      },
    );
    api.delete<{ Params: { caseId: string; id: string } }>(
      '/cases/:caseId/invitations/:id',
      { schema: { params: invitationParams }, config: { access: { permission: 'case:manage', case: { param: 'caseId' } } } },
      async (request, reply) => {
        await revokeInvitation(db, requestActor(request), request.params.caseId, request.params.id, options.now());
        return reply.code(204).send();
      },
    );

    api.post<{ Body: { token: string } }>('/invitations/preview', { schema: { body: tokenBody }, config: { access: { permission: 'public' }, ...limited } }, async (request) =>
      previewInvitation(db, request.body.token, options.now()),
    );
    api.post<{ Body: { token: string; username: string; displayName?: string; password: string; email?: string } }>(
      '/invitations/accept',
      // Public (the person has no account yet) and limited like sign-in: each try hashes a password.
      { schema: { body: acceptBody }, config: { access: { permission: 'public' }, ...limited } },
      async (request, reply) => {
        const { token: secret, email, ...newAccount } = request.body;
        const accepted = await acceptInvitation(dossier.database, secret, { newAccount, ...(email ? { email } : {}) }, options.now());
        // The new member is signed in, as after a sign-in: a fresh session whatever cookie came along.
        const session = await startSession(db, accepted.account.id, request.ip, request.cookies[SESSION_COOKIE], options.sessions);
        await recordAudit(db, 'sign_in', `user:${accepted.account.username}`, { invitation: true }, request.ip);
        cookies.set(reply, session);
        return reply.code(201).send({ caseId: accepted.member.caseId, role: accepted.member.role, ...(await sessionView(db, accepted.account.id, session.csrfToken)), expiresAt: session.expiresAt });
      },
    );
    api.post<{ Body: { token: string; email?: string } }>('/invitations/join', { schema: { body: joinBody }, config: { access: { permission: 'signed-in' }, ...limited } }, async (request) => {
      const principal = request.principal;
      if (!principal) throw new DossierError('UNAUTHENTICATED', 'sign in first');
      if (principal.via !== 'session') throw new DossierError('FORBIDDEN', 'an invitation is accepted by a person, signed in, not with a token');
      const accepted = await acceptInvitation(dossier.database, request.body.token, { userId: principal.userId, ...(request.body.email ? { email: request.body.email } : {}) }, options.now());
      return { caseId: accepted.member.caseId, role: accepted.member.role, ...(await sessionView(db, principal.userId, principal.csrfToken)) };
    });
  };
}
