import '@fastify/cookie';
import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify';
import { DossierError, InvariantError, invalidField } from '../common/errors.js';
import type { Db, UsersTable } from '../db/schema.js';
import { rolesOf } from '../access/members.js';
import { findAccount } from '../access/accounts.js';
import { noteTokenUse, resolveApiToken } from '../access/api-tokens.js';
import { isCasePermission, type CasePermission, type CaseRole, type Permission } from '../access/permissions.js';
import { actingRoles, casePermissions, casesWith, principalActor, type Principal } from '../access/principal.js';
import { resumeSession, type SessionPolicy } from '../access/sessions.js';
import { sameSecret } from '../access/secrets.js';
import { ledgerEntryCase } from '../ledger/entry-case.js';
import { casesHoldingEvidence } from '../evidence/evidence.js';

/** Where a route finds the case its permission is checked in. */
export type CaseLocator =
  | { param: string }
  | { query: string }
  /** An evidence item (by id or SHA-256) in the named parameter: any case that holds it. */
  | { evidenceParam: string }
  /** A ledger entry by index in a parameter or query field: the case it logs, if any. */
  | { ledgerEntry: { param: string } | { query: string } }
  /** Lists across cases: allowed always, narrowed to the cases with the permission (request.allowedCases). */
  | 'each';

export interface RouteAccess {
  permission: Permission;
  case?: CaseLocator;
  /** Reachable while the account must still change its password (sign-out, the change itself). */
  beforePasswordChange?: boolean;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
  interface FastifyRequest {
    principal?: Principal;
    /** For `case: 'each'` routes: the cases the principal holds the route's permission in. */
    allowedCases?: string[];
  }
}

export const SESSION_COOKIE = 'dossier_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The one place where access is decided. Every route under /api/v1 declares `config.access` (a route that
 * does not is refused at start-up). Before the body is read, a request is authenticated and a cookie-borne
 * write must carry its CSRF token; then, before the body is read, the declared permission is checked in the
 * case the route addresses. A case the principal does not belong to answers 404, exactly as a case that
 * does not exist.
 */
export function installAccessControl(app: FastifyInstance, db: Db, policy: { sessions: SessionPolicy }): void {
  app.addHook('onRoute', (route: RouteOptions) => {
    if (!route.url.startsWith('/api/v1')) return;
    // The API browser's own assets and pages are public: they show the API description, nothing else.
    if (route.url.startsWith('/api/v1/docs')) route.config = { ...(route.config as object), access: { permission: 'public' } };
    const access = (route.config as { access?: RouteAccess } | undefined)?.access;
    if (!access) throw new InvariantError(`route ${String(route.method)} ${route.url} declares no access permission`);
    if (isCasePermission(access.permission) && !access.case) throw new InvariantError(`route ${String(route.method)} ${route.url} needs a case for ${access.permission}`);
  });
  // Who is asking, decided before the body is read: an anonymous upload is refused without reading it.
  app.addHook('onRequest', async (request: FastifyRequest) => {
    const access = request.routeOptions.config.access;
    if (!access) return; // outside /api/v1: the not-found handler
    const principal = await authenticate(db, request, policy.sessions);
    if (principal) request.principal = principal;
    if (access.permission === 'public') return;
    if (!principal) throw new DossierError('UNAUTHENTICATED', 'sign in, or send an API token as "Authorization: Bearer …"');
    if (principal.via === 'session' && !SAFE_METHODS.has(request.method)) {
      const sent = request.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !principal.csrfToken || !sameSecret(sent, principal.csrfToken)) {
        throw new DossierError('CSRF_FAILED', 'a change made with a session cookie must send the session\'s CSRF token in the X-CSRF-Token header');
      }
    }
    if (principal.mustChangePassword && !access.beforePasswordChange) {
      throw new DossierError('PASSWORD_CHANGE_REQUIRED', 'change the one-time password first (POST /api/v1/auth/password)');
    }
    if (access.permission === 'accounts:manage' && (!principal.isAdmin || principal.via === 'token')) {
      throw new DossierError('FORBIDDEN', 'only an instance administrator, signed in, manages accounts');
    }
  });
  // The case is checked before the body is even read (a CSV import is parsed into memory), so that another
  // case's route answers 404 whatever is sent, and costs nothing to someone who may not use it.
  app.addHook('preParsing', async (request: FastifyRequest) => {
    const access = request.routeOptions.config.access;
    if (!access || !request.principal || !isCasePermission(access.permission)) return;
    await checkCasePermission(db, request, request.principal, access.permission, access.case!);
  });
}

