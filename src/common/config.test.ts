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
