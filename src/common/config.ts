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
}

export interface ConfigInput {
  data?: string | undefined;
  actor?: string | undefined;
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
  const actor = input.actor ?? env.DOSSIER_ACTOR ?? `local:${safeUserName()}`;
  if (!/^\S{1,200}$/.test(actor)) throw invalidField('actor', 'must be 1-200 characters without spaces', actor);
  return { dataDir, databaseUrl, actor };
}

function safeUserName(): string {
  try {
    return os.userInfo().username || 'unknown';
  } catch {
    return 'unknown';
  }
}
