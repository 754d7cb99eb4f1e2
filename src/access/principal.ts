import { ROLE_PERMISSIONS, type CasePermission, type CaseRole } from './permissions.js';

/** Who is acting: a signed-in person (by session cookie) or a script with one of their tokens. */
export interface Principal {
  userId: string;
  username: string;
  isAdmin: boolean;
  mustChangePassword: boolean;
  via: 'session' | 'token';
  /** The session's CSRF token, which cookie-authenticated writes must echo. */
  csrfToken?: string;
  /** The session cookie, so sign-in can end it and sign-out can find it. */
  sessionCookie?: string;
  token?: { id: string; role: CaseRole; caseIds: string[] };
  /** The user's role in each of their cases, read once a request. */
  roles: Map<string, CaseRole>;
}

/** The name the ledger and the audit log record. */
export function principalActor(principal: Principal): string {
  return principal.via === 'token' && principal.token ? `user:${principal.username}/token:${principal.token.id}` : `user:${principal.username}`;
}

/** The account a ledger actor names (`user:rana`, `user:rana/token:tok_…`): principalActor read back; undefined for a process or a local user. */
export function accountOfActor(actor: string): string | undefined {
  return /^user:([^/]+)/.exec(actor)?.[1];
}

/** A token acts within its own role and cases, and never beyond its owner's role in the case. */
export function casePermissions(principal: Principal, caseId: string): ReadonlySet<CasePermission> {
  const role = principal.roles.get(caseId);
  if (!role) return new Set();
  const own = ROLE_PERMISSIONS[role];
  if (!principal.token) return new Set(own);
  if (!principal.token.caseIds.includes(caseId)) return new Set();
  const scoped = ROLE_PERMISSIONS[principal.token.role];
  return new Set(own.filter((p) => scoped.includes(p)));
}

export function mayInCase(principal: Principal, caseId: string, permission: CasePermission): boolean {
  return casePermissions(principal, caseId).has(permission);
}

/** The cases in which the principal holds `permission`. */
export function casesWith(principal: Principal, permission: CasePermission): string[] {
  return [...principal.roles.keys()].filter((caseId) => mayInCase(principal, caseId, permission));
}

/**
 * Every role a request acts under in a case: the person's, and their token's when they use one. A rule kept to
 * some roles (only owners reopen) holds only if each of them may.
 */
export function actingRoles(principal: Principal, caseId: string): CaseRole[] {
  const role = principal.roles.get(caseId);
  if (!role) return [];
  return principal.token ? [role, principal.token.role] : [role];
}
