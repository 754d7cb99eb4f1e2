/**
 * Taking in handed-over folders: every file the walk finds is stored (hashed as it is read, durable first),
 * then, if it did not change while it was read, its intake is recorded with its path and times as handed over.
 * A file that changed while read is refused and named (its hash would describe bytes that never were the file);
 * what the walk did not take (links, special files, unreadable ones) is told, one event each.
 */
import path from 'node:path';
import { isDossierError } from '../common/errors.js';
import { failpoint } from '../common/failpoint.js';
import type { FilePool } from '../vault/blob-store.js';
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
 * file pool, on its worker threads, made durable together (file-store-pool.ts: two flushes of the file system per
 * batch instead of an fsync per file), then all their intakes are recorded in one transaction, and only then
 * acknowledged. While one batch is recorded the next is stored. A crash loses at most the batches in hand, none of
 * them acknowledged: their stored bytes are unreferenced, and the resumed intake takes those files again.
 */
const BATCH_FILES = 512;
const BATCH_BYTES = 32 * 1024 * 1024;
const BATCHES_IN_HAND = 2;

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
  let recording: Promise<void> = Promise.resolve();
  const inFlight: Promise<void>[] = [];
  // The batch is stored now, and recorded once the one before it is: in the walk's order, one transaction at a time.
  // Two batches are in hand at most (their flushes shared): memory stays bounded whatever the folder's size.
  const take = async (files: Found[]) => {
    while (inFlight.length >= BATCHES_IN_HAND) await inFlight.shift();
    const storing = storeOnPool(pool, intake, files);
    storing.catch(() => undefined); // awaited below, after the batch before it; not an unhandled rejection meanwhile
    recording = recording.then(async () => recordBatch(deps, actor, await storing, onEvent));
    inFlight.push(recording);
  };
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
        await take(batch);
        [batch, batchBytes] = [[], 0];
      }
    }
    if (batch.length > 0) await take(batch);
    await recording;
  } finally {
    await recording.catch(() => undefined);
    await pool.close();
  }
}

/** A file of the batch stored; or changed while read; or unreadable (a bad sector, gone since the walk): the rest go on. */
type Stored = { found: Found; prepared: PreparedIntake; changed: boolean } | { found: Found; unreadable: string };

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
async function storeOnPool(pool: FilePool, intake: FolderIntake, batch: Found[]): Promise<Stored[]> {
  const stored = await pool.storeBatch(batch.map((found) => found.path));
  return Promise.all(
    stored.map(async (blob, i): Promise<Stored> => {
      const found = batch[i]!;
      if (blob instanceof Error) return { found, unreadable: unreadableOnly(blob) };
      const prepared = await intakeOfStoredBlob(handedOver(intake, found, { modifiedAt: blob.modifiedAt, createdAt: blob.createdAt }), blob);
      return { found, prepared, changed: blob.changed || blob.modifiedAt !== found.modifiedAt };
    }),
  );
}

async function recordBatch(deps: EvidenceDeps, actor: string, stored: Stored[], onEvent: (event: FolderIntakeEvent) => void | Promise<void>): Promise<void> {
  failpoint('intake:stored');
  const kept = stored.filter((s): s is Extract<Stored, { prepared: PreparedIntake }> => 'prepared' in s && !s.changed);
  const results = await deps.database.writeTransaction((trx) => recordIntakes(deps, trx, actor, kept.map((s) => s.prepared)));
  // Acknowledged in the walk's order, once the batch is committed.
  let next = 0;
  for (const entry of stored) {
    const { found } = entry;
    if ('unreadable' in entry) {
      await onEvent({ kind: 'skipped', path: found.handedOverPath, reason: 'unreadable', detail: entry.unreadable });
    } else if (entry.changed) {
      // The stored bytes stay unreferenced, for the vault sweep: nothing acknowledges them.
      await onEvent({ kind: 'skipped', path: found.handedOverPath, reason: 'changed', detail: 'the file changed while it was read: its hash would not be the file’s' });
    } else {
      await onEvent({ kind: 'taken', path: found.handedOverPath, result: results[next++]! });
    }
  }
}

/** A file that could not be read is told and skipped; any other failure (a file over the size limit) stops the intake. */
function unreadableOnly(error: Error): string {
  if (isDossierError(error) && error.code === 'FILE_UNREADABLE') return `could not be read: ${error.message}`;
  throw error;
}
