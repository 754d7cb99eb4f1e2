import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { DossierError } from '../common/errors.js';
import { writeFileDurably } from '../common/durable-fs.js';

/** The key that wraps every case's data keys (envelope encryption). It never enters the database. */
export interface MasterKey {
  /** A fingerprint, stored beside each wrapped key, so a wrong master key is named rather than guessed at. */
  id: string;
  key: Buffer;
}

export const MASTER_KEY_FILE = path.join('keys', 'master.key');

export function masterKeyFrom(encoded: string, where: string): MasterKey {
  const key = Buffer.from(encoded.trim(), 'base64url');
  if (key.length !== 32) throw new DossierError('KEY_INVALID', `${where} must hold 32 bytes in base64url (43 characters); it holds ${key.length} bytes`, { path: where });
  return { id: createHash('sha256').update('dossier-master-key\n').update(key).digest('hex').slice(0, 16), key };
}

export function newMasterKeyText(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * The master key from DOSSIER_MASTER_KEY (base64url), or the file DOSSIER_MASTER_KEY_FILE, or the data
 * directory's keys/master.key. Keeping it off the machine that holds the database (an environment variable
 * set by the service manager, a mounted secret) means a copied database alone reveals no restricted field.
 */
export async function loadMasterKey(dataDir: string, env: NodeJS.ProcessEnv = process.env): Promise<MasterKey | undefined> {
  if (env.DOSSIER_MASTER_KEY) return masterKeyFrom(env.DOSSIER_MASTER_KEY, 'DOSSIER_MASTER_KEY');
  const file = env.DOSSIER_MASTER_KEY_FILE ?? path.join(dataDir, MASTER_KEY_FILE);
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch {
    return undefined;
  }
  return masterKeyFrom(text, file);
}

/** Writes a new master key file (0600) where none is; returns it. */
export async function createMasterKeyFile(file: string): Promise<MasterKey> {
  const text = newMasterKeyText();
  await fs.mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  await writeFileDurably(file, text + '\n', 0o600);
  return masterKeyFrom(text, file);
}
