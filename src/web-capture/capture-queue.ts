/**
 * The workers that run queued captures, two at a time (a browser each; the machine has two cores). The queue
 * is the database's web_captures table, so a capture asked for survives a restart: at start, captures left
 * running are queued again, and workers look for new ones when told and every few seconds.
 */
import type { CaptureSettings } from '../capture/browser-capture.js';
import { claimNextCapture, requeueInterrupted, type WebCapture } from './captures.js';
import { runCapture, type CaptureRunDeps } from './run-capture.js';

export interface CaptureQueueOptions {
  concurrency?: number;
  pollMs?: number;
  onFinished?: (capture: WebCapture) => void;
}

export class CaptureQueue {
  private running = false;
  private readonly workers: Promise<void>[] = [];
  private readonly sleepers = new Set<() => void>();
  private active = 0;
  private idleWaiters: Array<() => void> = [];

  constructor(
    private readonly deps: CaptureRunDeps,
    private readonly settings: CaptureSettings,
    private readonly options: CaptureQueueOptions = {},
  ) {}

  /** Puts back interrupted captures and starts the workers; returns how many were put back. */
  async start(): Promise<number> {
    const requeued = await requeueInterrupted(this.deps.database);
    this.running = true;
    for (let i = 0; i < (this.options.concurrency ?? 2); i++) this.workers.push(this.work());
    return requeued;
  }

  /** New captures were queued: workers look now rather than at the next poll. */
  notify(): void {
    for (const wake of [...this.sleepers]) wake();
  }

  /** Resolves once no capture is queued or running (for the CLI, which waits for its own). */
  async drained(): Promise<void> {
    this.notify();
    await new Promise<void>((resolve) => this.idleWaiters.push(resolve));
  }

  /** Stops claiming new captures and waits for those running to finish. */
  async stop(): Promise<void> {
    this.running = false;
    this.notify();
    await Promise.all(this.workers);
  }

  private async work(): Promise<void> {
    while (this.running) {
      const capture = await claimNextCapture(this.deps.database).catch(() => null);
      if (!capture) {
        if (this.active === 0) for (const resolve of this.idleWaiters.splice(0)) resolve();
        await this.sleep();
        continue;
      }
      this.active++;
      try {
        const finished = await runCapture(this.deps, capture, this.settings);
        this.options.onFinished?.(finished);
      } finally {
        this.active--;
      }
    }
  }

  private sleep(): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.sleepers.delete(done);
        resolve();
      };
      const timer = setTimeout(done, this.options.pollMs ?? 3000);
      this.sleepers.add(done);
    });
  }
}
