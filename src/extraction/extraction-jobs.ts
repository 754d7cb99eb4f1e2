/**
 * Extractions running on worker threads, one per job: a 2,000-page report takes tens of seconds to read and
 * the server must keep answering meanwhile. A job reports its progress, can be cancelled (the worker is
 * stopped; nothing was saved), and when the reading is done its result is saved for review (extraction-store).
 * Jobs live in this process's memory: if the server stops, a running job is lost, never half-saved.
 */
import type { Worker } from 'node:worker_threads';
import { moduleWorker } from '../common/module-worker.js';
import { DossierError } from '../common/errors.js';
import type { PartsProgress } from './extraction-parts.js';
import type { ExtractionSource } from './extraction-source.js';
import type { Reading } from './reading.js';
import type { ExtractionRunOptions, JobState, JobView } from './review-types.js';
import type { NamedActor } from './term-mentions.js';

export interface ExtractionWork {
  source: ExtractionSource;
  actors: NamedActor[];
  options: ExtractionRunOptions;
}

export type WorkerReport = ({ type: 'progress' } & PartsProgress) | { type: 'done'; reading: Reading } | { type: 'failed'; message: string };

interface Job extends JobView {
  worker: Worker;
}

/** How long a finished, failed or cancelled job is still told about, for a client polling its progress. */
const KEPT_MS = 10 * 60_000;

export class ExtractionJobs {
  private readonly jobs = new Map<string, Job>();
  private readonly onFailed = new Map<string, (error: string) => void>();

  constructor(private readonly maxRunning = 2) {}

  /**
   * Starts reading on a worker; `save` stores the result (and may refuse it, failing the job). `onFailed` is told
   * when the job fails (not when it is cancelled: whoever cancelled knows), so the one who asked can be told.
   */
  start(id: string, meta: { caseId: string; evidenceId: string }, work: ExtractionWork, save: (reading: Reading) => Promise<void>, onFailed: (error: string) => void = () => undefined): JobView {
    // Each reading holds a worker, its copy of the text and its own gazetteer: a few at a time per server.
    const reading = [...this.jobs.values()].filter((job) => job.state === 'running' || job.state === 'saving').length;
    if (reading >= this.maxRunning) {
      throw new DossierError('RATE_LIMITED', `${reading} readings are running on this server already; start this one when one of them has finished`, { field: 'evidenceId' });
    }
    const worker = spawnExtractionWorker(work);
    const job: Job = { id, ...meta, state: 'running', progress: { done: 0, total: work.source.text.length }, startedAt: new Date().toISOString(), worker };
    this.onFailed.set(id, onFailed);
    this.jobs.set(id, job);
    worker.on('message', (report: WorkerReport) => {
      if (job.state !== 'running') return;
      if (report.type === 'progress') job.progress = { done: report.done, total: report.total };
      else if (report.type === 'failed') this.finish(job, 'failed', report.message);
      else {
        job.state = 'saving';
        void worker.terminate();
        save(report.reading).then(
          () => this.finish(job, 'done'),
          (caught: unknown) => this.finish(job, 'failed', caught instanceof Error ? caught.message : String(caught)),
        );
      }
    });
    worker.on('error', (caught) => job.state === 'running' && this.finish(job, 'failed', caught.message));
    worker.on('exit', () => job.state === 'running' && this.finish(job, 'failed', 'the extraction worker stopped before it finished'));
    return view(job);
  }

  get(caseId: string, id: string): JobView | undefined {
    const job = this.jobs.get(id);
    return job && job.caseId === caseId ? view(job) : undefined;
  }

  /** The case's jobs still reading or saving. */
  running(caseId: string): JobView[] {
    return [...this.jobs.values()].filter((job) => job.caseId === caseId && (job.state === 'running' || job.state === 'saving')).map(view);
  }

  /** Stops a running job; nothing of it is saved. A job already saving or ended cannot be cancelled. */
  cancel(caseId: string, id: string): JobView {
    const job = this.jobs.get(id);
    if (!job || job.caseId !== caseId) throw new DossierError('NOT_FOUND', `no running extraction ${id} in case ${caseId}`, { field: 'extractionId', value: id });
    if (job.state !== 'running') throw new DossierError('CONFLICT', `extraction ${id} is ${job.state} and can no longer be cancelled`, { field: 'extractionId', value: id });
    this.finish(job, 'cancelled');
    void job.worker.terminate();
    return view(job);
  }

  /** Stops every running worker (the server is closing). */
  async close(): Promise<void> {
    await Promise.all([...this.jobs.values()].map((job) => job.worker.terminate()));
    this.jobs.clear();
  }

  private finish(job: Job, state: JobState, error?: string): void {
    job.state = state;
    if (error) job.error = error;
    const told = this.onFailed.get(job.id);
    this.onFailed.delete(job.id);
    if (state === 'failed') told?.(error ?? 'failed');
    setTimeout(() => this.jobs.get(job.id) === job && this.jobs.delete(job.id), KEPT_MS).unref();
  }
}

function view(job: Job): JobView {
  const { worker: _worker, ...rest } = job;
  return { ...rest, progress: { ...job.progress } };
}

function spawnExtractionWorker(work: ExtractionWork): Worker {
  return moduleWorker(import.meta.url, 'extraction-worker', { workerData: work });
}
