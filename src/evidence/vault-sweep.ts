/**
 * Vault housekeeping. A crash between a blob's arrival in the vault and its intake's commit leaves bytes
 * nothing refers to (by design: the bytes go first, so an acknowledged intake always has them). They are
 * listed by `vault verify` and removed by a sweep once older than a safety age, each removal in the ledger.
 */
import type { Database } from '../db/database.js';
import { invalidField } from '../common/errors.js';
import type { CustodyLedger } from '../ledger/log.js';
import type { BlobStore, SetAsideBlob } from '../vault/blob-store.js';
import { derivativeBlobs } from './derivatives.js';

export interface UnreferencedBlob {
  sha256: string;
  size: number;
  modifiedAt: string;
}

export interface SweepReport {
  dryRun: boolean;
  /** How many unreferenced blobs older than the safety age were removed (or, dry run, would be), and their bytes. */
  removedCount: number;
  removedBytes: number;
  /** How many were spared: younger than the safety age, or touched by an intake while the sweep looked. */
  sparedCount: number;
  /** The first of each, to show; the ledger entries list every one removed. */
  removed: UnreferencedBlob[];
  spared: UnreferencedBlob[];
  olderThanHours: number;
  /** The `sweep` entries that log the removals, one a batch; none for a dry run or when nothing was removed. */
  ledgerSeqs: number[];
}

type SweepDeps = { database: Database; ledger: CustodyLedger; vault: BlobStore };

/** The shortest safety age a sweep accepts: an intake's bytes wait at most this long for their commit. */
export const MIN_SWEEP_AGE_HOURS = 1;
const BATCH = 500;
/** How many removed and spared blobs a report lists (it counts them all). */
const LISTED = 1000;

/** A blob's size and last write, or null when it is gone meanwhile. */
export async function describeBlob(vault: BlobStore, sha256: string): Promise<UnreferencedBlob | null> {
  const found = await vault.stat(sha256).catch(() => null);
  return found && { sha256, size: found.size, modifiedAt: found.modifiedAt.toISOString() };
}

/** Blobs in the vault that no evidence item and no derivative (a preview, a thumbnail) refers to, a batch at a time (the vault may hold millions). */
export async function* unreferencedBlobs(deps: Pick<SweepDeps, 'database' | 'vault'>): AsyncIterable<UnreferencedBlob> {
  let batch: string[] = [];
  const settle = async function* (hashes: string[]) {
    if (hashes.length === 0) return;
    const rows = await deps.database.db.selectFrom('evidence_items').select('sha256').where('sha256', 'in', hashes).execute();
    const referenced = new Set([...rows.map((row) => row.sha256), ...(await derivativeBlobs(deps.database.db, hashes))]);
    for (const sha256 of hashes) {
      if (referenced.has(sha256)) continue;
      const found = await describeBlob(deps.vault, sha256);
      if (found) yield found;
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
 * Removes the unreferenced blobs older than `olderThanHours`, a batch at a time: each blob of the batch is
 * set aside (one an intake touches meanwhile is put back: a sweep never takes bytes a commit is about to
 * refer to), the batch is logged as one `sweep` ledger entry listing each hash and size, and only then are
 * the bytes discarded. A crash before the discard loses nothing: set-aside blobs go back on the next open.
 */
export async function sweepVault(deps: SweepDeps, actor: string, options: { olderThanHours: number; dryRun?: boolean; now?: Date }): Promise<SweepReport> {
  const { olderThanHours } = options;
  if (!Number.isFinite(olderThanHours) || olderThanHours < MIN_SWEEP_AGE_HOURS) {
    throw invalidField('older-than', `must be at least ${MIN_SWEEP_AGE_HOURS} hour(s): younger blobs may belong to an intake still under way`, olderThanHours);
  }
  const cutoff = new Date((options.now ?? new Date()).getTime() - olderThanHours * 3_600_000);
  const report: SweepReport = { dryRun: options.dryRun === true, removedCount: 0, removedBytes: 0, sparedCount: 0, removed: [], spared: [], olderThanHours, ledgerSeqs: [] };
  const spare = (blob: UnreferencedBlob) => {
    report.sparedCount += 1;
    if (report.spared.length < LISTED) report.spared.push(blob);
  };
  let batch: UnreferencedBlob[] = [];
  const settle = async () => {
    const taken = options.dryRun ? batch : await removeBatch(deps, actor, batch, cutoff, olderThanHours, report, spare);
    for (const blob of taken) {
      report.removedCount += 1;
      report.removedBytes += blob.size;
      if (report.removed.length < LISTED) report.removed.push(blob);
    }
    batch = [];
  };
  for await (const blob of unreferencedBlobs(deps)) {
    if (new Date(blob.modifiedAt) >= cutoff) spare(blob);
    else batch.push(blob);
    if (batch.length >= BATCH) await settle();
  }
  await settle();
  return report;
}

/** Sets a batch aside, logs what was taken, then discards it; on a failure to log, everything goes back. */
async function removeBatch(deps: SweepDeps, actor: string, batch: UnreferencedBlob[], cutoff: Date, olderThanHours: number, report: SweepReport, spare: (blob: UnreferencedBlob) => void): Promise<UnreferencedBlob[]> {
  const taken: Array<{ blob: UnreferencedBlob; aside: SetAsideBlob }> = [];
  for (const blob of batch) {
    const aside = await deps.vault.setAsideIfUntouchedSince(blob.sha256, cutoff);
    if (aside) taken.push({ blob, aside });
    else spare(blob);
  }
  if (taken.length === 0) return [];
  try {
    const [entry] = await deps.database.writeTransaction((trx) =>
      deps.ledger.append(trx, [{ actor, action: 'sweep', subject: {}, details: { scope: 'vault', olderThanHours, removed: taken.map(({ blob }) => ({ sha256: blob.sha256, size: blob.size })) } }]),
    );
    report.ledgerSeqs.push(entry!.seq);
  } catch (error) {
    for (const { aside } of taken) await aside.restore();
    throw error;
  }
  for (const { aside } of taken) await aside.discard();
  return taken.map(({ blob }) => blob);
}
