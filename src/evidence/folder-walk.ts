/**
 * A handed-over folder, walked: every regular file under it, in a stable order (names sorted by their bytes),
 * with its path relative to the folder, its size and its times; and everything not taken, with the reason:
 * symbolic links (never followed: a link can point anywhere, even back into the archive), special files (pipes,
 * sockets, devices), folders and files that cannot be read. Names are bytes (path-text.ts keeps those that are
 * not UTF-8), so paths are handled as Buffers throughout. A folder is listed and looked at with blocking calls,
 * one folder at a time: a handover of 300,000 small files spends more in the hops of asynchronous calls than in
 * the calls themselves, and the event loop is held for one folder at most.
 */
import fs, { type Dirent, type Stats } from 'node:fs';
import fsp from 'node:fs/promises';
import { pathText } from '../common/path-text.js';

export interface FolderFile {
  /** The file's path as bytes, to open it by. */
  path: Buffer;
  /** Its path under the folder, as text (path-text.ts), with "/" between names. */
  relative: string;
  size: number;
  /** Last modification, and creation where the file system keeps it (ISO instants). */
  modifiedAt: string;
  createdAt: string | null;
}

export type SkipReason = 'symlink' | 'special' | 'unreadable';

export interface SkippedEntry {
  relative: string;
  reason: SkipReason;
  detail: string;
}

export type WalkItem = ({ kind: 'file' } & FolderFile) | ({ kind: 'skipped' } & SkippedEntry);

const SLASH = Buffer.from('/');

export async function* walkFolder(root: string | Buffer): AsyncGenerator<WalkItem> {
  yield* walk(Buffer.isBuffer(root) ? root : Buffer.from(root), []);
}

async function* walk(dir: Buffer, under: Buffer[]): AsyncGenerator<WalkItem> {
  let entries: Dirent<Buffer>[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true, encoding: 'buffer' });
  } catch (error) {
    yield { kind: 'skipped', relative: relativeText(under) || '.', reason: 'unreadable', detail: `the folder cannot be listed (${errorCode(error)})` };
    return;
  }
  entries.sort((a, b) => Buffer.compare(a.name, b.name));
  const looked = entries.map((entry) => lookAt(dir, under, entry.name));
  for (const { path, names, relative, stats, fault } of looked) {
    if (fault !== null) {
      yield { kind: 'skipped', relative, reason: 'unreadable', detail: `cannot be looked at (${fault})` };
    } else if (stats.isSymbolicLink()) {
      const target = await fsp.readlink(path, { encoding: 'buffer' }).then(pathText, () => '?');
      yield { kind: 'skipped', relative, reason: 'symlink', detail: `a symbolic link to ${target}, not followed` };
    } else if (stats.isDirectory()) {
      yield* walk(path, names);
    } else if (!stats.isFile()) {
      yield { kind: 'skipped', relative, reason: 'special', detail: `a ${specialKind(stats)}, not a file` };
    } else {
      const unreadable = readFault(path);
      if (unreadable) yield { kind: 'skipped', relative, reason: 'unreadable', detail: `cannot be read (${unreadable})` };
      else yield { kind: 'file', path, relative, ...fileTimes(stats), size: stats.size };
    }
  }
}

type LookedAt = { path: Buffer; names: Buffer[]; relative: string } & ({ stats: Stats; fault: null } | { stats: null; fault: string });

function lookAt(dir: Buffer, under: Buffer[], name: Buffer): LookedAt {
  const path = Buffer.concat([dir, SLASH, name]);
  const names = [...under, name];
  const relative = relativeText(names);
  try {
    return { path, names, relative, stats: fs.lstatSync(path), fault: null };
  } catch (error) {
    return { path, names, relative, stats: null, fault: errorCode(error) };
  }
}

function readFault(path: Buffer): string | null {
  try {
    fs.accessSync(path, fs.constants.R_OK);
    return null;
  } catch (error) {
    return errorCode(error);
  }
}

/**
 * A file's size and times as they are now, to tell whether it changed while it was read. Inside a walk the path
 * is never a link; a file named on the command line may be one, and then its target is what was read.
 */
export async function fileState(path: Buffer, options: { followLink?: boolean } = {}): Promise<{ size: number; modifiedAt: string; createdAt: string | null }> {
  const stats = options.followLink ? await fsp.stat(path) : await fsp.lstat(path);
  return { size: stats.size, ...fileTimes(stats) };
}

function fileTimes(stats: Stats): { modifiedAt: string; createdAt: string | null } {
  // A birth time of 0 means the file system (or the kernel's stat) does not keep one.
  return { modifiedAt: stats.mtime.toISOString(), createdAt: stats.birthtimeMs > 0 ? stats.birthtime.toISOString() : null };
}

function relativeText(names: Buffer[]): string {
  return names.map(pathText).join('/');
}

function specialKind(stats: Stats): string {
  if (stats.isFIFO()) return 'named pipe';
  if (stats.isSocket()) return 'socket';
  if (stats.isCharacterDevice()) return 'character device';
  if (stats.isBlockDevice()) return 'block device';
  return 'special file';
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? String(error);
}

/** How many files, and bytes, a walk of the folder would take: for a progress bar's time left. */
export async function folderTotals(root: string | Buffer): Promise<{ files: number; bytes: number }> {
  const totals = { files: 0, bytes: 0 };
  for await (const found of walkFolder(root)) {
    if (found.kind !== 'file') continue;
    totals.files++;
    totals.bytes += found.size;
  }
  return totals;
}
