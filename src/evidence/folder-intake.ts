/**
 * Taking in handed-over folders: every file the walk finds is stored (hashed while streaming, durable first),
 * then, if it did not change while it was read, its intake is recorded with its path and times as handed over.
 * A file that changed while read is refused and named (its hash would describe bytes that never were the file);
 * what the walk did not take (links, special files, unreadable ones) is told, one event each.
 */
import path from 'node:path';
import { failpoint } from '../common/failpoint.js';
import { readFileChunks } from '../vault/file-source.js';
import { recordIntake, storeEvidenceBytes, type EvidenceDeps, type IngestResult } from './evidence.js';
import { fileState, walkFolder, type SkipReason } from './folder-walk.js';

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

/** Walks `root` and takes in its files; each path starts with the folder's own name ("USB/DCIM/IMG_0001.JPG"). */
export async function takeFolder(
  deps: EvidenceDeps,
  actor: string,
  intake: FolderIntake,
  root: string,
  onEvent: (event: FolderIntakeEvent) => void | Promise<void>,
  onBytes?: (bytes: number) => void,
): Promise<void> {
  const top = path.basename(path.resolve(root));
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
    const file = { handoverId: intake.handoverId, path: handedOverPath, modifiedAt: found.modifiedAt, createdAt: found.createdAt };
    const prepared = await storeEvidenceBytes(deps, {
      caseId: intake.caseId,
      originalName: handedOverPath,
      source: intake.source,
      note: intake.note,
      content: readFileChunks(found.path),
      file,
      ...(onBytes ? { onProgress: onBytes } : {}),
    });
    const now = await fileState(found.path).catch(() => null);
    if (!now || now.size !== prepared.size || now.modifiedAt !== found.modifiedAt) {
      // The stored bytes stay unreferenced, for the vault sweep: nothing acknowledges them.
      await onEvent({ kind: 'skipped', path: handedOverPath, reason: 'changed', detail: 'the file changed while it was read: its hash would not be the file’s' });
      continue;
    }
    failpoint('intake:stored');
    const result = await deps.database.writeTransaction((trx) => recordIntake(deps, trx, actor, prepared));
    await onEvent({ kind: 'taken', path: handedOverPath, result });
  }
}
