/**
 * Derivatives: files Dossier makes from an item so people can see it (a video's preview, its keyframes and
 * contact sheet, a thumbnail), never replacing or altering the original. Their bytes go into the vault like any
 * blob; each is logged by a `derive` ledger entry naming the original's SHA-256, its own, and the exact steps
 * (paths written as {original} and {work}/, so the entry holds no local path and anyone can redo it).
 * Making them again replaces the rows; a failure leaves the item as it was, held, with the reason returned.
 */
import { createReadStream } from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { recordAudit } from '../access/audit-log.js';
import { DossierError } from '../common/errors.js';
import { becauseOf, type Reason } from '../common/reason.js';
import { makeWorkDir } from '../common/work-dir.js';
import type { Database } from '../db/database.js';
import type { Db, EvidenceDerivativesTable } from '../db/schema.js';
import type { CustodyLedger } from '../ledger/log.js';
import { ffmpegVersion } from '../media/ffmpeg.js';
import { sharpVersion } from '../media/sharp.js';
import {
  extractKeyframes,
  imageThumbnail,
  makeContactSheet,
  makePreview,
  MediaToolFailure,
  pdfThumbnail,
  probeVideo,
  videoThumbnail,
  type MadeFile,
} from '../media/derivative-files.js';
import { derivativeWordings } from '../media/tool-wordings.js';
import type { BlobStore, StoredBlob } from '../vault/blob-store.js';
import type { EvidenceItem } from './evidence.js';

export type DerivativeKind = EvidenceDerivativesTable['kind'];
export const DERIVATIVE_MEDIA_TYPES = ['image/jpeg', 'image/png', 'video/mp4'] as const;
export const MAX_KEYFRAMES = 16;

export interface Derivative {
  kind: DerivativeKind;
  sha256: string;
  mediaType: string;
  size: number;
  madeAt: string;
  tool: string;
  command: string[][];
  frameSeconds: number | null;
  tileSeconds: number[] | null;
  ledgerSeq: number;
}

/** A derivative that could not be made: why in English, and the same by code (src/media/tool-wordings.ts). */
export interface DerivativeFailure {
  kind: DerivativeKind;
  reason: string;
  reasonWording: Reason;
}

/** `reasonWordings` say `reason` by code: one, or one for each derivative when none could be made. */
export type DerivativesResult =
  | { status: 'made'; evidenceId: string; derivatives: Derivative[]; failures: DerivativeFailure[] }
  | { status: 'unavailable' | 'failed' | 'not-applicable'; evidenceId: string; reason: string; reasonWordings: Reason[] };

/** The derivatives' kinds as the wordings choose them (a code cannot hold a hyphen). */
const PART: Record<DerivativeKind, string> = { thumbnail: 'thumbnail', keyframe: 'keyframe', 'contact-sheet': 'contactSheet', preview: 'preview' };

export interface DerivativeDeps {
  database: Database;
  ledger: CustodyLedger;
  vault: BlobStore;
  tmpDir: string;
}

/** Video plays in a preview and is seen in keyframes; images and PDFs get a thumbnail. */
export function hasDerivatives(mediaType: string): boolean {
  return mediaType.startsWith('video/') || mediaType.startsWith('image/') || mediaType === 'application/pdf';
}

type Made = MadeFile & { kind: DerivativeKind; tool: string; frameSeconds?: number; tileSeconds?: number[] };

export async function makeDerivatives(deps: DerivativeDeps, item: Pick<EvidenceItem, 'id' | 'sha256' | 'mediaType'>, actor: string, caseId?: string): Promise<DerivativesResult> {
  if (!hasDerivatives(item.mediaType)) return notMade('not-applicable', item.id, [derivativeWordings.say('notMade', { mediaType: item.mediaType })]);
  const work = await makeWorkDir(deps.tmpDir, 'derive');
  try {
    // Read in place when the vault has local files: a 50 GB video is never copied, ffmpeg seeks in it.
    let original = deps.vault.localPath?.(item.sha256);
    if (!original) {
      original = path.join(work, 'original');
      await deps.vault.copyTo(item.sha256, original);
    }
    const out = path.join(work, 'out');
    await fsp.mkdir(out);
    const failed: Array<{ kind: DerivativeKind; reason: Reason }> = [];
    let made: Made[];
    try {
      made = item.mediaType.startsWith('video/') ? await videoDerivatives(original, out, failed) : [await stillThumbnail(item.mediaType, original, out)];
    } catch (error) {
      if (!(error instanceof MediaToolFailure)) throw error;
      return notMade(error.status, item.id, [portableReason(error.reason, original, work)]);
    }
    const failures = failed.map(({ kind, reason }) => {
      const portable = portableReason(reason, original!, work);
      return { kind, reason: portable.text, reasonWording: portable };
    });
    // Each derivative of a video is made on its own: none made, each one's reason is said.
    if (made.length === 0) return notMade('failed', item.id, failures.map(({ kind, reasonWording }) => becauseOf(derivativeWordings.say('partFailed', { part: PART[kind], problem: reasonWording.text }), reasonWording)));
    const derivatives = await storeDerivatives(deps, item, actor, caseId, made.map((file) => ({ ...file, steps: portableSteps(file.steps, original!, work) })));
    return { status: 'made', evidenceId: item.id, derivatives, failures };
  } finally {
    await fsp.rm(work, { recursive: true, force: true });
  }
}

