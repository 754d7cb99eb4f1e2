import { describe, expect, it } from 'vitest';
import { CASE_PERMISSIONS, CASE_ROLES, isCasePermission, isCaseRole, roleAllows } from './permissions.js';
import { accountOfActor, actingRoles, casePermissions, casesWith, mayInCase, principalActor, type Principal } from './principal.js';

const RANA: Principal = { userId: 'usr_1', username: 'rana', isAdmin: false, mustChangePassword: false, via: 'session', roles: new Map([['syria-2016', 'investigator'], ['yemen-2018', 'external_counsel']]) };

describe('roles and permissions', () => {
  it('gives owners every case permission and external counsel only the case and what was disclosed to them', () => {
    expect(CASE_PERMISSIONS.filter((p) => roleAllows('owner', p))).toEqual([...CASE_PERMISSIONS]);
    expect(CASE_PERMISSIONS.filter((p) => roleAllows('external_counsel', p))).toEqual(['case:read', 'disclosures:read']);
  });

  it('keeps restricted fields to owners and investigators, and managing members to owners', () => {
    expect(CASE_ROLES.filter((role) => roleAllows(role, 'restricted:read'))).toEqual(['owner', 'investigator']);
    expect(CASE_ROLES.filter((role) => roleAllows(role, 'case:manage'))).toEqual(['owner']);
    expect(CASE_ROLES.filter((role) => roleAllows(role, 'assessments:write'))).toEqual(['owner', 'reviewer']);
    expect(CASE_ROLES.filter((role) => roleAllows(role, 'evidence:add'))).toEqual(['owner', 'investigator']);
    expect(CASE_ROLES.filter((role) => roleAllows(role, 'exchange:import'))).toEqual(['owner', 'investigator']);
  });

  it('lets every role but external counsel read the case’s records and move work along', () => {
    for (const permission of ['records:read', 'evidence:read', 'ledger:read', 'workflow:write'] as const) {
      expect(CASE_ROLES.filter((role) => !roleAllows(role, permission))).toEqual(['external_counsel']);
    }
  });

  it('tells roles and case permissions from other words', () => {
    expect(isCaseRole('reviewer')).toBe(true);
    expect(isCaseRole('Reviewer')).toBe(false);
    expect(isCaseRole(undefined)).toBe(false);
    expect(isCasePermission('records:write')).toBe(true);
    expect(isCasePermission('accounts:manage')).toBe(false);
    expect(isCasePermission('signed-in')).toBe(false);
  });
});

describe('what a principal may do in a case', () => {
  it('grants a signed-in person their role’s permissions in their own cases only', () => {
    expect(mayInCase(RANA, 'syria-2016', 'restricted:read')).toBe(true);
    expect(mayInCase(RANA, 'yemen-2018', 'records:read')).toBe(false);
    expect(casePermissions(RANA, 'iraq-2014').size).toBe(0);
    expect(casesWith(RANA, 'disclosures:read')).toEqual(['syria-2016', 'yemen-2018']);
    expect(casesWith(RANA, 'records:write')).toEqual(['syria-2016']);
  });

  it('keeps a token within both its own role and its owner’s, and to the cases it names', () => {
    const viaToken: Principal = { ...RANA, via: 'token', token: { id: 'tok_7', role: 'owner', caseIds: ['syria-2016'] } };
    // An owner token of an investigator acts as an investigator: never beyond the owner's role.
    expect([...casePermissions(viaToken, 'syria-2016')].sort()).toEqual([...casePermissions(RANA, 'syria-2016')].sort());
    expect(mayInCase(viaToken, 'syria-2016', 'case:manage')).toBe(false);
    expect(casePermissions(viaToken, 'yemen-2018').size).toBe(0);
    const analystToken: Principal = { ...RANA, via: 'token', token: { id: 'tok_8', role: 'analyst', caseIds: ['syria-2016'] } };
    expect(mayInCase(analystToken, 'syria-2016', 'restricted:read')).toBe(false);
    expect(mayInCase(analystToken, 'syria-2016', 'exchange:export')).toBe(true);
    expect(actingRoles(analystToken, 'syria-2016')).toEqual(['investigator', 'analyst']);
    expect(actingRoles(RANA, 'syria-2016')).toEqual(['investigator']);
    expect(actingRoles(RANA, 'iraq-2014')).toEqual([]);
  });

  it('names the actor in the ledger by account and token, and reads the account back', () => {
    expect(principalActor(RANA)).toBe('user:rana');
    const viaToken: Principal = { ...RANA, via: 'token', token: { id: 'tok_7', role: 'analyst', caseIds: [] } };
    expect(principalActor(viaToken)).toBe('user:rana/token:tok_7');
    expect(accountOfActor(principalActor(viaToken))).toBe('rana');
    expect(accountOfActor('process:sweeper')).toBeUndefined();
    expect(accountOfActor('local:analyst')).toBeUndefined();
  });
});
