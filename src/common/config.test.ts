import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { isDossierError } from './errors.js';
import { loadConfig } from './config.js';

describe('the actor a local command is recorded under', () => {
  const user = os.userInfo().username;

  it('is the operating-system user, with any name given beside it, never instead of it', () => {
    expect(loadConfig({ env: {} }).actor).toBe(`local:${user}`);
    expect(loadConfig({ env: { DOSSIER_ACTOR: 'analyst:rania' } }).actor).toBe(`analyst:rania/local:${user}`);
    expect(loadConfig({ actor: 'admin', env: { DOSSIER_ACTOR: 'ignored' } }).actor).toBe(`admin/local:${user}`);
  });

  it('refuses a name with spaces, naming the field', () => {
    let error: unknown;
    try {
      loadConfig({ actor: 'two words', env: {} });
    } catch (e) {
      error = e;
    }
    expect(isDossierError(error, 'VALIDATION_FAILED') && error.details.field).toBe('actor');
  });
});

describe('the SMTP server notices are mailed through', () => {
  const fieldOf = (env: NodeJS.ProcessEnv): string | undefined => {
    try {
      loadConfig({ env });
    } catch (error) {
      return isDossierError(error) ? String(error.details?.field) : 'not a Dossier error';
    }
    return undefined;
  };

  it('is absent without a host, and read with its defaults when one is named', () => {
    expect(loadConfig({ env: {} }).smtp).toBeUndefined();
    expect(loadConfig({ env: { DOSSIER_SMTP_HOST: 'mail.example.org', DOSSIER_SMTP_FROM: 'dossier@example.org' } }).smtp).toEqual({ host: 'mail.example.org', port: 587, secure: false, from: 'dossier@example.org', user: undefined, pass: undefined });
    expect(loadConfig({ env: { DOSSIER_SMTP_HOST: 'mail.example.org', DOSSIER_SMTP_FROM: 'dossier@example.org', DOSSIER_SMTP_SECURE: '1', DOSSIER_SMTP_USER: 'u', DOSSIER_SMTP_PASS: 'p' } }).smtp).toMatchObject({ port: 465, secure: true, user: 'u', pass: 'p' });
  });

  it('refuses what it could not use, naming the setting', () => {
    expect(fieldOf({ DOSSIER_SMTP_FROM: 'dossier@example.org' })).toBe('DOSSIER_SMTP_HOST');
    expect(fieldOf({ DOSSIER_SMTP_HOST: 'mail.example.org' })).toBe('DOSSIER_SMTP_FROM');
    expect(fieldOf({ DOSSIER_SMTP_HOST: 'mail example', DOSSIER_SMTP_FROM: 'd@example.org' })).toBe('DOSSIER_SMTP_HOST');
    expect(fieldOf({ DOSSIER_SMTP_HOST: 'mail.example.org', DOSSIER_SMTP_FROM: 'd@example.org', DOSSIER_SMTP_PORT: '70000' })).toBe('DOSSIER_SMTP_PORT');
    expect(fieldOf({ DOSSIER_SMTP_HOST: 'mail.example.org', DOSSIER_SMTP_FROM: 'd@example.org', DOSSIER_SMTP_SECURE: 'yes' })).toBe('DOSSIER_SMTP_SECURE');
    expect(fieldOf({ DOSSIER_SMTP_HOST: 'mail.example.org', DOSSIER_SMTP_FROM: 'd@example.org', DOSSIER_SMTP_USER: 'u' })).toBe('DOSSIER_SMTP_PASS');
  });
});