async function checkCasePermission(db: Db, request: FastifyRequest, principal: Principal, permission: CasePermission, locator: CaseLocator): Promise<void> {
  if (locator === 'each') {
    request.allowedCases = casesWith(principal, permission);
    return;
  }
  const cases = await locateCases(db, request, locator);
  if (cases === 'instance') return; // an entry no case owns (the ledger's first)
  if (cases.some((caseId) => casePermissions(principal, caseId).has(permission))) return;
  // A member without the permission may know the case exists; anyone else learns nothing from the answer.
  if (cases.some((caseId) => casePermissions(principal, caseId).has('case:read'))) {
    throw new DossierError('FORBIDDEN', `your role in this case does not allow ${permission}`, { permission });
  }
  throw notFound(locator);
}

function notFound(locator: CaseLocator): DossierError {
  if (typeof locator === 'object' && 'evidenceParam' in locator) return new DossierError('EVIDENCE_NOT_FOUND', 'no such evidence item');
  if (typeof locator === 'object' && 'ledgerEntry' in locator) return new DossierError('ENTRY_NOT_FOUND', 'no such ledger entry');
  return new DossierError('CASE_NOT_FOUND', 'no such case');
}

async function locateCases(db: Db, request: FastifyRequest, locator: Exclude<CaseLocator, 'each'>): Promise<string[] | 'instance'> {
  const params = request.params as Record<string, string | undefined>;
  const query = request.query as Record<string, string | undefined>;
  if ('param' in locator) return [String(params[locator.param] ?? '')];
  if ('query' in locator) {
    const value = query[locator.query];
    if (value === undefined || value === '') throw invalidField(locator.query, 'is required: name the case');
    return [String(value)];
  }
  if ('evidenceParam' in locator) {
    const ref = String(params[locator.evidenceParam] ?? '');
    return casesHoldingEvidence(db, ref);
  }
  const where = locator.ledgerEntry;
  const [name, raw, place] = 'param' in where ? [where.param, params[where.param], 'params'] : [where.query, query[where.query], 'querystring'];
  if (raw === undefined || !/^\d{1,15}$/.test(String(raw))) {
    throw new DossierError('VALIDATION_FAILED', `${name}: must be a ledger entry index (a whole number from 0)`, { field: name, in: place, value: raw });
  }
  const seq = Number(raw);
  const row = await ledgerEntryCase(db, seq);
  if (!row) return [];
  // The ledger's first entry (its origin and key) is for everyone; other entries of no case (a vault check,
  // a copy made at the console) are not served through the API at all.
  if (row.caseId === null) return row.action === 'init' ? 'instance' : [];
  return [row.caseId];
}

/** A bearer token, else the session cookie; neither is an anonymous request. */
async function authenticate(db: Db, request: FastifyRequest, sessions: SessionPolicy): Promise<Principal | undefined> {
  const header = request.headers.authorization;
  if (header !== undefined) {
    const bearer = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
    const token = bearer ? await resolveApiToken(db, bearer) : undefined;
    // A bad token is an error, not a fall-back to the cookie: a script must learn its token stopped working.
    if (!token) throw new DossierError('UNAUTHENTICATED', 'the API token is unknown, revoked or expired');
    const user = await findAccount(db, token.user_id);
    if (!user || user.disabled_at !== null) throw new DossierError('UNAUTHENTICATED', 'the API token\'s account is disabled');
    await noteTokenUse(db, token, user.username, request.ip);
    return principalOf(db, user, { via: 'token', token: { id: token.id, role: token.role as NonNullable<Principal['token']>['role'], caseIds: JSON.parse(token.case_ids) as string[] } });
  }
  const cookie = request.cookies[SESSION_COOKIE];
  if (!cookie) return undefined;
  const session = await resumeSession(db, cookie, sessions);
  if (!session) return undefined;
  const user = await findAccount(db, session.user_id);
  if (!user || user.disabled_at !== null) return undefined;
  return principalOf(db, user, { via: 'session', csrfToken: session.csrf_token, sessionCookie: cookie });
}

async function principalOf(db: Db, user: UsersTable, how: Pick<Principal, 'via' | 'csrfToken' | 'sessionCookie' | 'token'>): Promise<Principal> {
  return {
    userId: user.id,
    username: user.username,
    isAdmin: user.is_admin === 1,
    mustChangePassword: user.must_change_password === 1,
    ...how,
    roles: await rolesOf(db, user.id),
  };
}

/** The actor a request's changes are recorded under. */
/** The roles the request acts under in the case (see actingRoles). */
export function requestRoles(request: FastifyRequest, caseId: string): CaseRole[] {
  if (!request.principal) throw new DossierError('UNAUTHENTICATED', 'this action needs a signed-in account');
  return actingRoles(request.principal, caseId);
}

export function requestActor(request: FastifyRequest): string {
  if (!request.principal) throw new DossierError('UNAUTHENTICATED', 'this action needs a signed-in account');
  return principalActor(request.principal);
}
