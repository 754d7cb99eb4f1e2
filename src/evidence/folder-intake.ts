/**
 * Taking in handed-over folders: every file the walk finds is stored (hashed as it is read, durable first),
 * then, if it did not change while it was read, its intake is recorded with its path and times as handed over.
 * A file that changed while read is refused and named (its hash would describe bytes that never were the file);
 * what the walk did not take (links, special files, unreadable ones) is told, one event each.
 */
import path from 'node:path';
import { isDossierError } from '../common/errors.js';
import { failpoint } from '../common/failpoint.js';
import type { FileStorePool } from '../vault/file-store-pool.js';
import { intakeOfStoredBlob, recordIntakes, type EvidenceDeps, type IngestResult, type PreparedIntake } from './evidence.js';
import { walkFolder, type FolderFile, type SkipReason } from './folder-walk.js';

export type FolderIntakeEvent =
  | { kind: 'taken'; path: string; result: IngestResult }
  | { kind: 'skipped'; path: string; reason: SkipReason | 'changed'; detail: string }
  /** Taken before, under the same handover, as it is now: an interrupted intake resumed. */
  | { kind: 'already'; path: string };

export interface FolderIntake {
  caseId: string;
  handoverId: string;
  source?: string | undefined;
  note?: string | undefined;
  /** Files already taken under the handover (handovers.ts takenUnder), not read again while unchanged. */
  alreadyTaken?: ReadonlyMap<string, { size: number; modifiedAt: string }>;
}

/**
 * Files are taken in batches: up to BATCH_FILES files (or BATCH_BYTES) are read, hashed and stored by the vault's
 * file pool, on its worker threads (each blob fsynced before it is renamed into place, as ever; the kernel's journal
 * commits concurrent fsyncs together), then all their intakes are recorded in one transaction, and only then
 * acknowledged. A crash loses at most the batch in hand, none of it acknowledged: its stored bytes are unreferenced,
 * and the resumed intake takes those files again.
 */
const BATCH_FILES = 128;
const BATCH_BYTES = 64 * 1024 * 1024;

type Found = FolderFile & { handedOverPath: string };

/** Walks `root` and takes in its files; each path starts with the folder's own name ("USB/DCIM/IMG_0001.JPG"). */
export async function takeFolder(
  deps: EvidenceDeps,
  actor: string,
  intake: FolderIntake,
  root: string,
  onEvent: (event: FolderIntakeEvent) => void | Promise<void>,
): Promise<void> {
  const top = path.basename(path.resolve(root));
  const pool = deps.vault.filePool();
  let batch: Found[] = [];
  let batchBytes = 0;
  try {
    for await (const found of walkFolder(root)) {
      const handedOverPath = `${top}/${found.relative}`;
      if (found.kind === 'skipped') {
        await onEvent({ kind: 'skipped', path: handedOverPath, reason: found.reason, detail: found.detail });
        continue;
      }
      const before = intake.alreadyTaken?.get(handedOverPath);
      if (before && before.size === found.size && before.modifiedAt === found.modifiedAt) {
        await onEvent({ kind: 'already', path: handedOverPath });
        continue;
      }
      batch.push({ ...found, handedOverPath });
      batchBytes += found.size;
      if (batch.length >= BATCH_FILES || batchBytes >= BATCH_BYTES) {
        await takeBatch(deps, actor, () => storeOnPool(pool, intake, batch), batch, onEvent);
        [batch, batchBytes] = [[], 0];
      }
    }
    if (batch.length > 0) await takeBatch(deps, actor, () => storeOnPool(pool, intake, batch), batch, onEvent);
  } finally {
    await pool.close();
  }
}

/** A file of the batch stored; or changed while read; or unreadable (a bad sector, gone since the walk): the rest go on. */
type Stored = { found: Found; prepared: PreparedIntake; changed: boolean } | { found: Found; unreadable: string };
type StoreBatch = (batch: Found[]) => Promise<Stored[]>;

function handedOver(intake: FolderIntake, found: Found, times: { modifiedAt: string; createdAt: string | null }) {
  return {
    caseId: intake.caseId,
    originalName: found.handedOverPath,
    source: intake.source,
    note: intake.note,
    file: { handoverId: intake.handoverId, path: found.handedOverPath, ...times },
  };
}

/** On the vault's worker threads: the times kept are those the file had when it was opened. */
async function storeOnPool(pool: FileStorePool, intake: FolderIntake, batch: Found[]): Promise<Stored[]> {
  return Promise.all(
    batch.map(async (found) => {
      const stored = await pool.store(found.path).catch(unreadableOnly);
      if (typeof stored === 'string') return { found, unreadable: stored };
      const prepared = await intakeOfStoredBlob(handedOver(intake, found, { modifiedAt: stored.modifiedAt, createdAt: stored.createdAt }), stored);
      return { found, prepared, changed: stored.changed || stored.modifiedAt !== found.modifiedAt };
    }),
  );
}

async function takeBatch(deps: EvidenceDeps, actor: string, store: StoreBatch, batch: Found[], onEvent: (event: FolderIntakeEvent) => void | Promise<void>): Promise<void> {
  const stored = await store(batch);
  failpoint('intake:stored');
  const kept = stored.filter((s): s is Extract<Stored, { prepared: PreparedIntake }> => 'prepared' in s && !s.changed);
  const results = await deps.database.writeTransaction((trx) => recordIntakes(deps, trx, actor, kept.map((s) => s.prepared)));
  // Acknowledged in the walk's order, once the batch is committed.
  for (const entry of stored) {
    const { found } = entry;
    if ('unreadable' in entry) {
      await onEvent({ kind: 'skipped', path: found.handedOverPath, reason: 'unreadable', detail: entry.unreadable });
    } else if (entry.changed) {
      // The stored bytes stay unreferenced, for the vault sweep: nothing acknowledges them.
      await onEvent({ kind: 'skipped', path: found.handedOverPath, reason: 'changed', detail: 'the file changed while it was read: its hash would not be the file’s' });
    } else {
      await onEvent({ kind: 'taken', path: found.handedOverPath, result: results[kept.indexOf(entry as (typeof kept)[number])]! });
    }
  }
}

/** A file that could not be read is told and skipped; any other failure (the vault's disk full) stops the intake. */
function unreadableOnly(error: unknown): string {
  if (isDossierError(error) && error.code === 'FILE_UNREADABLE') return `could not be read: ${error.message}`;
  throw error;
}
