import fs from 'node:fs/promises';
import path from 'node:path';
import { fsyncDirectory, writeFileDurably } from '../common/durable-fs.js';
import { DossierError } from '../common/errors.js';
import type { Database } from '../db/database.js';
import type { Keyring } from './keyring.js';
import { MASTER_KEY_FILE, masterKeyFrom, newMasterKeyText, type MasterKey } from './master-key.js';

export interface MasterRotation {
  previous: string | undefined;
  next: string;
  rewrapped: number;
  /** Where the new key now is (the data directory's file), or undefined when the caller keeps it elsewhere. */
  keyFile: string | undefined;
}

/**
 * Replaces the master key: every case key is rewrapped under the new one in one transaction; sealed values
 * are not touched. With the data directory's key file, the new key is first written beside it
 * (`master.key.next`, fsynced), then the database commits, then the file is renamed over the old one: a crash
 * in between leaves both keys on disk, and the error on next start names the one the database expects.
 */
export async function rotateMasterKey(dataDir: string, database: Database, keyring: Keyring, options: { newKeyText?: string } = {}): Promise<MasterRotation> {
  const previous = keyring.masterKeyId;
  const usesFile = !process.env.DOSSIER_MASTER_KEY && !process.env.DOSSIER_MASTER_KEY_FILE;
  if (!usesFile && options.newKeyText === undefined) {
    throw new DossierError('KEY_INVALID', 'the master key comes from the environment: give the new one with --new-key-file, then update DOSSIER_MASTER_KEY(_FILE) yourself', { field: 'new-key-file' });
  }
  const text = options.newKeyText ?? newMasterKeyText();
  const next: MasterKey = masterKeyFrom(text, 'the new master key');
  if (next.id === previous) throw new DossierError('KEY_INVALID', 'the new master key is the current one', { field: 'new-key-file' });
  const file = path.join(dataDir, MASTER_KEY_FILE);
  const staged = `${file}.next`;
  if (usesFile) await writeFileDurably(staged, text.trim() + '\n', 0o600);
  const rewrapped = await database.writeTransaction((trx) => keyring.rewrapAll(trx, next));
  if (usesFile) {
    await fs.rename(staged, file);
    await fsyncDirectory(path.dirname(file));
  }
  return { previous, next: next.id, rewrapped, keyFile: usesFile ? file : undefined };
}
