import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

/** Makes a rename or a new file in `dir` survive a power cut: the directory entry itself is flushed. */
export async function fsyncDirectory(dir: string): Promise<void> {
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Temp file, fsync, rename, fsync the directory: a crash leaves the old file or the new, never half of one. */
export async function writeFileDurably(file: string, content: string | Uint8Array, mode: number): Promise<void> {
  const temp = `${file}.${process.pid}.tmp`;
  await writeAndSync(temp, content, mode);
  await fs.rename(temp, file);
  await fsyncDirectory(path.dirname(file));
}

/**
 * Creates `file` with `content` only if no file has that name: written to a temp file and fsynced, then
 * linked into place (link() never replaces), so a key file made by one process is never overwritten by
 * another that raced it. Returns false, writing nothing, when the file already exists.
 */
export async function createFileDurably(file: string, content: string, mode: number): Promise<boolean> {
  // Unique even within one process: two creations racing must not write into one temp file.
  const temp = `${file}.${process.pid}-${randomBytes(6).toString('hex')}.tmp`;
  await writeAndSync(temp, content, mode);
  try {
    await fs.link(temp, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    await fs.rm(temp, { force: true });
  }
  await fsyncDirectory(path.dirname(file));
  return true;
}

async function writeAndSync(file: string, content: string | Uint8Array, mode: number): Promise<void> {
  const handle = await fs.open(file, 'w', mode);
  try {
    await handle.writeFile(content);
    await handle.sync();
  } finally {
    await handle.close();
  }
}
