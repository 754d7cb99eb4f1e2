/**
 * Every file a command writes where its user says goes through here. A mistyped `--out` must never destroy
 * the archive: a path inside the data directory, the vault or a key's folder is refused whatever the flags,
 * an existing file is replaced only when the caller was told `--force`, and the new file appears whole or
 * not at all (temp file beside it, fsync, then link or rename, then fsync of the folder).
 */
import { randomBytes } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fsyncDirectory } from './durable-fs.js';
import { invalidField } from './errors.js';

export interface OutputRules {
  /** Replace an existing file (never a directory). */
  force?: boolean | undefined;
  /** Folders and files that no output may be written into or over, even with force. */
  protectedPaths: readonly string[];
}

/**
 * Checks that `file` may be written under `rules`, naming `field` when it may not. The comparison is made on
 * real paths, so a symbolic link (to the folder, or as the file itself) does not lead around it.
 */
export async function checkOutputPath(field: string, file: string, rules: OutputRules): Promise<{ path: string; exists: boolean }> {
  const target = path.resolve(file);
  const parent = await fs.realpath(path.dirname(target)).catch(() => {
    throw invalidField(field, `the folder ${path.dirname(file)} does not exist`, file);
  });
  const candidates = [path.join(parent, path.basename(target))];
  const existing = await fs.lstat(target).catch(() => null);
  if (existing?.isSymbolicLink()) candidates.push(await fs.realpath(target).catch(() => candidates[0]!));
  for (const guarded of rules.protectedPaths) {
    const root = await fs.realpath(guarded).catch(() => path.resolve(guarded));
    if (candidates.some((candidate) => isInside(candidate, root))) {
      throw invalidField(field, `${file} is inside ${guarded}, which holds the archive itself (database, vault or keys); write it elsewhere`, file);
    }
  }
  if (existing) {
    if (existing.isDirectory()) throw invalidField(field, `${file} is an existing folder; give a new name`, file);
    if (!rules.force) throw invalidField(field, `${file} already exists; give --force to replace it`, file);
  }
  return { path: target, exists: existing !== null };
}

function isInside(candidate: string, root: string): boolean {
  const relative = path.relative(root, candidate);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** A temp name beside `file`, on the same filesystem, so that putting it in place is one atomic step. */
export function tempBeside(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}-${randomBytes(4).toString('hex')}.partial`);
}

/**
 * Puts a finished, fsynced temp file at `file`: link() when nothing may be replaced (it fails rather than
 * overwrite a file that appeared meanwhile), rename() when the caller may replace. The folder is fsynced.
 */
export async function placeOutput(field: string, temp: string, file: string, replace: boolean): Promise<void> {
  if (replace) {
    await fs.rename(temp, file);
  } else {
    await fs.link(temp, file).catch((error: NodeJS.ErrnoException) => {
      throw error.code === 'EEXIST' ? invalidField(field, `${file} already exists; give --force to replace it`, file) : error;
    });
    await fs.rm(temp, { force: true });
  }
  await fsyncDirectory(path.dirname(file));
}

/**
 * Runs `work` on a stream into a temp file beside `file`, and puts the file in place only when the work
 * succeeded and the bytes are on disk; on failure nothing remains under either name.
 */
export async function writeOutputFile<T>(field: string, file: string, rules: OutputRules, work: (out: WriteStream) => Promise<T>): Promise<T> {
  const { path: target, exists } = await checkOutputPath(field, file, rules);
  const temp = tempBeside(target);
  const out = createWriteStream(temp, { flags: 'wx', mode: 0o644 });
  try {
    const result = await work(out);
    await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
    const handle = await fs.open(temp, 'r');
    await handle.sync().finally(() => handle.close());
    await placeOutput(field, temp, target, exists);
    return result;
  } catch (error) {
    out.destroy();
    throw error;
  } finally {
    await fs.rm(temp, { force: true });
  }
}
