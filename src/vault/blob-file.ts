/**
 * A blob as a file a program can open (ExifTool, a C2PA reader, an image decoder): the vault's own file when it
 * keeps its blobs on a local disk, read in place and never copied (a 50 GB video stays where it is); otherwise a
 * copy in a work folder, removed once `use` is done.
 */
import fsp from 'node:fs/promises';
import path from 'node:path';
import { makeWorkDir } from '../common/work-dir.js';
import type { BlobStore } from './blob-store.js';

export async function withBlobFile<T>(deps: { vault: BlobStore; tmpDir: string }, sha256: string, purpose: string, use: (file: string) => Promise<T>): Promise<T> {
  const local = deps.vault.localPath?.(sha256);
  if (local) return use(local);
  const work = await makeWorkDir(deps.tmpDir, purpose);
  try {
    const file = path.join(work, 'item');
    await deps.vault.copyTo(sha256, file);
    return await use(file);
  } finally {
    await fsp.rm(work, { recursive: true, force: true });
  }
}
