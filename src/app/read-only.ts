/**
 * A data directory that may not be written: a write-protected forensic copy, a read-only mount, a folder
 * owned by someone else. It is found by asking the file system, not by trusting a flag, so that an auditor
 * who forgets --read-only still gets a reading that changes nothing rather than an error half-way through.
 */
import { constants } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { SQLITE_FILE } from '../db/open.js';

/**
 * Whether this process may not write the data directory's files: the folder itself, its tmp/ and keys/, and
 * (when the database is the embedded one) dossier.db. PostgreSQL's database is the server's business.
 */
export async function isReadOnlyDataDir(root: string, options: { embeddedDatabase: boolean }): Promise<boolean> {
  const mustWrite = [root, path.join(root, 'tmp'), path.join(root, 'keys'), ...(options.embeddedDatabase ? [path.join(root, SQLITE_FILE)] : [])];
  for (const file of mustWrite) {
    const writable = await fs.access(file, constants.W_OK).then(
      () => true,
      (error: NodeJS.ErrnoException) => error.code === 'ENOENT', // made when first needed, if the folder above may be written
    );
    if (!writable) return true;
  }
  return false;
}
