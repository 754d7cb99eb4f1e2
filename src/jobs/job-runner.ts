/**
 * Takes jobs from the shared queue and runs them, one at a time (the examinations each hold a core: OCR, ffmpeg),
 * renewing the lease while a job runs. A server runs one for its own uploads unless told not to (`serve
 * --no-worker`); `dossier worker` runs one apart from the web servers, as many as wanted. Stopping waits for the job
 * in hand; a runner killed outright leaves its lease to run out, and another takes the job over.
 */
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import { isConnectionLoss } from '../common/connection-loss.js';
import type { Database } from '../db/database.js';
import { claimJob, finishJob, releaseJob, renewLease, type Job } from './job-queue.js';

/** `stopping` is aborted when the runner is asked to stop: a handler between two steps throws JobInterrupted. */
export type JobHandler = (job: Job, stopping: AbortSignal) => Promise<void>;

/** A job put down unfinished because its runner is stopping: queued again as it was, for any runner. */
export class JobInterrupted extends Error {
  constructor() {
    super('the runner stopped before the job was done');
  }
}

export interface RunnerOptions {
  /** How long a claim holds without renewal: a dead runner's job waits this long before another takes it. */
  leaseMs?: number;
  /** How often an idle runner looks for work it was not told of (jobs queued by another server). */
  pollMs?: number;
  onError?: (job: Job, error: Error) => void;
}

export class JobRunner {
  readonly owner = `${hostname()}/${process.pid}/${randomBytes(4).toString('hex')}`;
  private stopped = false;
  private readonly stopping = new AbortController();
  private wakeUp: (() => void) | undefined;
  private loop: Promise<void> | undefined;
  private readonly leaseMs: number;
  private readonly pollMs: number;

  constructor(
    private readonly database: Database,
    private readonly handlers: Readonly<Record<string, JobHandler>>,
    private readonly options: RunnerOptions = {},
  ) {
    this.leaseMs = options.leaseMs ?? 60_000;
    this.pollMs = options.pollMs ?? 2_000;
  }

  start(): this {
    this.loop ??= this.run();
    return this;
  }

  /** Something was queued: look now rather than at the next poll. */
  wake(): void {
    this.wakeUp?.();
  }

  /** Takes no new job, and waits for the one in hand. */
  async close(): Promise<void> {
    this.stopped = true;
    this.stopping.abort();
    this.wake();
    await this.loop;
  }

  private async run(): Promise<void> {
    const kinds = Object.keys(this.handlers);
    while (!this.stopped) {
      const job = await claimJob(this.database, this.owner, kinds, this.leaseMs).catch(() => undefined);
      if (job) {
        await this.runOne(job);
        continue;
      }
      await this.pause();
    }
  }

  /** Waits a poll's length, or less when woken (work queued, the runner stopping). */
  private async pause(): Promise<void> {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, this.pollMs);
      this.wakeUp = () => {
        clearTimeout(timer);
        resolve();
      };
    });
    this.wakeUp = undefined;
  }

  private async runOne(job: Job): Promise<void> {
    // Renewed at a third of the lease: two renewals may fail (a database restart) before another runner takes over.
    const renewal = setInterval(() => void renewLease(this.database, job.id, this.owner, this.leaseMs).catch(() => undefined), this.leaseMs / 3);
    let error: Error | undefined;
    try {
      await this.handlers[job.kind]!(job, this.stopping.signal);
    } catch (caught) {
      error = caught as Error;
    } finally {
      clearInterval(renewal);
    }
    // A job cut short by its runner stopping, or by the database going away for a moment (a restart), is not the
    // job's failure: it goes back in the queue, this try not counted, for any runner once the database is back.
    if (error instanceof JobInterrupted || isConnectionLoss(error)) {
      await releaseJob(this.database, job.id, this.owner).catch(() => undefined);
      if (!(error instanceof JobInterrupted)) await this.pause();
      return;
    }
    if (error) this.options.onError?.(job, error);
    await finishJob(this.database, job.id, this.owner, error ? { error: error.message } : {}).catch(() => undefined);
  }
}