/** A preview, keyframes and their contact sheet, and a thumbnail: each made on its own, so one failing leaves the others. */
async function videoDerivatives(original: string, out: string, failures: Array<{ kind: DerivativeKind; reason: Reason }>): Promise<Made[]> {
  const tool = (await ffmpegVersion()) ?? 'ffmpeg';
  const probe = await probeVideo(original);
  const made: Made[] = [];
  const attempt = async (kind: DerivativeKind, work: () => Promise<void>) => {
    try {
      await work();
    } catch (error) {
      if (!(error instanceof MediaToolFailure)) throw error;
      failures.push({ kind, reason: error.reason });
    }
  };
  await attempt('thumbnail', async () => {
    const thumbnail = await videoThumbnail(original, out, probe.durationSeconds);
    made.push({ ...thumbnail, kind: 'thumbnail', tool, frameSeconds: thumbnail.seconds });
  });
  await attempt('keyframe', async () => {
    const keyframes = await extractKeyframes(original, out, { max: MAX_KEYFRAMES, durationSeconds: probe.durationSeconds });
    made.push(...keyframes.map((frame) => ({ ...frame, kind: 'keyframe' as const, tool, frameSeconds: frame.seconds })));
    await attempt('contact-sheet', async () => {
      const sheet = await makeContactSheet(keyframes, out);
      made.push({ ...sheet, kind: 'contact-sheet', tool, tileSeconds: sheet.tileSeconds });
    });
  });
  await attempt('preview', async () => {
    made.push({ ...(await makePreview(original, out)), kind: 'preview', tool });
  });
  return made;
}

async function stillThumbnail(mediaType: string, original: string, out: string): Promise<Made> {
  if (mediaType === 'application/pdf') return { ...(await pdfThumbnail(original, out)), kind: 'thumbnail', tool: `pdftoppm (poppler), ${await sharpVersion()}` };
  return { ...(await imageThumbnail(original, out)), kind: 'thumbnail', tool: await sharpVersion() };
}

/** A program's words with the same placeholders: a reason shown or stored names no local path. */
function portableText(text: string, original: string, work: string): string {
  return text.split(original).join('{original}').split(work).join('{work}');
}

/** The same for a worded reason: its English, its values and its cause. */
function portableReason(reason: Reason, original: string, work: string): Reason {
  const values = Object.fromEntries(Object.entries(reason.values).map(([name, value]) => [name, typeof value === 'string' ? portableText(value, original, work) : value]));
  const portable = { code: reason.code, values, text: portableText(reason.text, original, work) };
  return becauseOf(portable, reason.cause && portableReason(reason.cause, original, work));
}

function notMade(status: 'unavailable' | 'failed' | 'not-applicable', evidenceId: string, reasons: Reason[]): DerivativesResult {
  return { status, evidenceId, reason: reasons.map((reason) => reason.text).join('; '), reasonWordings: reasons };
}

/** The steps with the original's path and the work folder written as placeholders: no local path in the ledger. */
export function portableSteps(steps: string[][], original: string, work: string): string[][] {
  return steps.map((step) => step.map((arg) => (arg === original ? '{original}' : arg.startsWith(`${work}${path.sep}`) ? `{work}/${path.relative(work, arg).split(path.sep).join('/')}` : arg)));
}

/**
 * Bytes into the vault first (a crash leaves unreferenced blobs, swept later, as with intakes), then in one
 * transaction the item's old derivatives replaced, each new one logged by its own `derive` entry.
 */
async function storeDerivatives(deps: DerivativeDeps, item: Pick<EvidenceItem, 'id' | 'sha256'>, actor: string, caseId: string | undefined, made: Made[]): Promise<Derivative[]> {
  const stored: Array<{ file: Made; blob: StoredBlob }> = [];
  for (const file of made) stored.push({ file, blob: await deps.vault.put(createReadStream(file.file)) });
  return deps.database.writeTransaction(async (trx) => {
    const entries = await deps.ledger.append(
      trx,
      stored.map(({ file, blob }) => ({
        actor,
        action: 'derive' as const,
        subject: { evidence: item.sha256, ...(caseId ? { case: caseId } : {}) },
        details: {
          evidenceId: item.id,
          kind: file.kind,
          derivativeSha256: blob.sha256,
          mediaType: file.mediaType,
          size: blob.size,
          tool: file.tool,
          command: file.steps,
          ...(file.frameSeconds !== undefined ? { frameSeconds: file.frameSeconds } : {}),
          // A contact sheet's tile times are what a reader takes its pictures to show: committed with it.
          ...(file.tileSeconds !== undefined ? { tileSeconds: file.tileSeconds } : {}),
        },
      })),
    );
    const rows: EvidenceDerivativesTable[] = stored.map(({ file, blob }, index) => ({
      evidence_id: item.id,
      kind: file.kind,
      sha256: blob.sha256,
      media_type: file.mediaType,
      size: blob.size,
      made_at: entries[index]!.time,
      tool: file.tool,
      command: JSON.stringify(file.steps),
      frame_seconds: file.frameSeconds ?? null,
      tile_seconds: file.tileSeconds ? JSON.stringify(file.tileSeconds) : null,
      ledger_seq: entries[index]!.seq,
    }));
    await trx.deleteFrom('evidence_derivatives').where('evidence_id', '=', item.id).execute();
    for (const row of rows) await trx.insertInto('evidence_derivatives').values(row).execute();
    return rows.map(derivativeOf);
  });
}

