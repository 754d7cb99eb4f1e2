/**
 * Moves a data directory's evidence to another vault (`dossier vault migrate --to s3://BUCKET/PREFIX`, or
 * `--to local` for its own folder): every blob copied and checked there, the move logged as a `transfer`
 * entry, then the data directory's manifest switched to the new vault. The old vault is left whole: its owner
 * removes it once satisfied. Interrupted, it is finished by running it again (blobs already there are checked,
 * not sent again).
 */
import path from 'node:path';
import { writeFileDurably } from '../common/durable-fs.js';
import { DossierError, invalidField } from '../common/errors.js';
import { readOnlyRefusal } from '../common/os-errors.js';
import type { BlobStore } from '../vault/blob-store.js';
import { copyVault, type VaultCopy } from '../vault/copy-vault.js';
import { FsBlobStore } from '../vault/fs-blob-store.js';
import { DATA_FORMAT, LOCAL_VAULT_FORMAT, MANIFEST } from './data-dir.js';
import type { Dossier } from './open.js';

export const LOCAL_VAULT = 'local';

export interface VaultMove extends VaultCopy {
  from: string;
  to: string;
  ledgerSeq: number;
}

export async function moveVault(dossier: Dossier, actor: string, to: string, onProgress?: (done: number) => void): Promise<VaultMove> {
  if (dossier.readOnly) throw readOnlyRefusal(dossier.config.dataDir, 'moving its vault');
  if (to !== LOCAL_VAULT && !to.startsWith('s3://')) throw invalidField('to', `must be s3://BUCKET/PREFIX, or "${LOCAL_VAULT}" for the data directory's own folder`, to);
  const from = dossier.dataDir.manifest.vault ?? LOCAL_VAULT;
  if (from === to) throw new DossierError('CONFLICT', `the evidence is in ${to} already`, { field: 'to' });
  const target = await openTarget(dossier, to);
  try {
    const copied = await copyVault(dossier.vault, target, onProgress);
    const [entry] = await dossier.database.writeTransaction((trx) =>
      dossier.ledger.append(trx, [{ actor, action: 'transfer', subject: {}, details: { scope: 'vault', from, to, blobs: copied.blobs, bytes: copied.bytes } }]),
    );
    const { vault: _old, ...manifest } = dossier.dataDir.manifest;
    const moved = to === LOCAL_VAULT ? { ...manifest, format: LOCAL_VAULT_FORMAT } : { ...manifest, format: DATA_FORMAT, vault: to };
    await writeFileDurably(path.join(dossier.config.dataDir, MANIFEST), JSON.stringify(moved, null, 2) + '\n', 0o644);
    return { from, to, ...copied, ledgerSeq: entry!.seq };
  } finally {
    target.close?.();
  }
}

async function openTarget(dossier: Dossier, to: string): Promise<BlobStore> {
  if (to === LOCAL_VAULT) return FsBlobStore.open(dossier.config.dataDir);
  const [{ S3BlobStore }, { s3VaultSettings }] = await Promise.all([import('../vault/s3-blob-store.js'), import('../vault/s3-settings.js')]);
  return S3BlobStore.open(s3VaultSettings(to, process.env));
}
