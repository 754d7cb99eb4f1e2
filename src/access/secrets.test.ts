import { describe, expect, it } from 'vitest';
import { checkPasswordRules, newOneTimePassword } from './accounts.js';
import { isInterfaceLanguage, isNumerals } from './preferences.js';
import { normaliseRecoveryCode, requireSecondFactor } from './recovery-codes.js';
import { digest, newSecret, sameSecret } from './secrets.js';
import { refusalOf } from '../common/refusal.test-support.js';

function refusal(work: () => unknown): { code: string; message: string; field: unknown } {
  const { code, message, field } = refusalOf(work);
  return { code, message, field };
}

describe('secrets, passwords and recovery codes', () => {
  it('stores secrets as SHA-256 digests and compares them whole', () => {
    // FIPS 180-2's example: SHA-256 of "abc".
    expect(digest('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sameSecret('tok-secret', 'tok-secret')).toBe(true);
    expect(sameSecret('tok-secret', 'tok-secreT')).toBe(false);
    expect(sameSecret('tok-secret', 'tok-secret-longer')).toBe(false);
  });

  it('makes new secrets of 256 bits in URL-safe base 64, and one-time passwords of 24 characters', () => {
    const secret = newSecret();
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newSecret()).not.toBe(secret);
    const password = newOneTimePassword();
    expect(password).toHaveLength(24);
    expect(() => checkPasswordRules(password)).not.toThrow();
  });

  it('counts a password’s characters, not its UTF-16 units, and names the field', () => {
    expect(checkPasswordRules('correct horse')).toBe('correct horse');
    expect(checkPasswordRules('كلمة سر طويلة')).toBe('كلمة سر طويلة');
    // Eleven emoji are 22 UTF-16 units but 11 characters: one too few.
    expect(refusal(() => checkPasswordRules('🔒'.repeat(11)))).toMatchObject({ code: 'VALIDATION_FAILED', field: 'password', message: 'password: must be at least 12 characters' });
    expect(refusal(() => checkPasswordRules('x'.repeat(1025), 'newPassword')).field).toBe('newPassword');
    expect(refusal(() => checkPasswordRules(undefined)).message).toBe('password: is required');
  });

  it('reads a recovery code as it was meant, whatever dashes, spaces, case and look-alike letters it was typed with', () => {
    expect(normaliseRecoveryCode('ab3d-ef9h-jkmn-pqrs')).toBe('AB3DEF9HJKMNPQRS');
    expect(normaliseRecoveryCode(' 0o1I l ')).toBe('00111');
    expect(normaliseRecoveryCode('OILo-il')).toBe(normaliseRecoveryCode('0110-11'));
  });

  it('refuses recovery codes to an account without a second factor', () => {
    expect(refusal(() => requireSecondFactor(null))).toMatchObject({ code: 'CONFLICT', field: 'totp' });
    expect(() => requireSecondFactor('JBSWY3DPEHPK3PXP')).not.toThrow();
  });

  it('knows the interface languages and digit styles', () => {
    expect(['en', 'fr', 'ar', 'de', 'AR', null].map(isInterfaceLanguage)).toEqual([true, true, true, false, false, false]);
    expect(['latn', 'arab', 'arabext'].map(isNumerals)).toEqual([true, true, false]);
  });
});
