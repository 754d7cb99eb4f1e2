import fs from 'node:fs/promises';
import path from 'node:path';
import { createFileDurably } from '../common/durable-fs.js';
import { DossierError } from '../common/errors.js';
import { failpoint } from '../common/failpoint.js';
import type { Database } from '../db/database.js';
import type { Keyring } from './keyring.js';
import { MASTER_KEY_FILE, STAGED_MASTER_KEY_FILE, masterKeyFrom, newMasterKeyText, type MasterKey } from './master-key.js';
import { promoteStagedKey, readKeyFile, usesKeyFile } from './master-key-recovery.js';

export interface MasterRotation {
  previous: string | undefined;
  next: string;
  rewrapped: number;
  /** Where the new key now is (the data directory's file), or undefined when the caller keeps it elsewhere. */
  keyFile: string | undefined;
  /** True when this run went on with a key staged by a rotation that was interrupted before. */
  resumed: boolean;
}

/**
 * Replaces the master key: every case key is rewrapped under the new one in one transaction; sealed values
 * are not touched. With the data directory's key file the steps are: (1) stage the new key in
 * `master.key.next` (created, never overwritten), (2) commit the rewrap, (3) rename it over `master.key`.
 * Any step may be cut short and the same command run again: a staged key the database has not taken is
 * used again rather than replaced, and one it has taken is put in place on open (master-key-recovery.ts).
 */
export async function rotateMasterKey(dataDir: string, database: Database, keyring: Keyring, options: { newKeyText?: string } = {}): Promise<MasterRotation> {
  if (keyring.problem) throw new DossierError('KEY_INVALID', `cannot rotate: ${keyring.problem}`);
  const previous = keyring.masterKeyId;
  const fileMode = usesKeyFile();
  if (!fileMode && options.newKeyText === undefined) {
    throw new DossierError('KEY_INVALID', 'the master key comes from the environment: give the new one with --new-key-file, then update DOSSIER_MASTER_KEY(_FILE) yourself', { field: 'new-key-file' });
  }
  const given = options.newKeyText === undefined ? undefined : masterKeyFrom(options.newKeyText, 'the new master key');
  if (given?.id === previous) throw new DossierError('KEY_INVALID', 'the new master key is the current one', { field: 'new-key-file' });
  const staged = fileMode ? await stageKey(dataDir, given, previous) : undefined;
  const next: MasterKey = staged?.key ?? given!;
  failpoint('rotate-master:staged');
  const rewrapped = await database.writeTransaction((trx) => keyring.rewrapAll(trx, next));
  failpoint('rotate-master:committed');
  if (fileMode) await promoteStagedKey(dataDir, next);
  return { previous, next: next.id, rewrapped, keyFile: fileMode ? path.join(dataDir, MASTER_KEY_FILE) : undefined, resumed: staged?.resumed ?? false };
}

/**
 * Gives a case a new data key: later seals use it, earlier ones keep theirs. One transaction, so a crash
 * leaves the case with the new version or without it, and running it again is always safe.
 */
export async function rotateCaseKey(database: Database, keyring: Keyring, caseId: string): Promise<number> {
  if (keyring.problem) throw new DossierError('KEY_INVALID', `cannot rotate: ${keyring.problem}`);
  return database.writeTransaction(async (trx) => {
    const version = await keyring.addCaseKey(trx, caseId);
    failpoint('rotate-case:before-commit');
    return version;
  });
}

/** The key in master.key.next: the one an interrupted rotation left there, or a new one written there now. */
async function stageKey(dataDir: string, given: MasterKey | undefined, current: string | undefined): Promise<{ key: MasterKey; resumed: boolean }> {
  const file = path.join(dataDir, STAGED_MASTER_KEY_FILE);
  let left = await readKeyFile(file);
  if (left?.id === current) {
    // A copy of the key in use (the rotation that staged it finished, or it was put there by hand): nothing to resume.
    await fs.rm(file, { force: true });
    left = undefined;
  }
  if (left) {
    if (given && given.id !== left.id) {
      throw new DossierError(
        'CONFLICT',
        `${file} holds master key ${left.id}, staged by a rotation that did not finish; run "dossier keys rotate-master" without --new-key-file to finish it, or remove that file (the database does not use it yet) to rotate to another key`,
        { path: file, field: 'new-key-file' },
      );
    }
    return { key: left, resumed: true };
  }
  const text = given ? given.key.toString('base64url') : newMasterKeyText();
  if (!(await createFileDurably(file, text + '\n', 0o600))) {
    throw new DossierError('CONFLICT', `${file} appeared while this rotation was staging its key: another rotation is running`, { path: file });
  }
  return { key: masterKeyFrom(text, file), resumed: false };
}
