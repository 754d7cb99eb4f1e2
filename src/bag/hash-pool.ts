/**
 * Hashes files on worker threads, one file per worker at a time, so a bag's thousands of files are
 * hashed on every core while the main thread only reads manifests and reports. Each worker streams its
 * file once for all the algorithms asked, in 1 MiB chunks: no file is ever held whole in memory.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

// Plain JavaScript evaluated in the worker: no module file to locate, so the same code runs from the
// TypeScript sources (tests, tsx) and from the built dist/. The worker reads with blocking calls on
// purpose: it has nothing else to do, and a bag of thousands of small files is otherwise dominated by
// the hops of each asynchronous open, read and close through libuv's thread pool.
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const fs = require('node:fs');
const CHUNK = 1 << 20;
const REPORT_EVERY = 16 * 1024 * 1024;
const buffer = Buffer.allocUnsafe(CHUNK);
parentPort.on('message', ({ id, file, algorithms }) => {
  let fd;
  try {
    const hashes = algorithms.map((algorithm) => createHash(algorithm));
    fd = fs.openSync(file, 'r');
    let bytes = 0;
    let reported = 0;
    for (let read = fs.readSync(fd, buffer, 0, CHUNK, null); read > 0; read = fs.readSync(fd, buffer, 0, CHUNK, null)) {
      const chunk = read === CHUNK ? buffer : buffer.subarray(0, read);
      for (const hash of hashes) hash.update(chunk);
      bytes += read;
      if (bytes - reported >= REPORT_EVERY) {
        parentPort.postMessage({ id, bytes: bytes - reported });
        reported = bytes;
      }
    }
    parentPort.postMessage({ id, bytes: bytes - reported, digests: hashes.map((hash) => hash.digest('hex')) });
  } catch (error) {
    parentPort.postMessage({ id, error: String((error && error.message) || error) });
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
});
`;

interface Job {
  file: string;
  algorithms: readonly string[];
  onBytes: (bytes: number) => void;
  resolve: (digests: Map<string, string>) => void;
  reject: (error: Error) => void;
}

interface WorkerMessage {
  id: number;
  bytes?: number;
  digests?: string[];
  error?: string;
}

/**
 * Jobs sent ahead to each worker: it starts the next file the moment it finishes one, without waiting for
 * the main thread (busy checking custody proofs) to hear of the result and send more.
 */
const JOBS_AHEAD = 8;

export class HashPool {
  private readonly workers: Worker[] = [];
  /** Per worker, the jobs sent to it and not yet answered, in the order it will answer them. */
  private readonly sent = new Map<Worker, Array<{ id: number; job: Job }>>();
  private readonly queue: Job[] = [];
  private queueHead = 0;
  private nextId = 0;
  private closed = false;

  constructor(readonly size: number = Math.max(1, availableParallelism())) {
    for (let i = 0; i < size; i++) this.addWorker();
  }

  /** The digests of one file, hex, keyed by algorithm; `onBytes` hears of bytes hashed as they go. */
  digest(file: string, algorithms: readonly string[], onBytes: (bytes: number) => void = () => undefined): Promise<Map<string, string>> {
    if (this.closed) return Promise.reject(new Error('the hash pool is closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ file, algorithms, onBytes, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const workers = this.workers.splice(0);
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  private addWorker(): void {
    const worker = new Worker(WORKER_SOURCE, { eval: true });
    worker.on('message', (message: WorkerMessage) => this.onMessage(worker, message));
    worker.on('error', (error) => this.onFailure(worker, error));
    this.workers.push(worker);
    this.sent.set(worker, []);
  }

  private dispatch(): void {
    for (let round = 0; round < JOBS_AHEAD; round++) {
      for (const worker of this.workers) {
        const sent = this.sent.get(worker)!;
        if (sent.length > round || this.queueHead >= this.queue.length) continue;
        const job = this.queue[this.queueHead]!;
        this.queue[this.queueHead++] = undefined as unknown as Job;
        const id = this.nextId++;
        sent.push({ id, job });
        worker.postMessage({ id, file: job.file, algorithms: job.algorithms });
      }
    }
    if (this.queueHead === this.queue.length) {
      this.queue.length = 0;
      this.queueHead = 0;
    }
  }

  private onMessage(worker: Worker, message: WorkerMessage): void {
    const sent = this.sent.get(worker);
    const running = sent?.find((entry) => entry.id === message.id);
    if (!sent || !running) return;
    if (message.bytes) running.job.onBytes(message.bytes);
    if (message.digests === undefined && message.error === undefined) return;
    sent.splice(sent.indexOf(running), 1);
    if (message.error !== undefined) running.job.reject(new Error(message.error));
    else running.job.resolve(new Map(running.job.algorithms.map((algorithm, i) => [algorithm, message.digests![i]!])));
    this.dispatch();
  }

  /** A worker that dies fails the jobs sent to it and is replaced, so one bad read cannot stall the pool. */
  private onFailure(worker: Worker, error: Error): void {
    const sent = this.sent.get(worker) ?? [];
    this.sent.delete(worker);
    this.workers.splice(this.workers.indexOf(worker), 1);
    for (const { job } of sent) job.reject(error);
    if (!this.closed) {
      this.addWorker();
      this.dispatch();
    }
  }
}
