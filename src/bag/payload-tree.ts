import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Findings } from './findings.js';

/**
 * Every regular file under data/, as bag-relative path → size in octets. Symbolic links and special
 * files are refused, not followed: a link could point anywhere outside the bag. Blocking calls: a bag
 * may hold tens of thousands of files, and each awaited lstat is a round trip through the thread pool.
 */
export async function listPayload(bagDir: string, findings: Findings): Promise<Map<string, number>> {
  const files = new Map<string, number>();
  const pending = ['data'];
  for (let relative = pending.pop(); relative !== undefined; relative = pending.pop()) {
    const entries = readdirSync(join(bagDir, relative), { withFileTypes: true });
    for (const entry of entries) {
      const path = `${relative}/${entry.name}`;
      if (entry.isDirectory()) pending.push(path);
      else if (entry.isFile()) files.set(path, lstatSync(join(bagDir, path)).size);
      else if (entry.isSymbolicLink()) findings.error('SYMLINK_IN_BAG', `${path} is a symbolic link; bags must hold real files`, path);
      else findings.error('SPECIAL_FILE_IN_BAG', `${path} is not a regular file`, path);
    }
  }
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
