import { describe, expect, it } from 'vitest';
import { auditDetails, auditEventLabel, auditEventsIn, filterAudit, oneTimePassword, type AuditRecord } from './admin-values.js';

describe('one-time passwords', () => {
  it('gives one character a byte, none of them easily mistaken', () => {
    const password = oneTimePassword(new Uint8Array(24).map((_, i) => i * 11));
    expect(password).toHaveLength(24);
    expect(password).not.toMatch(/[01lo]/);
  });

  it('maps every byte evenly onto the alphabet', () => {
    const all = oneTimePassword(Uint8Array.from({ length: 256 }, (_, i) => i));
    const counts = new Map<string, number>();
    for (const c of all) counts.set(c, (counts.get(c) ?? 0) + 1);
    expect(counts.size).toBe(32);
    expect(new Set(counts.values())).toEqual(new Set([8]));
  });

  it('refuses too little randomness', () => {
    expect(() => oneTimePassword(new Uint8Array(8))).toThrow(/12 random bytes/);
  });
});

const records: AuditRecord[] = [
  { id: 'a1', at: '2025-01-02T10:00:00Z', event: 'token_created', actor: 'user:nadia', address: null, details: { token: 'tok_1', role: 'analyst', cases: ['aleppo-2016', 'douma'] } },
  { id: 'a2', at: '2025-01-02T09:00:00Z', event: 'role_granted', actor: 'user:nadia', address: '127.0.0.1', details: { case: 'aleppo-2016', username: 'rania', role: 'reviewer' } },
  { id: 'a3', at: '2025-01-02T08:00:00Z', event: 'sign_in', actor: 'user:omar', address: '127.0.0.1', details: {} },
];

describe('audit entries', () => {
  it('offers the events present among the entries, once each, in order', () => {
    expect(auditEventsIn([...records, records[0]!])).toEqual(['role_granted', 'sign_in', 'token_created']);
  });

  it('names each event in words, and an event it does not know as the server writes it, made readable', () => {
    expect(auditEventLabel('token_created')).toBe('token created');
    expect(auditEventLabel('sign_in_failed')).toBe('sign in failed');
    expect(auditEventLabel('keys_rotated')).toBe('keys rotated');
    expect(auditEventLabel('toString')).toBe('toString');
  });

  it('shows details as key and value, lists joined', () => {
    expect(auditDetails(records[0]!.details)).toEqual(['token: tok_1', 'role: analyst', 'cases: aleppo-2016, douma']);
    expect(auditDetails({ limits: { max: 5 } })).toEqual(['limits: {"max":5}']);
  });

  it('filters by event and by text in the actor or the details', () => {
    expect(filterAudit(records, 'token_created', '').map((r) => r.id)).toEqual(['a1']);
    expect(filterAudit(records, '', 'rania').map((r) => r.id)).toEqual(['a2']);
    expect(filterAudit(records, '', 'NADIA').map((r) => r.id)).toEqual(['a1', 'a2']);
    expect(filterAudit(records, 'sign_in', 'nadia')).toEqual([]);
  });
});
