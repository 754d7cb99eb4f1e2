import { describe, expect, it } from 'vitest';
import { loadConfig } from '../common/config.js';
import { parseS3VaultUrl, s3VaultSettings } from './s3-settings.js';

describe('S3 vault settings', () => {
  it('reads the bucket and prefix of s3:// URLs', () => {
    expect(parseS3VaultUrl('f', 's3://evidence')).toEqual({ bucket: 'evidence', prefix: '' });
    expect(parseS3VaultUrl('f', 's3://evidence/syria/2018/')).toEqual({ bucket: 'evidence', prefix: 'syria/2018/' });
    for (const bad of ['s3://', 's3://Evidence/x', 's3://ab', 'https://evidence/x', 's3://evidence/a/../b']) {
      expect(() => parseS3VaultUrl('DOSSIER_VAULT_URL', bad)).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED', details: expect.objectContaining({ field: 'DOSSIER_VAULT_URL' }) }));
    }
  });

  it('takes endpoint, region, path style, retention and keys from the environment, and names a bad value', () => {
    const settings = s3VaultSettings('s3://evidence/x', {
      DOSSIER_S3_ENDPOINT: 'http://127.0.0.1:7480/',
      AWS_REGION: 'eu-west-3',
      DOSSIER_VAULT_RETENTION_DAYS: '3650',
      AWS_ACCESS_KEY_ID: 'id',
      AWS_SECRET_ACCESS_KEY: 'secret',
    });
    expect(settings).toMatchObject({ bucket: 'evidence', prefix: 'x/', endpoint: 'http://127.0.0.1:7480', region: 'eu-west-3', forcePathStyle: true, retentionDays: 3650, credentials: { accessKeyId: 'id', secretAccessKey: 'secret' } });
    // AWS itself: virtual-hosted addresses, the SDK's own chain for keys.
    expect(s3VaultSettings('s3://evidence', {})).toMatchObject({ endpoint: undefined, region: 'us-east-1', forcePathStyle: false, retentionDays: undefined, credentials: undefined });
    expect(() => s3VaultSettings('s3://evidence', { DOSSIER_VAULT_RETENTION_DAYS: '7 years' })).toThrow(expect.objectContaining({ details: expect.objectContaining({ field: 'DOSSIER_VAULT_RETENTION_DAYS' }) }));
    expect(() => s3VaultSettings('s3://evidence', { DOSSIER_S3_ENDPOINT: 'ftp://host' })).toThrow(expect.objectContaining({ details: expect.objectContaining({ field: 'DOSSIER_S3_ENDPOINT' }) }));
    expect(() => s3VaultSettings('s3://evidence', { DOSSIER_S3_PATH_STYLE: 'yes' })).toThrow(expect.objectContaining({ details: expect.objectContaining({ field: 'DOSSIER_S3_PATH_STYLE' }) }));
  });

  it('refuses a vault URL that is not s3:// in the configuration', () => {
    expect(() => loadConfig({ data: '/tmp/x', env: { DOSSIER_VAULT_URL: '/srv/vault' } })).toThrow(expect.objectContaining({ details: expect.objectContaining({ field: 'DOSSIER_VAULT_URL' }) }));
    expect(loadConfig({ data: '/tmp/x', env: { DOSSIER_VAULT_URL: 's3://evidence/a' } }).vaultUrl).toBe('s3://evidence/a');
  });
});
