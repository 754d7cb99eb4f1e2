import { CASE_ROLES, isCaseRole, ROLE_PERMISSIONS, type CasePermission, type CaseRole } from '../../../src/access/permissions.js';
import { activeLocale, translate } from '../i18n/active-locale.js';
import type { Message } from '../i18n/define-messages.js';
import { caseAdminMessages, roleClauseMessages as does, roleMessages } from './case-admin.messages.js';

export { CASE_ROLES, isCaseRole, type CaseRole };

/** A role as people say it, in the reader's language: "external counsel", not "external_counsel". */
export function roleLabel(role: string): string {
  return isCaseRole(role) ? translate(roleMessages[role]) : role.replaceAll('_', ' ');
}

const READS: readonly CasePermission[] = ['case:read', 'evidence:read', 'records:read', 'ledger:read'];

/** What each permission lets a member do, in the words of one line; reading is said once for all four reads. */
const DOES: Record<Exclude<CasePermission, (typeof READS)[number] | 'disclosures:read'>, Message> = {
  'case:manage': does.manages,
  'evidence:add': does.addsEvidence,
  'records:write': does.writesRecords,
  'assessments:write': does.assesses,
  'annotations:write': does.annotates,
  'restricted:read': does.seesRestricted,
  'exchange:export': does.exports,
  'exchange:import': does.imports,
  'analyses:pin': does.pinsAnalyses,
  'workflow:write': does.movesWork,
};

/**
 * One line on what a role may do, derived from the permissions the server checks, so the page cannot
 * promise more than the API allows: clauses, each a whole phrase in the reader's language, one sentence.
 */
export function roleSummary(role: CaseRole): string {
  const granted = new Set(ROLE_PERMISSIONS[role]);
  const reads = READS.every((p) => granted.has(p));
  const parts = (Object.keys(DOES) as (keyof typeof DOES)[]).filter((p) => granted.has(p)).map((p) => DOES[p]);
  if (!reads) {
    const disclosed = granted.has('disclosures:read') ? does.readsDisclosed : does.readsNothing;
    return sentence([disclosed, ...parts, ...(granted.has('records:write') ? [] : [does.writesNothing])]);
  }
  return sentence([does.readsAll, ...parts]);
}

function sentence(clauses: Message[]): string {
  const text = clauses.map((clause) => translate(clause)).join(translate(caseAdminMessages.clauseSeparator));
  return text.charAt(0).toLocaleUpperCase(activeLocale()) + text.slice(1) + '.';
}

/** Whether the role holds a permission; an unknown or missing role holds none. */
export function mayInRole(role: string | undefined, permission: CasePermission): boolean {
  return isCaseRole(role) && ROLE_PERMISSIONS[role].includes(permission);
}
