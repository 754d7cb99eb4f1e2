import type { FastifyInstance } from 'fastify';
import { setMember } from '../../src/access/members.js';
import { CASE_ROLES, type CaseRole } from '../../src/access/permissions.js';
import type { Dossier } from '../../src/app/open.js';
import { createCase } from '../../src/cases/cases.js';
import { signIn, testAccount } from './accounts.js';

/** One member per role, each named after it (external_counsel's account is external-counsel). */
export const EVERY_ROLE = Object.fromEntries(CASE_ROLES.map((role) => [role, role])) as { [R in CaseRole]: R };

/**
 * The cast the API suites test access with: a case whose members are `people` (key → role; the account is the
 * key, underscores written as hyphens), each signed in, and an outsider who owns another case only.
 */
export async function seatCaseTeam<K extends string>(
  dossier: Dossier,
  app: FastifyInstance,
  cases: { caseId: string; title: string; otherCaseId: string },
  people: Record<K, CaseRole>,
): Promise<Map<K | 'outsider', Record<string, string>>> {
  await createCase(dossier, 'test:setup', { id: cases.caseId, title: cases.title });
  await createCase(dossier, 'test:setup', { id: cases.otherCaseId, title: 'Another case' });
  const auth = new Map<K | 'outsider', Record<string, string>>();
  for (const [who, role] of Object.entries(people) as [K, CaseRole][]) {
    const account = who.replace('_', '-');
    await setMember(dossier.database.db, 'test:setup', cases.caseId, await testAccount(dossier, account), role);
    auth.set(who, await signIn(app, account));
  }
  await setMember(dossier.database.db, 'test:setup', cases.otherCaseId, await testAccount(dossier, 'outsider'), 'owner');
  auth.set('outsider', await signIn(app, 'outsider'));
  return auth;
}
