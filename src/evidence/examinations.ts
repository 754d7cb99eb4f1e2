/**
 * What is read from an item once it is held: its text, its original metadata, its content credentials (C2PA),
 * and the other examinations of the verification toolkit, each a step that says which media types it applies to.
 * The jobs queue runs them after an upload is answered (examination-jobs.ts), one item at a time (OCR and ffmpeg
 * each hold a core); one examiner per process owns the long-lived tools (ExifTool) and ends them when it closes.
 */
import { DossierError, InvariantError } from '../common/errors.js';
import type { Database } from '../db/database.js';
import type { CustodyLedger } from '../ledger/log.js';
import { findLookAlikes, hasLookAlikes } from '../similarity/look-alikes.js';
import type { BlobStore } from '../vault/blob-store.js';
import { hasDerivatives, makeDerivatives } from './derivatives.js';
import type { EvidenceItem } from './evidence.js';
import { mayCarryCredentials, readEvidenceCredentials } from './evidence-credentials.js';
import { hasMediaMetadata, MetadataReader, readEvidenceMetadata } from './evidence-metadata.js';
import { extractEvidenceText, hasExtractableText } from './evidence-text.js';

export interface ExaminationDeps {
  database: Database;
  vault: BlobStore;
  tmpDir: string;
  /** For the steps that log what they make or find (`derive` entries, look-alike links). */
  ledger: CustodyLedger;
}

export type ExaminedItem = Pick<EvidenceItem, 'id' | 'sha256' | 'mediaType' | 'size'>;

export interface ExaminationStep {
  name: string;
  applies(mediaType: string): boolean;
  /** `actor`: who took the item in, in whose name what the step makes or finds is logged. */
  run(item: ExaminedItem, caseId: string, actor: string): Promise<unknown>;
}

export class EvidenceExaminer {
  private reader: MetadataReader | undefined;
  private closed = false;
  private queue: Promise<unknown> = Promise.resolve();
  readonly steps: ExaminationStep[];

  constructor(private readonly deps: ExaminationDeps) {
    this.steps = [
      { name: 'metadata', applies: hasMediaMetadata, run: (item) => readEvidenceMetadata(this.deps, this.metadataReader(), item) },
      { name: 'text', applies: hasExtractableText, run: (item, caseId) => extractEvidenceText(this.deps, item, caseId) },
      { name: 'credentials', applies: mayCarryCredentials, run: (item) => readEvidenceCredentials(this.deps, item) },
      { name: 'derivatives', applies: hasDerivatives, run: (item, caseId, actor) => this.derivatives(item, caseId, actor) },
      // After the derivatives: a video is hashed by the keyframes they kept.
      { name: 'look-alikes', applies: hasLookAlikes, run: (item, caseId, actor) => findLookAlikes(this.deps, actor, item, caseId) },
    ];
  }

  /** One ExifTool process for all readings, started on first use. */
  metadataReader(): MetadataReader {
    // A reading still queued when the examiner closes must not start a new ExifTool that nothing would end.
    if (this.closed) throw new DossierError('DATABASE_UNAVAILABLE', 'the examiner is closing');
    return (this.reader ??= new MetadataReader());
  }

  /** A video's preview, keyframes and contact sheet, a thumbnail; a file ffmpeg cannot read is reported, and stays held. */
  private async derivatives(item: ExaminedItem, caseId: string, actor: string) {
    const result = await makeDerivatives(this.deps, item, actor, caseId);
    if (result.status === 'failed') throw new DossierError('UNSUPPORTED_MEDIA_TYPE', result.reason, { evidenceId: item.id });
    return result;
  }

  step(name: string): ExaminationStep {
    const found = this.steps.find((candidate) => candidate.name === name);
    if (!found) throw new InvariantError(`no examination step ${name}`);
    return found;
  }

  /** Work queued behind every other examination, however many items arrive at once. */
  oneAtATime<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Drops the steps not started, waits for the one running (its files and rows land whole), then ends ExifTool. */
  async close(): Promise<void> {
    this.closed = true;
    await this.queue;
    await this.reader?.close();
  }
}
