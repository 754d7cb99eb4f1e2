import os from 'node:os';
import path from 'node:path';
import { invalidField } from './errors.js';

/** Everything Dossier reads from flags and the environment, validated once and handed down. */
export interface Config {
  /** The data directory: vault, keys, and the embedded SQLite database. */
  dataDir: string;
  /** A postgres:// URL, or undefined for the embedded SQLite database at DATA/dossier.db. */
  databaseUrl: string | undefined;
  /** Who the custody ledger records as acting, for actions taken from this process. */
  actor: string;
  /** An RFC 3161 time-stamping authority for case files (DOSSIER_TSA_URL), if one is configured. */
  tsaUrl: string | undefined;
  /**
   * The time-stamping authorities the ledger's checkpoints are stamped by on a schedule (DOSSIER_CHECKPOINT_TSA_URLS,
   * comma-separated; DOSSIER_TSA_URL alone when unset). Several, so that no one authority's word is all there is.
   */
  checkpointTsaUrls: string[];
  /** Whether the server serves the log's hash tiles to anyone (DOSSIER_PUBLISH_LOG=1; `serve --publish-log`). */
  publishLog: boolean;
  /** Whether web captures may reach loopback and private addresses (DOSSIER_CAPTURE_ALLOW_PRIVATE=1): operators only. */
  captureAllowPrivate: boolean;
  /** Open the data directory for reading only (--read-only), even where it could be written. */
  readOnly?: boolean | undefined;
  /** An S3 vault (`s3://BUCKET/PREFIX`, DOSSIER_VAULT_URL) for a data directory made now, or to check an existing one's against. */
  vaultUrl?: string | undefined;
  /** The SMTP server notices are mailed through (DOSSIER_SMTP_HOST and the rest); without it no mail is sent. */
  smtp?: SmtpSettings | undefined;
}

/** The SMTP server mails go through (src/notifications/email.ts). */
export interface SmtpSettings {
  host: string;
  port: number;
  /** TLS from the first byte (port 465); otherwise STARTTLS when the server offers it. */
  secure: boolean;
  /** The From address of every mail. */
  from: string;
  user?: string | undefined;
  pass?: string | undefined;
}

export interface ConfigInput {
  data?: string | undefined;
  actor?: string | undefined;
  readOnly?: boolean | undefined;
  env?: NodeJS.ProcessEnv;
}

export const DEFAULT_DATA_DIR = './dossier-data';

export function loadConfig(input: ConfigInput = {}): Config {
  const env = input.env ?? process.env;
  const dataDir = path.resolve(input.data ?? env.DOSSIER_DATA ?? DEFAULT_DATA_DIR);
  const databaseUrl = env.DOSSIER_DATABASE_URL || undefined;
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw invalidField('DOSSIER_DATABASE_URL', 'must be a postgres:// URL (unset it to use the embedded SQLite database)');
  }
  // Whoever works on a local data directory is its operating-system user, whatever name they give: a name
  // given (--actor, DOSSIER_ACTOR) is recorded beside it, never instead of it.
  const claimed = input.actor ?? env.DOSSIER_ACTOR;
  if (claimed !== undefined && !/^\S{1,150}$/.test(claimed)) throw invalidField('actor', 'must be 1-150 characters without spaces', claimed);
  const osUser = `local:${safeUserName()}`;
  const tsaUrl = env.DOSSIER_TSA_URL || undefined;
  if (tsaUrl !== undefined) checkTsaUrl('DOSSIER_TSA_URL', tsaUrl);
  const listed = env.DOSSIER_CHECKPOINT_TSA_URLS;
  const checkpointTsaUrls = listed ? listed.split(',').map((url) => url.trim()).filter(Boolean) : tsaUrl ? [tsaUrl] : [];
  for (const url of checkpointTsaUrls) checkTsaUrl('DOSSIER_CHECKPOINT_TSA_URLS', url);
  const allowPrivate = env.DOSSIER_CAPTURE_ALLOW_PRIVATE;
  if (allowPrivate !== undefined && allowPrivate !== '' && allowPrivate !== '0' && allowPrivate !== '1') throw invalidField('DOSSIER_CAPTURE_ALLOW_PRIVATE', 'must be 1 (allow) or 0 (refuse)', allowPrivate);
  const publishLog = env.DOSSIER_PUBLISH_LOG;
  if (publishLog !== undefined && publishLog !== '' && publishLog !== '0' && publishLog !== '1') throw invalidField('DOSSIER_PUBLISH_LOG', 'must be 1 (publish the hash tiles) or 0', publishLog);
  const vaultUrl = env.DOSSIER_VAULT_URL || undefined;
  if (vaultUrl !== undefined && !vaultUrl.startsWith('s3://')) throw invalidField('DOSSIER_VAULT_URL', 'must be an s3://BUCKET/PREFIX URL (unset it to keep the evidence in the data directory)', vaultUrl);
  const smtp = smtpSettings(env);
  return { dataDir, databaseUrl, vaultUrl, smtp, actor: claimed === undefined ? osUser : `${claimed}/${osUser}`, tsaUrl, checkpointTsaUrls, publishLog: publishLog === '1', captureAllowPrivate: allowPrivate === '1', readOnly: input.readOnly === true };
}

