import { describe, expect, it } from 'vitest';
import { CASE_ROLES, mayInRole, roleLabel, roleSummary } from './roles.js';

describe('role summaries', () => {
  it('gives every role one line', () => {
    for (const role of CASE_ROLES) expect(roleSummary(role)).toMatch(/^[A-Z][^\n]+\.$/);
  });

  it('says the owner manages members and disclosures and the analyst does not', () => {
    expect(roleSummary('owner')).toContain('manages members and disclosures');
    expect(roleSummary('analyst')).not.toContain('manages');
    expect(roleSummary('analyst')).toContain('exports');
    expect(roleSummary('analyst')).not.toContain('imports');
  });

  it('keeps restricted details to the owner and the investigator', () => {
    const sees = CASE_ROLES.filter((role) => roleSummary(role).includes('restricted'));
    expect(sees).toEqual(['owner', 'investigator']);
  });

  it('tells that external counsel reads only what was disclosed and writes nothing', () => {
    expect(roleSummary('external_counsel')).toBe('Reads only what the owners disclosed; writes nothing.');
  });
});

describe('role checks', () => {
  it('allows what the role holds and nothing for an unknown or missing role', () => {
    expect(mayInRole('owner', 'case:manage')).toBe(true);
    expect(mayInRole('reviewer', 'exchange:export')).toBe(false);
    expect(mayInRole('admin', 'case:read')).toBe(false);
    expect(mayInRole(undefined, 'case:read')).toBe(false);
  });

  it('writes a role as words', () => {
    expect(roleLabel('external_counsel')).toBe('external counsel');
  });
});
