/**
 * After a push's note is in place, what only earlier pushes used goes: their state files and manifests, blobs
 * the vault no longer holds (their names are in no index any more, so no one could restore them), and temp files
 * of writes that were cut off. Only the mirror's own folders are touched, and only names a push makes.
 *
 * A destination that refuses a delete (an S3 bucket whose object lock keeps every object until its retention
 * ends) does not fail the push, which is whole and signed by then: the object stays, and is reported.
 */
import { isDossierError } from '../common/errors.js';
import type { MirrorDestination } from './mirror-destination.js';
import { BLOBS_DIR, manifestPath, MANIFESTS_DIR, STATE_DIR } from './mirror-layout.js';
import type { MirrorManifest } from './mirror-manifest.js';

export interface PruneResult {
  removed: number;
  refused: number;
  /** Why the first refused object stayed. */
  problem?: string;
}

export async function pruneOldPushes(destination: MirrorDestination, manifest: MirrorManifest): Promise<PruneResult> {
  const keep = new Set([...manifest.files.map((f) => f.path), manifestPath(manifest.push)]);
  const result: PruneResult = { removed: 0, refused: 0 };
  for (const dir of [BLOBS_DIR, STATE_DIR, MANIFESTS_DIR]) {
    // Listed whole first: deleting while a listing pages on could skip keys.
    const keys: string[] = [];
    for await (const key of destination.list(dir)) if (!keep.has(key) && /\.(age|json|tmp)$/.test(key)) keys.push(key);
    for (const key of keys) {
      try {
        await destination.remove(key);
        result.removed++;
      } catch (error) {
        result.refused++;
        result.problem ??= isDossierError(error) ? error.message : String(error);
      }
    }
  }
  return result;
}
