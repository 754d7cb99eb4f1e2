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

export class HashPool {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, { id: number; job: Job }>();
  private readonly queue: Job[] = [];
  private nextId = 0;
  private closed = false;

  constructor(readonly size: number = Math.max(1, availableParallelism())) {
    for (let i = 0; i < size; i++) this.idle.push(this.startWorker());
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
    const workers = [...this.idle, ...this.busy.keys()];
    this.idle.length = 0;
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  private startWorker(): Worker {
    const worker = new Worker(WORKER_SOURCE, { eval: true });
    worker.on('message', (message: WorkerMessage) => this.onMessage(worker, message));
    worker.on('error', (error) => this.onFailure(worker, error));
    return worker;
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop()!;
      const job = this.queue.shift()!;
      const id = this.nextId++;
      this.busy.set(worker, { id, job });
      worker.postMessage({ id, file: job.file, algorithms: job.algorithms });
    }
  }

  private onMessage(worker: Worker, message: WorkerMessage): void {
    const running = this.busy.get(worker);
    if (!running || running.id !== message.id) return;
    if (message.bytes) running.job.onBytes(message.bytes);
    if (message.digests === undefined && message.error === undefined) return;
    this.busy.delete(worker);
    this.idle.push(worker);
    if (message.error !== undefined) running.job.reject(new Error(message.error));
    else running.job.resolve(new Map(running.job.algorithms.map((algorithm, i) => [algorithm, message.digests![i]!])));
    this.dispatch();
  }

  /** A worker that dies fails its job and is replaced, so one bad read cannot stall the pool. */
  private onFailure(worker: Worker, error: Error): void {
    const running = this.busy.get(worker);
    this.busy.delete(worker);
    running?.job.reject(error);
    if (!this.closed) {
      this.idle.push(this.startWorker());
      this.dispatch();
    }
  }
}