/**
 * DOSSIER_SMTP_HOST turns mail on; DOSSIER_SMTP_PORT (587, or 465 when DOSSIER_SMTP_SECURE=1), DOSSIER_SMTP_FROM
 * (required with a host), DOSSIER_SMTP_USER and DOSSIER_SMTP_PASS (together) complete it.
 */
export function smtpSettings(env: NodeJS.ProcessEnv): SmtpSettings | undefined {
  const host = env.DOSSIER_SMTP_HOST || undefined;
  const others = ['DOSSIER_SMTP_PORT', 'DOSSIER_SMTP_SECURE', 'DOSSIER_SMTP_FROM', 'DOSSIER_SMTP_USER', 'DOSSIER_SMTP_PASS'].filter((name) => env[name]);
  if (!host) {
    if (others.length > 0) throw invalidField('DOSSIER_SMTP_HOST', `is needed with ${others[0]}: name the SMTP server, or unset the DOSSIER_SMTP_ settings`);
    return undefined;
  }
  if (!/^[A-Za-z0-9.-]{1,253}$|^\[[0-9a-fA-F:.]+\]$/.test(host)) throw invalidField('DOSSIER_SMTP_HOST', 'must be a host name or address', host);
  const secureText = env.DOSSIER_SMTP_SECURE;
  if (secureText !== undefined && secureText !== '' && secureText !== '0' && secureText !== '1') throw invalidField('DOSSIER_SMTP_SECURE', 'must be 1 (TLS from the start) or 0 (STARTTLS)', secureText);
  const secure = secureText === '1';
  const portText = env.DOSSIER_SMTP_PORT || (secure ? '465' : '587');
  const port = Number(portText);
  if (!/^\d{1,5}$/.test(portText) || port < 1 || port > 65535) throw invalidField('DOSSIER_SMTP_PORT', 'must be a port number (1-65535)', portText);
  const from = env.DOSSIER_SMTP_FROM;
  if (!from || !/^[^\s@<>,;]+@[^\s@<>,;]+$/.test(from)) throw invalidField('DOSSIER_SMTP_FROM', 'must be the address mails are sent from (dossier@example.org)', from);
  const user = env.DOSSIER_SMTP_USER || undefined;
  const pass = env.DOSSIER_SMTP_PASS || undefined;
  if ((user === undefined) !== (pass === undefined)) throw invalidField(user ? 'DOSSIER_SMTP_PASS' : 'DOSSIER_SMTP_USER', 'is needed with the other: the SMTP server takes a user and a password together');
  return { host, port, secure, from, user, pass };
}

/** A time-stamping authority is reached over http(s) only. */
export function checkTsaUrl(field: string, url: string): void {
  if (!/^https?:\/\/[^\s/]+/.test(url)) throw invalidField(field, 'must be an http:// or https:// URL of an RFC 3161 time-stamping authority', url);
}

function safeUserName(): string {
  try {
    return os.userInfo().username || 'unknown';
  } catch {
    return 'unknown';
  }
}
