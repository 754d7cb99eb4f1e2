import '@fastify/rate-limit';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import * as OTPAuth from 'otpauth';
import type { Dossier } from '../../app/open.js';
import { changePassword, checkSignIn, createAccount, listAccounts, passwordMatches, setSecondFactor, type LockoutPolicy } from '../../access/accounts.js';
import { createApiToken, listApiTokens, revokeApiToken } from '../../access/api-tokens.js';
import { listAudit, recordAudit } from '../../access/audit-log.js';
import { listMembers, removeMember, setMember } from '../../access/members.js';
import { generateRecoveryCodes, useRecoveryCode } from '../../access/recovery-codes.js';
import { CASE_ROLES } from '../../access/permissions.js';
import { INTERFACE_LANGUAGES, NUMERALS, setPreferences, type Preferences } from '../../access/preferences.js';
import { principalActor, type Principal } from '../../access/principal.js';
import { endAllSessions, endSession, startSession, type SessionPolicy } from '../../access/sessions.js';
import { DossierError, invalidField } from '../../common/errors.js';
import { requestActor, SESSION_COOKIE } from '../access.js';
import { sessionCookies, sessionView as viewOfSession } from '../session-cookie.js';

export interface AuthOptions {
  sessions: SessionPolicy;
  lockout: LockoutPolicy;
  /** Secure cookies (HTTPS only); browsers also accept them from http://localhost. */
  secureCookies: boolean;
  /** Sign-in attempts a minute from one address. */
  signInsPerMinute: number;
}

const str = (maxLength: number, minLength = 0) => ({ type: 'string', minLength, maxLength }) as const;
const loginBody = {
  type: 'object',
  required: ['username', 'password'],
  additionalProperties: false,
  // A one-time recovery code stands in for the 6-digit code when the phone is lost (src/access/recovery-codes.ts).
  properties: { username: str(100, 1), password: str(1024, 1), totp: { type: 'string', pattern: '^[0-9]{6}$' }, recoveryCode: str(64, 1) },
} as const;
const passwordBody = {
  type: 'object',
  required: ['currentPassword', 'newPassword'],
  additionalProperties: false,
  properties: { currentPassword: str(1024, 1), newPassword: str(1024, 1) },
} as const;
const tokenBody = {
  type: 'object',
  required: ['name', 'role', 'caseIds'],
  additionalProperties: false,
  properties: {
    name: str(200, 1),
    role: { type: 'string', enum: [...CASE_ROLES] },
    caseIds: { type: 'array', minItems: 1, maxItems: 100, items: str(64, 1) },
    expiresInDays: { type: 'integer', minimum: 1, maximum: 3650 },
  },
} as const;
const accountBody = {
  type: 'object',
  required: ['username', 'password'],
  additionalProperties: false,
  properties: { username: str(63, 2), displayName: str(200), password: str(1024, 1), isAdmin: { type: 'boolean' } },
} as const;
const preferencesBody = {
  type: 'object',
  additionalProperties: false,
  properties: {
    language: { anyOf: [{ type: 'string', enum: [...INTERFACE_LANGUAGES] }, { type: 'null' }] },
    numerals: { anyOf: [{ type: 'string', enum: [...NUMERALS] }, { type: 'null' }] },
  },
} as const;
const memberParams = { type: 'object', required: ['caseId', 'username'], properties: { caseId: str(64), username: str(63) } } as const;
const caseParams = { type: 'object', required: ['caseId'], properties: { caseId: str(64) } } as const;

