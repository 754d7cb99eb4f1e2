import { CASE_ROLES, isCaseRole, ROLE_PERMISSIONS, type CasePermission, type CaseRole } from '../../../src/access/permissions.js';

export { CASE_ROLES, isCaseRole, type CaseRole };

/** A role as people say it: "external counsel", not "external_counsel". */
export function roleLabel(role: string): string {
  return role.replaceAll('_', ' ');
}

const READS: readonly CasePermission[] = ['case:read', 'evidence:read', 'records:read', 'ledger:read'];

/** What each permission lets a member do, in the words of one line; reading is said once for all four reads. */
const DOES: Record<Exclude<CasePermission, (typeof READS)[number] | 'disclosures:read'>, string> = {
  'case:manage': 'manages members and disclosures',
  'evidence:add': 'adds evidence',
  'records:write': 'writes records',
  'assessments:write': 'assesses incidents',
  'annotations:write': 'annotates',
  'restricted:read': 'sees restricted details (witnesses, protected sites)',
  'exchange:export': 'exports',
  'exchange:import': 'imports',
  'analyses:pin': 'pins analyses',
};

/**
 * One line on what a role may do, derived from the permissions the server checks, so the page cannot
 * promise more than the API allows.
 */
export function roleSummary(role: CaseRole): string {
  const granted = new Set(ROLE_PERMISSIONS[role]);
  const reads = READS.every((p) => granted.has(p));
  const parts = (Object.keys(DOES) as (keyof typeof DOES)[]).filter((p) => granted.has(p)).map((p) => DOES[p]);
  if (!reads) {
    const disclosed = granted.has('disclosures:read') ? 'reads only what the owners disclosed' : 'reads nothing of the case';
    return capitalise([disclosed, ...parts, ...(granted.has('records:write') ? [] : ['writes nothing'])].join('; '));
  }
  return capitalise(['reads the case, its evidence, records and ledger', ...parts].join('; '));
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1) + '.';
}

/** Whether the role holds a permission; an unknown or missing role holds none. */
export function mayInRole(role: string | undefined, permission: CasePermission): boolean {
  return isCaseRole(role) && ROLE_PERMISSIONS[role].includes(permission);
}
