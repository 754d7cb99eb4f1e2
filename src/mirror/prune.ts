/**
 * After a push's note is in place, what only earlier pushes used goes: their state folders and manifests, blobs
 * the vault no longer holds (their names are in no index any more, so no one could restore them), and temp files
 * of pushes that were cut off. Only the mirror's own folders are touched, and only names a push makes.
 */
import fsp from 'node:fs/promises';
import path from 'node:path';
import { listFiles } from './file-digest.js';
import { BLOBS_DIR, manifestPath, MANIFESTS_DIR, STATE_DIR } from './mirror-layout.js';
import type { MirrorManifest } from './mirror-manifest.js';

export async function pruneOldPushes(dest: string, manifest: MirrorManifest): Promise<number> {
  const keep = new Set([...manifest.files.map((f) => f.path), manifestPath(manifest.push)]);
  let removed = 0;
  for (const dir of [BLOBS_DIR, STATE_DIR, MANIFESTS_DIR]) {
    const files = await listFiles(path.join(dest, dir)).catch(() => [] as string[]);
    for (const file of files.map((f) => `${dir}/${f}`)) {
      if (keep.has(file) || !/\.(age|json|tmp)$/.test(file)) continue;
      await fsp.rm(path.join(dest, file), { force: true });
      removed++;
    }
  }
  for (const folder of await fsp.readdir(path.join(dest, STATE_DIR)).catch(() => [] as string[])) {
    if (folder !== manifest.push) await fsp.rmdir(path.join(dest, STATE_DIR, folder)).catch(() => undefined);
  }
  return removed;
}
