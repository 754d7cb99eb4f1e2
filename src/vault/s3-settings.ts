/**
 * Where an S3 vault lives and how it is reached: `s3://BUCKET/PREFIX` from DOSSIER_VAULT_URL (or the data
 * directory's manifest), the endpoint, region and retention from the environment, and the credentials from the
 * AWS SDK's usual chain (AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, a profile, an instance role). Pure: parsed
 * and checked here, used by s3-blob-store.ts.
 */
import { invalidField } from '../common/errors.js';

export interface S3VaultSettings {
  /** The URL as given, `s3://BUCKET[/PREFIX]`: what the data directory records. */
  url: string;
  bucket: string;
  /** Empty, or ending in "/": every key the vault writes starts with it. */
  prefix: string;
  /** An S3-compatible server's address (Ceph RGW, MinIO); absent for AWS itself. */
  endpoint: string | undefined;
  region: string;
  /** Addresses `ENDPOINT/BUCKET/KEY` instead of `BUCKET.ENDPOINT/KEY`: what most servers other than AWS need. */
  forcePathStyle: boolean;
  /** Days each evidence object is locked in compliance mode from its intake (none: not locked). */
  retentionDays: number | undefined;
  /** Keys given in the environment; absent, the SDK's chain finds them (a profile, an instance role). */
  credentials: { accessKeyId: string; secretAccessKey: string; sessionToken?: string } | undefined;
}

export function isS3VaultUrl(url: string): boolean {
  return url.startsWith('s3://');
}

/** The bucket and prefix of `s3://BUCKET/PREFIX`, refused with the field named when malformed. */
export function parseS3VaultUrl(field: string, url: string): { bucket: string; prefix: string } {
  const match = /^s3:\/\/([^/]+)(?:\/(.*))?$/.exec(url);
  // Bucket names as S3 allows them: 3-63 lowercase letters, digits, dots and hyphens.
  if (!match || !/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(match[1]!)) {
    throw invalidField(field, 'must be s3://BUCKET or s3://BUCKET/PREFIX, with a bucket name of 3-63 lowercase letters, digits, dots and hyphens', url);
  }
  const prefix = (match[2] ?? '').replace(/^\/+|\/+$/g, '');
  if (prefix.split('/').some((part) => part === '.' || part === '..')) throw invalidField(field, 'the prefix may not hold "." or ".." parts', url);
  return { bucket: match[1]!, prefix: prefix === '' ? '' : `${prefix}/` };
}

/** `field` names where the URL came from in errors: the vault's setting, or a mirror's DEST. */
export function s3VaultSettings(url: string, env: NodeJS.ProcessEnv, field = 'DOSSIER_VAULT_URL'): S3VaultSettings {
  const { bucket, prefix } = parseS3VaultUrl(field, url);
  const endpoint = env.DOSSIER_S3_ENDPOINT || env.AWS_ENDPOINT_URL_S3 || env.AWS_ENDPOINT_URL || undefined;
  if (endpoint !== undefined && !/^https?:\/\/[^\s/]+\/?$/.test(endpoint)) throw invalidField('DOSSIER_S3_ENDPOINT', 'must be an http:// or https:// address with no path, such as http://127.0.0.1:7480', endpoint);
  const region = env.AWS_REGION || env.AWS_DEFAULT_REGION || 'us-east-1';
  const pathStyle = env.DOSSIER_S3_PATH_STYLE;
  if (pathStyle !== undefined && pathStyle !== '' && pathStyle !== '0' && pathStyle !== '1') throw invalidField('DOSSIER_S3_PATH_STYLE', 'must be 1 (path-style addresses) or 0 (virtual-hosted)', pathStyle);
  const days = env.DOSSIER_VAULT_RETENTION_DAYS;
  if (days !== undefined && days !== '' && !/^[1-9]\d{0,5}$/.test(days)) throw invalidField('DOSSIER_VAULT_RETENTION_DAYS', 'must be a whole number of days from 1 to 999999', days);
  return {
    url,
    bucket,
    prefix,
    endpoint: endpoint?.replace(/\/$/, ''),
    region,
    // A server of one's own is addressed by path unless told otherwise; AWS by virtual host.
    forcePathStyle: pathStyle === undefined || pathStyle === '' ? endpoint !== undefined : pathStyle === '1',
    retentionDays: days ? Number(days) : undefined,
    credentials:
      env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY
        ? { accessKeyId: env.AWS_ACCESS_KEY_ID, secretAccessKey: env.AWS_SECRET_ACCESS_KEY, ...(env.AWS_SESSION_TOKEN && { sessionToken: env.AWS_SESSION_TOKEN }) }
        : undefined,
  };
}
