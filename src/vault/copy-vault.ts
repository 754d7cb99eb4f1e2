/**
 * Every blob of one vault copied into another (a file vault into S3, or back), each checked there by re-reading it
 * before it counts as copied. Blobs the target already holds whole are checked, not sent again, so a copy that was
 * interrupted is finished by running it again.
 */
import { DossierError } from '../common/errors.js';
import type { BlobStore } from './blob-store.js';

export interface VaultCopy {
  blobs: number;
  /** Sent now; the rest were in the target already. */
  copied: number;
  bytes: number;
}

export async function copyVault(from: BlobStore, to: BlobStore, onProgress?: (done: number) => void): Promise<VaultCopy> {
  const result: VaultCopy = { blobs: 0, copied: 0, bytes: 0 };
  for await (const sha256 of from.list()) {
    const size = await from.size(sha256);
    const held = (await to.has(sha256)) && (await to.size(sha256)) === size;
    if (!held) {
      // Bytes read from the source must hash to their address on arrival, or nothing is stored.
      const local = from.localPath?.(sha256);
      if (local) await to.putFile(local, { expectedSha256: sha256 });
      else await to.put((await from.read(sha256)) as AsyncIterable<Uint8Array>, { expectedSha256: sha256 });
      result.copied++;
    }
    const check = await to.check(sha256);
    if (!check.ok) {
      throw new DossierError('VAULT_BLOB_CORRUPT', `blob ${sha256} is ${check.problem} in the target vault after copying (${check.path ?? ''}): nothing was switched; run the move again`, { sha256, problem: check.problem });
    }
    result.blobs++;
    result.bytes += size;
    onProgress?.(result.blobs);
  }
  return result;
}