export async function listDerivatives(db: Db, evidenceId: string): Promise<Derivative[]> {
  const rows = await db.selectFrom('evidence_derivatives').selectAll().where('evidence_id', '=', evidenceId).orderBy('kind').orderBy('frame_seconds').execute();
  return rows.map(derivativeOf);
}

/**
 * Opens one of an item's derivatives for reading, logged as a `view` of the item (a thumbnail shows the
 * evidence too), naming the derivative, before a byte leaves the vault; as viewEvidence does for the original.
 * A byte range (a video player seeking in the preview) is a read too, logged the same way.
 */
export async function viewDerivative(
  deps: Omit<DerivativeDeps, 'tmpDir'>,
  actor: string,
  item: Pick<EvidenceItem, 'id' | 'sha256'>,
  sha256: string,
  options: { caseId?: string | undefined; rangeHeader?: string | undefined } = {},
): Promise<{ derivative: Derivative; stream: NodeJS.ReadableStream; range: ByteRange | null }> {
  const row = await deps.database.db.selectFrom('evidence_derivatives').selectAll().where('evidence_id', '=', item.id).where('sha256', '=', sha256).executeTakeFirst();
  if (!row || !(DERIVATIVE_MEDIA_TYPES as readonly string[]).includes(row.media_type)) {
    throw new DossierError('NOT_FOUND', `evidence ${item.id} has no derivative ${sha256}`, { field: 'sha256', value: sha256 });
  }
  const derivative = derivativeOf(row);
  const range = options.rangeHeader ? byteRange(options.rangeHeader, derivative.size) : null;
  // Audited as a read (access/audit-log.ts), not a custody entry: the derivative is ours, not the evidence.
  if (!deps.database.readOnly) {
    await recordAudit(deps.database.db, 'derivative_viewed', actor, {
      ...(options.caseId ? { case: options.caseId } : {}),
      evidenceId: item.id,
      evidence: item.sha256,
      derivative: { kind: row.kind, sha256 },
      ...(range ? { bytes: [range.start, range.end] } : {}),
    });
  }
  const stream = await deps.vault.read(sha256, range ?? undefined);
  return { derivative, stream, range };
}

export interface ByteRange {
  start: number;
  /** Inclusive, as HTTP counts. */
  end: number;
}

/** One range of an HTTP Range header (RFC 9110 §14.1.2) within `size` bytes; null for a header we do not serve (several ranges). */
export function byteRange(header: string, size: number): ByteRange | null {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === '' && match[2] === '')) return null;
  const [first, last] = [match[1] === '' ? null : Number(match[1]), match[2] === '' ? null : Number(match[2])];
  const range = first === null ? { start: Math.max(0, size - last!), end: size - 1 } : { start: first, end: Math.min(last ?? size - 1, size - 1) };
  if (range.start >= size || range.end < range.start) throw new DossierError('RANGE_NOT_SATISFIABLE', `bytes ${header.trim().slice(6)} are not within the ${size} bytes of the derivative`, { field: 'range', size });
  return range;
}

/** Each item's thumbnail's SHA-256, for a list of items. */
export async function thumbnailsOf(db: Db, evidenceIds: readonly string[]): Promise<Map<string, string>> {
  if (evidenceIds.length === 0) return new Map();
  const rows = await db.selectFrom('evidence_derivatives').select(['evidence_id', 'sha256']).where('kind', '=', 'thumbnail').where('evidence_id', 'in', [...evidenceIds]).execute();
  return new Map(rows.map((row) => [row.evidence_id, row.sha256]));
}

/** Of these blobs, the ones some derivative holds: not orphans, whatever no evidence item says. */
export async function derivativeBlobs(db: Db, hashes: readonly string[]): Promise<Set<string>> {
  if (hashes.length === 0) return new Set();
  const rows = await db.selectFrom('evidence_derivatives').select('sha256').where('sha256', 'in', [...hashes]).execute();
  return new Set(rows.map((row) => row.sha256));
}

function derivativeOf(row: EvidenceDerivativesTable): Derivative {
  return {
    kind: row.kind,
    sha256: row.sha256,
    mediaType: row.media_type,
    size: Number(row.size),
    madeAt: row.made_at,
    tool: row.tool,
    command: JSON.parse(row.command) as string[][],
    frameSeconds: row.frame_seconds === null ? null : Number(row.frame_seconds),
    tileSeconds: row.tile_seconds === null ? null : (JSON.parse(row.tile_seconds) as number[]),
    ledgerSeq: Number(row.ledger_seq),
  };
}
