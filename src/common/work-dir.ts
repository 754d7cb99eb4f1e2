/**
 * Temp files and folders that Dossier makes under a data directory's tmp/ carry the id of the process that
 * made them (`<purpose>-<pid>-<random>`), so whoever opens the data directory next can tell the leftovers
 * of a process that died (a crash mid-capture, mid-import) from the work of one still running, and remove
 * only the former.
 */
import fs from 'node:fs/promises';
import path from 'node:path';

/** A new folder for one piece of work, under `parent` (created if need be), named with this process's id. */
export async function makeWorkDir(parent: string, purpose: string): Promise<string> {
  await fs.mkdir(parent, { recursive: true });
  return fs.mkdtemp(path.join(parent, `${purpose}-${process.pid}-`));
}

/** The id of the process that made a temp entry, or undefined for a name not made this way. */
export function ownerOf(name: string): number | undefined {
  const pid = /^[a-z][a-z0-9]*(?:-[a-z][a-z0-9]*)*-(\d+)-/.exec(name)?.[1];
  return pid === undefined ? undefined : Number(pid);
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes what processes that are no longer running left in `dir`, after `salvage` has taken what it wants. Entries named otherwise are not ours to
 * judge and stay; a removal that fails is skipped, so housekeeping never keeps the data directory from opening.
 */
export async function removeLeftovers(dir: string, salvage?: (name: string, file: string) => Promise<void>): Promise<string[]> {
  const removed: string[] = [];
  for (const name of await fs.readdir(dir).catch(() => [] as string[])) {
    const owner = ownerOf(name);
    if (owner === undefined || isAlive(owner)) continue;
    try {
      // The owner may have left something worth keeping (a blob a sweep had set aside): its caller takes it first.
      await salvage?.(name, path.join(dir, name));
      await fs.rm(path.join(dir, name), { recursive: true, force: true });
      removed.push(name);
    } catch {
      // Left for the next open: a leftover costs disk, never the archive.
    }
  }
  return removed;
}
