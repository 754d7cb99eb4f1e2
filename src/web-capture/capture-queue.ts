/**
 * The workers that run queued captures, two at a time (a browser each; the machine has two cores). The queue
 * is the database's web_captures table, so a capture asked for survives a restart: a running capture holds a
 * lease its worker renews, and one whose lease runs out (its process stopped) is queued again, by any queue
 * that looks. Workers look when told and every few seconds.
 */
import fsp from 'node:fs/promises';
import path from 'node:path';
import type { CaptureSettings } from '../capture/browser-capture.js';
import { claimNextCapture, renewLease, requeueAbandoned, type WebCapture } from './captures.js';
import { runCapture, type CaptureRunDeps } from './run-capture.js';

export interface CaptureQueueOptions {
  concurrency?: number;
  pollMs?: number;
  /** Only captures reserved for this runner (the CLI's own); default: those for any server worker. */
  runner?: string;
  leaseMs?: number;
  onFinished?: (capture: WebCapture) => void;
  /** Told of what goes wrong around a capture (the database down, say); the worker carries on. */
  onError?: (error: Error) => void;
}

const DEFAULT_LEASE_MS = 60_000;

export class CaptureQueue {
  private running = false;
  private readonly workers: Promise<void>[] = [];
  private readonly sleepers = new Set<() => void>();
  /** Workers between looking for a capture and finishing it: the queue is idle only when none is. */
  private busy = 0;
  private idleWaiters: Array<() => void> = [];
  /** When abandoned captures were last looked for: once a lease, not on every worker's every look. */
  private lastRequeue = 0;

  constructor(
    private readonly deps: CaptureRunDeps,
    private readonly settings: CaptureSettings,
    private readonly options: CaptureQueueOptions = {},
  ) {}

  /** Queues again what stopped processes left running, clears their temp folders, starts the workers; returns how many were queued again. */
  async start(): Promise<number> {
    const requeued = await requeueAbandoned(this.deps.database);
    this.lastRequeue = Date.now();
    if (this.options.runner === undefined) await removeStaleWork(this.deps.tmpDir, this.leaseMs());
    this.running = true;
    for (let i = 0; i < (this.options.concurrency ?? 2); i++) this.workers.push(this.work());
    return requeued;
  }

  /** New captures were queued: workers look now rather than at the next poll. */
  notify(): void {
    for (const wake of [...this.sleepers]) wake();
  }

  /** Resolves once nothing this queue may run is queued or running (the CLI waits for its own so). */
  async drained(): Promise<void> {
    if (!this.running) return;
    const idle = new Promise<void>((resolve) => this.idleWaiters.push(resolve));
    this.notify();
    await idle;
  }

  /** Stops claiming new captures and waits for those running to finish. */
  async stop(): Promise<void> {
    this.running = false;
    this.notify();
    await Promise.all(this.workers);
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }

  private leaseMs(): number {
    return this.options.leaseMs ?? DEFAULT_LEASE_MS;
  }

  private async work(): Promise<void> {
    while (this.running) {
      this.busy++;
      let found = false;
      try {
        if (this.options.runner === undefined && Date.now() - this.lastRequeue >= this.leaseMs()) {
          this.lastRequeue = Date.now();
          await requeueAbandoned(this.deps.database);
        }
        const capture = await claimNextCapture(this.deps.database, this.options.runner ?? null, this.leaseMs());
        if (capture) {
          found = true;
          const finished = await this.runWithLease(capture);
          this.options.onFinished?.(finished);
        }
      } catch (error) {
        this.options.onError?.(error as Error);
      } finally {
        this.busy--;
      }
      if (!found) {
        if (this.busy === 0) for (const resolve of this.idleWaiters.splice(0)) resolve();
        await this.sleep();
      }
    }
  }

  private async runWithLease(capture: WebCapture & { salt: string }): Promise<WebCapture> {
    const leaseMs = this.leaseMs();
    const heartbeat = setInterval(() => void renewLease(this.deps.database, capture.id, leaseMs).catch((error: Error) => this.options.onError?.(error)), Math.max(1000, leaseMs / 3));
    try {
      return await runCapture(this.deps, capture, this.settings);
    } finally {
      clearInterval(heartbeat);
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

/** Temp folders of captures whose process stopped mid-way (older than a lease): nothing in them was acknowledged. */
async function removeStaleWork(tmpDir: string, leaseMs: number): Promise<void> {
  const names = await fsp.readdir(tmpDir).catch(() => [] as string[]);
  for (const name of names.filter((candidate) => candidate.startsWith('capture-'))) {
    const folder = path.join(tmpDir, name);
    const stat = await fsp.stat(folder).catch(() => null);
    if (stat && Date.now() - stat.mtimeMs > leaseMs) await fsp.rm(folder, { recursive: true, force: true });
  }
}