/** Sign-in and sessions, one's own tokens and second factor, accounts (administrators) and case members. */
export function authRoutes(dossier: Dossier, options: AuthOptions): FastifyPluginAsync {
  const db = dossier.database.db;
  const cookies = sessionCookies(options.secureCookies);
  const setCookie = (reply: FastifyReply, value: string, expiresAt: string) => cookies.set(reply, { cookie: value, expiresAt });
  const clearCookie = cookies.clear;
  const sessionView = (principal: Pick<Principal, 'userId'>, csrfToken: string | undefined) => viewOfSession(db, principal.userId, csrfToken);
  const me = (request: FastifyRequest): Principal => {
    if (!request.principal) throw new DossierError('UNAUTHENTICATED', 'sign in first');
    return request.principal;
  };

  return async (api) => {
    api.post<{ Body: { username: string; password: string; totp?: string; recoveryCode?: string } }>(
      '/auth/login',
      { schema: { body: loginBody }, config: { access: { permission: 'public' }, rateLimit: { max: options.signInsPerMinute, timeWindow: '1 minute' } } },
      async (request, reply) => {
        const { username, password, totp, recoveryCode } = request.body;
        const secondFactor = async (sealed: string, userId: string) => {
          if (totp !== undefined) return totpMatches(dossier.keyring.openAccountSecret(userId, sealed), totp);
          if (recoveryCode !== undefined) return useRecoveryCode(db, userId, username.trim().toLowerCase(), recoveryCode);
          return undefined;
        };
        const result = await checkSignIn(db, username, password, secondFactor, options.lockout);
        if (!result.ok) {
          await recordAudit(db, 'sign_in_failed', `user:${username.trim().toLowerCase().slice(0, 63)}`, { reason: result.reason }, request.ip);
          if (result.reason === 'locked') throw new DossierError('ACCOUNT_LOCKED', `too many failed sign-ins: try again after ${result.lockedUntil}`, { lockedUntil: result.lockedUntil });
          if (result.reason === 'totp_required') throw new DossierError('UNAUTHENTICATED', 'this account has a second factor: send the 6-digit code as "totp", or a recovery code as "recoveryCode"', { field: 'totp', totpRequired: true });
          throw new DossierError('UNAUTHENTICATED', 'wrong username, password or code');
        }
        // A new session id at every sign-in, whatever cookie came with the request (session fixation).
        const session = await startSession(db, result.user.id, request.ip, request.cookies[SESSION_COOKIE], options.sessions);
        await recordAudit(db, 'sign_in', `user:${result.user.username}`, {}, request.ip);
        setCookie(reply, session.cookie, session.expiresAt);
        return { ...(await sessionView({ userId: result.user.id }, session.csrfToken)), expiresAt: session.expiresAt };
      },
    );
    api.post('/auth/logout', { config: { access: { permission: 'signed-in', beforePasswordChange: true } } }, async (request, reply) => {
      const principal = me(request);
      if (principal.sessionCookie) await endSession(db, principal.sessionCookie);
      await recordAudit(db, 'sign_out', principalActor(principal), {}, request.ip);
      clearCookie(reply);
      return reply.code(204).send();
    });
    api.get('/auth/session', { config: { access: { permission: 'signed-in', beforePasswordChange: true } } }, async (request) => {
      const principal = me(request);
      return sessionView(principal, principal.csrfToken);
    });
    api.put<{ Body: Preferences }>(
      '/auth/preferences',
      { schema: { body: preferencesBody }, config: { access: { permission: 'signed-in', beforePasswordChange: true } } },
      async (request) => {
        const principal = me(request);
        await setPreferences(db, principal.userId, request.body);
        return sessionView(principal, principal.csrfToken);
      },
    );
    api.post<{ Body: { currentPassword: string; newPassword: string } }>(
      '/auth/password',
      // Limited like sign-in: with a stolen session, the current password could otherwise be guessed here.
      { schema: { body: passwordBody }, config: { access: { permission: 'signed-in', beforePasswordChange: true }, rateLimit: { max: options.signInsPerMinute, timeWindow: '1 minute' } } },
      async (request, reply) => {
        const principal = me(request);
        if (principal.via !== 'session') throw new DossierError('FORBIDDEN', 'a password is changed by its owner, signed in, not with a token');
        await changePassword(db, principal.userId, request.body.currentPassword, request.body.newPassword);
        // Every other browser signs in again; this one gets a fresh session.
        await endAllSessions(db, principal.userId);
        const session = await startSession(db, principal.userId, request.ip, undefined, options.sessions);
        setCookie(reply, session.cookie, session.expiresAt);
        return sessionView(principal, session.csrfToken);
      },
    );
    api.post('/auth/totp', { config: { access: { permission: 'signed-in' } } }, async (request) => {
      const principal = me(request);
      const secret = new OTPAuth.Secret({ size: 20 });
      const totp = new OTPAuth.TOTP({ issuer: 'Dossier', label: principal.username, secret });
      return { secret: secret.base32, uri: totp.toString(), next: 'POST /api/v1/auth/totp/confirm with this secret and a current code' };
    });
    api.post<{ Body: { secret: string; code: string; currentPassword: string } }>(
      '/auth/totp/confirm',
      {
        schema: {
          body: {
            type: 'object',
            required: ['secret', 'code', 'currentPassword'],
            additionalProperties: false,
            properties: { secret: { type: 'string', pattern: '^[A-Z2-7]{32}$' }, code: { type: 'string', pattern: '^[0-9]{6}$' }, currentPassword: str(1024, 1) },
          },
        },
        config: { access: { permission: 'signed-in' } },
      },
      async (request) => {
        const principal = me(request);
        if (principal.via !== 'session') throw new DossierError('FORBIDDEN', 'a second factor is set by its owner, signed in');
        // A stolen session alone must not be enough to replace the second factor.
        if (!(await passwordMatches(db, principal.userId, request.body.currentPassword))) throw invalidField('currentPassword', 'is not the current password');
        if (!totpMatches(request.body.secret, request.body.code)) throw invalidField('code', 'does not match the secret: check the device clock');
        // Sealed under the master key: a copy of the database does not give away the second factor. Its
        // recovery codes are made with it, in the same transaction, and shown this once.
        const recoveryCodes = await dossier.database.writeTransaction(async (trx) => {
          const sealed = await dossier.keyring.sealAccountSecret(trx, principal.userId, request.body.secret);
          await setSecondFactor(trx, principal.userId, sealed);
          return generateRecoveryCodes(trx, principal.userId, principalActor(principal));
        });
        return { recoveryCodes, note: 'each recovery code signs in once in place of the 6-digit code; they are shown this once' };
      },
    );

    api.get('/auth/tokens', { config: { access: { permission: 'signed-in' } } }, async (request) => ({ items: await listApiTokens(db, me(request).userId) }));
    api.post<{ Body: { name: string; role: string; caseIds: string[]; expiresInDays?: number } }>(
      '/auth/tokens',
      { schema: { body: tokenBody }, config: { access: { permission: 'signed-in' } } },
      async (request, reply) => {
        const principal = me(request);
        if (principal.via !== 'session') throw new DossierError('FORBIDDEN', 'tokens are made by their owner, signed in, not by another token');
        const created = await createApiToken(db, { id: principal.userId, username: principal.username }, request.body);
        return reply.code(201).send({ ...created.token, secret: created.secret, note: 'the secret is shown this once' });
      },
    );
    api.delete<{ Params: { id: string } }>(
      '/auth/tokens/:id',
      { schema: { params: { type: 'object', required: ['id'], properties: { id: str(64) } } }, config: { access: { permission: 'signed-in' } } },
      async (request, reply) => {
        const principal = me(request);
        await revokeApiToken(db, { id: principal.userId, username: principal.username }, request.params.id);
        return reply.code(204).send();
      },
    );

    api.get('/admin/accounts', { config: { access: { permission: 'accounts:manage' } } }, async () => ({ items: await listAccounts(db) }));
    api.post<{ Body: { username: string; displayName?: string; password: string; isAdmin?: boolean } }>(
      '/admin/accounts',
      { schema: { body: accountBody }, config: { access: { permission: 'accounts:manage' } } },
      async (request, reply) => reply.code(201).send(await createAccount(db, requestActor(request), { ...request.body, mustChangePassword: true })),
    );
    api.get<{ Querystring: { limit?: number } }>(
      '/admin/audit',
      { schema: { querystring: { type: 'object', additionalProperties: false, properties: { limit: { type: 'integer', minimum: 1, maximum: 1000 } } } }, config: { access: { permission: 'accounts:manage' } } },
      async (request) => ({ items: await listAudit(db, { limit: request.query.limit ?? 100 }) }),
    );

    api.get<{ Params: { caseId: string } }>(
      '/cases/:caseId/members',
      // The team is known to the team: not to external counsel, who sees only what was disclosed.
      { schema: { params: caseParams }, config: { access: { permission: 'records:read', case: { param: 'caseId' } } } },
      async (request) => ({ items: await listMembers(db, request.params.caseId) }),
    );
    api.put<{ Params: { caseId: string; username: string }; Body: { role: string } }>(
      '/cases/:caseId/members/:username',
      {
        schema: { params: memberParams, body: { type: 'object', required: ['role'], additionalProperties: false, properties: { role: { type: 'string', enum: [...CASE_ROLES] } } } },
        config: { access: { permission: 'case:manage', case: { param: 'caseId' } } },
      },
      async (request) => setMember(db, requestActor(request), request.params.caseId, request.params.username, request.body.role),
    );
    api.delete<{ Params: { caseId: string; username: string } }>(
      '/cases/:caseId/members/:username',
      { schema: { params: memberParams }, config: { access: { permission: 'case:manage', case: { param: 'caseId' } } } },
      async (request, reply) => {
        await removeMember(db, requestActor(request), request.params.caseId, request.params.username);
        return reply.code(204).send();
      },
    );
  };
}

function totpMatches(secret: string, code: string): boolean {
  const totp = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) });
  // One step either side: phones drift.
  return totp.validate({ token: code, window: 1 }) !== null;
}
