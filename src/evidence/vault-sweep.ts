/**
 * Vault housekeeping. A crash between a blob's arrival in the vault and its intake's commit leaves bytes
 * nothing refers to (by design: the bytes go first, so an acknowledged intake always has them). They are
 * listed by `vault verify` and removed by a sweep once older than a safety age, each removal in the ledger.
 */
import type { Database } from '../db/database.js';
import { invalidField } from '../common/errors.js';
import type { CustodyLedger } from '../ledger/log.js';
import type { BlobStore } from '../vault/blob-store.js';

export interface UnreferencedBlob {
  sha256: string;
  size: number;
  modifiedAt: string;
}

export interface SweepReport {
  dryRun: boolean;
  /** Blobs nothing refers to that were older than the safety age: removed, or (dry run) to be removed. */
  removed: UnreferencedBlob[];
  /** Blobs nothing refers to yet, but younger than the safety age (an intake may still commit them). */
  spared: UnreferencedBlob[];
  olderThanHours: number;
  /** The `sweep` entry that logs the removals; none for a dry run or when nothing was removed. */
  ledgerSeq: number | null;
}

type SweepDeps = { database: Database; ledger: CustodyLedger; vault: BlobStore };

/** The shortest safety age a sweep accepts: an intake's bytes wait at most this long for their commit. */
export const MIN_SWEEP_AGE_HOURS = 1;
const BATCH = 500;

/** Blobs in the vault that no evidence item refers to, found a batch at a time (the vault may hold millions). */
export async function* unreferencedBlobs(deps: Pick<SweepDeps, 'database' | 'vault'>): AsyncIterable<UnreferencedBlob> {
  let batch: string[] = [];
  const settle = async function* (hashes: string[]) {
    if (hashes.length === 0) return;
    const rows = await deps.database.db.selectFrom('evidence_items').select('sha256').where('sha256', 'in', hashes).execute();
    const referenced = new Set(rows.map((row) => row.sha256));
    for (const sha256 of hashes) {
      if (referenced.has(sha256)) continue;
      const found = await deps.vault.stat(sha256).catch(() => null);
      if (found) yield { sha256, size: found.size, modifiedAt: found.modifiedAt.toISOString() };
    }
  };
  for await (const sha256 of deps.vault.list()) {
    batch.push(sha256);
    if (batch.length >= BATCH) {
      yield* settle(batch);
      batch = [];
    }
  }
  yield* settle(batch);
}

/**
 * Removes the unreferenced blobs older than `olderThanHours`. A blob an intake touches meanwhile is kept
 * (the vault's removal checks that at the last moment), so a sweep never takes bytes a commit is about to
 * refer to. The removals are one `sweep` ledger entry listing each hash and size.
 */
export async function sweepVault(deps: SweepDeps, actor: string, options: { olderThanHours: number; dryRun?: boolean; now?: Date }): Promise<SweepReport> {
  const { olderThanHours } = options;
  if (!Number.isFinite(olderThanHours) || olderThanHours < MIN_SWEEP_AGE_HOURS) {
    throw invalidField('older-than', `must be at least ${MIN_SWEEP_AGE_HOURS} hour(s): younger blobs may belong to an intake still under way`, olderThanHours);
  }
  const cutoff = new Date((options.now ?? new Date()).getTime() - olderThanHours * 3_600_000);
  const removed: UnreferencedBlob[] = [];
  const spared: UnreferencedBlob[] = [];
  for await (const blob of unreferencedBlobs(deps)) {
    if (new Date(blob.modifiedAt) >= cutoff) spared.push(blob);
    else if (options.dryRun) removed.push(blob);
    else if ((await deps.vault.removeIfUntouchedSince(blob.sha256, cutoff)) === 'removed') removed.push(blob);
    else spared.push(blob);
  }
  let ledgerSeq: number | null = null;
  if (!options.dryRun && removed.length > 0) {
    const [entry] = await deps.database.writeTransaction((trx) =>
      deps.ledger.append(trx, [
        { actor, action: 'sweep', subject: {}, details: { scope: 'vault', olderThanHours, removed: removed.map(({ sha256, size }) => ({ sha256, size })) } },
      ]),
    );
    ledgerSeq = entry!.seq;
  }
  return { dryRun: options.dryRun === true, removed, spared, olderThanHours, ledgerSeq };
}
