/**
 * What a request may do. Case permissions are granted by a role in that case; the instance permissions by
 * being signed in or being an administrator. Every API route declares exactly one.
 */
export const CASE_PERMISSIONS = [
  'case:read',
  'case:manage', // members and their roles
  'evidence:read',
  'evidence:add',
  'records:read',
  'records:write',
  'assessments:write',
  'annotations:write',
  'restricted:read', // witness identities, protection details, exact sites of protected places
  'exchange:export',
  'exchange:import',
  'analyses:pin', // run an analysis and keep its result in the case, logged
  'ledger:read',
  'disclosures:read', // what the owners disclosed to external counsel, and nothing else
  'workflow:write', // move incidents through the team's workflow: status, assignees, due dates (src/workflow)
] as const;
export type CasePermission = (typeof CASE_PERMISSIONS)[number];

export const INSTANCE_PERMISSIONS = [
  'public', // no account needed: health, the ledger's signed head and key, the API description
  'signed-in', // any account: reference data, one's own session and tokens, creating a case
  'accounts:manage', // instance administrators: accounts, not case content
] as const;
export type InstancePermission = (typeof INSTANCE_PERMISSIONS)[number];
export type Permission = CasePermission | InstancePermission;

export const CASE_ROLES = ['owner', 'investigator', 'analyst', 'reviewer', 'external_counsel'] as const;
export type CaseRole = (typeof CASE_ROLES)[number];

const READ: CasePermission[] = ['case:read', 'evidence:read', 'records:read', 'ledger:read'];

/** Least privilege: restricted fields only for the people who gather and hold them. */
export const ROLE_PERMISSIONS: Record<CaseRole, readonly CasePermission[]> = {
  owner: [...CASE_PERMISSIONS],
  investigator: [...READ, 'evidence:add', 'records:write', 'annotations:write', 'restricted:read', 'exchange:export', 'exchange:import', 'analyses:pin', 'disclosures:read', 'workflow:write'],
  analyst: [...READ, 'annotations:write', 'exchange:export', 'analyses:pin', 'disclosures:read', 'workflow:write'],
  reviewer: [...READ, 'assessments:write', 'annotations:write', 'analyses:pin', 'disclosures:read', 'workflow:write'],
  // Defence or victims' counsel: only what the owners disclosed, through the disclosure routes; never
  // restricted fields, nothing written, no general read of the case.
  external_counsel: ['case:read', 'disclosures:read'],
};

export function roleAllows(role: CaseRole, permission: CasePermission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

export function isCaseRole(value: unknown): value is CaseRole {
  return typeof value === 'string' && (CASE_ROLES as readonly string[]).includes(value);
}

export function isCasePermission(permission: Permission): permission is CasePermission {
  return (CASE_PERMISSIONS as readonly string[]).includes(permission);
}
