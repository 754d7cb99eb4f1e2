import { describe, expect, it } from 'vitest';
import { asciiDigits, groupedSecret, otpauthParts, tokenRequest, tokenState, type ApiToken } from './account-values.js';

const token: ApiToken = { id: 'tok_1', name: 'n', role: 'analyst', caseIds: ['c'], createdAt: '2025-01-01T00:00:00Z', expiresAt: null, revokedAt: null, lastUsedAt: null };
const now = new Date('2025-06-01T00:00:00Z');

describe('token states', () => {
  it('is active until revoked or expired', () => {
    expect(tokenState(token, now)).toBe('active');
    expect(tokenState({ ...token, expiresAt: '2025-05-31T23:59:59.000Z' }, now)).toBe('expired');
    expect(tokenState({ ...token, expiresAt: '2025-07-01T00:00:00.000Z' }, now)).toBe('active');
    expect(tokenState({ ...token, revokedAt: '2025-02-01T00:00:00Z', expiresAt: '2025-03-01T00:00:00Z' }, now)).toBe('revoked');
  });
});

describe('token requests', () => {
  const values = { name: ' nightly export ', role: 'analyst', caseIds: ['aleppo-2016'], expiresInDays: '' };

  it('sends no expiry when none is given, and a trimmed name', () => {
    expect(tokenRequest(values)).toEqual({ body: { name: 'nightly export', role: 'analyst', caseIds: ['aleppo-2016'] } });
  });

  it('sends a whole number of days', () => {
    expect(tokenRequest({ ...values, expiresInDays: '30' })).toEqual({ body: { name: 'nightly export', role: 'analyst', caseIds: ['aleppo-2016'], expiresInDays: 30 } });
  });

  it('names the field at fault', () => {
    expect(tokenRequest({ ...values, name: '  ' })).toMatchObject({ field: 'name' });
    expect(tokenRequest({ ...values, role: 'admin' })).toMatchObject({ field: 'role' });
    expect(tokenRequest({ ...values, caseIds: [] })).toMatchObject({ field: 'caseIds' });
    for (const days of ['0', '3651', '1.5', 'soon']) expect(tokenRequest({ ...values, expiresInDays: days })).toMatchObject({ field: 'expiresInDays' });
  });
});

describe('second-factor setup', () => {
  it('groups a base32 secret by four', () => {
    expect(groupedSecret('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')).toBe('ABCD EFGH IJKL MNOP QRST UVWX YZ23 4567');
  });

  it('reads a code typed in Arabic-Indic or Persian digits as 0-9', () => {
    expect(asciiDigits('١٢٣٤٥٦')).toBe('123456');
    expect(asciiDigits('۰۹۸ 765')).toBe('098 765');
  });

  it('reads what an otpauth URI tells the authenticator', () => {
    expect(otpauthParts('otpauth://totp/Dossier:nadia?issuer=Dossier&secret=ABCD&algorithm=SHA1&digits=6&period=30')).toEqual({
      issuer: 'Dossier',
      account: 'nadia',
      digits: '6',
      period: '30',
      algorithm: 'SHA1',
    });
    expect(otpauthParts('https://example.org/')).toBeUndefined();
    expect(otpauthParts('not a uri')).toBeUndefined();
  });
});
