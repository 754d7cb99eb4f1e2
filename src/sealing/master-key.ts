import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { DossierError } from '../common/errors.js';
import { createFileDurably } from '../common/durable-fs.js';

/** The key that wraps every case's data keys (envelope encryption). It never enters the database. */
export interface MasterKey {
  /** A fingerprint, stored beside each wrapped key, so a wrong master key is named rather than guessed at. */
  id: string;
  key: Buffer;
}

export const MASTER_KEY_FILE = path.join('keys', 'master.key');
/** Where a rotation stages the new key before the database commits to it (see master-key-recovery.ts). */
export const STAGED_MASTER_KEY_FILE = `${MASTER_KEY_FILE}.next`;

export function masterKeyFrom(encoded: string, where: string): MasterKey {
  const key = Buffer.from(encoded.trim(), 'base64url');
  if (key.length !== 32) throw new DossierError('KEY_INVALID', `${where} must hold 32 bytes in base64url (43 characters); it holds ${key.length} bytes`, { path: where });
  return { id: createHash('sha256').update('dossier-master-key\n').update(key).digest('hex').slice(0, 16), key };
}

export function newMasterKeyText(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Writes a new master key file (0600) where none is, and returns it; when another process made one first,
 * that one is returned and this one is dropped, so no key that may already seal something is replaced.
 */
export async function createMasterKeyFile(file: string): Promise<MasterKey> {
  const text = newMasterKeyText();
  await fs.mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  if (await createFileDurably(file, text + '\n', 0o600)) return masterKeyFrom(text, file);
  return masterKeyFrom(await fs.readFile(file, 'utf8'), file);
}
