/**
 * Opening the embedded database for reading only. A WAL database cannot be read where its -shm index may
 * not be created (SQLITE_READONLY_DIRECTORY), and this build of SQLite takes no `immutable` URI. So when the
 * database's folder may not be written (a write-protected copy), the file, with its -wal if any, is copied
 * to a private temp folder and the copy is opened read-only: the original is never opened, so never
 * changed. A folder that may be written (--read-only asked on a live data directory) is read in place.
 */
import BetterSqlite3 from 'better-sqlite3';
import { constants } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { makeWorkDir, removeLeftovers } from '../../common/work-dir.js';

export interface ReadOnlyHandle {
  handle: BetterSqlite3.Database;
  /** Removes the temp copy, if one was made; call after closing the handle. */
  dispose(): Promise<void>;
}

export async function openSqliteReadOnly(file: string): Promise<ReadOnlyHandle> {
  const folderWritable = await fs.access(path.dirname(file), constants.W_OK).then(() => true, () => false);
  if (folderWritable) return { handle: new BetterSqlite3(file, { readonly: true, fileMustExist: true }), dispose: async () => undefined };
  const workDir = await makeWorkDir(await copiesFolder(), 'copy');
  try {
    const copy = path.join(workDir, path.basename(file));
    await fs.copyFile(file, copy);
    // Committed transactions not yet checkpointed live in the -wal: without it the copy would be behind.
    await fs.copyFile(`${file}-wal`, `${copy}-wal`).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
    const handle = new BetterSqlite3(copy, { readonly: true, fileMustExist: true });
    return { handle, dispose: () => fs.rm(workDir, { recursive: true, force: true }) };
  } catch (error) {
    await fs.rm(workDir, { recursive: true, force: true });
    throw error;
  }
}

/**
 * The folder for this user's copies, in the system's temp folder, where the copies a killed process left (a
 * whole database, however private its own folder) are found and removed by the next reading, and nothing
 * else is touched. A folder of that name that is not this user's own is not used.
 */
async function copiesFolder(): Promise<string> {
  const folder = path.join(os.tmpdir(), `dossier-read-only-${process.getuid?.() ?? 'user'}`);
  await fs.mkdir(folder, { recursive: true, mode: 0o700 }).catch(() => undefined);
  const found = await fs.lstat(folder).catch(() => null);
  if (!found?.isDirectory() || (process.getuid && found.uid !== process.getuid())) return os.tmpdir();
  await removeLeftovers(folder);
  return folder;
}
