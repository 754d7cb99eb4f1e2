/**
 * Files stored into the vault on worker threads (file-store-worker.ts), one file per worker at a time, on every
 * core: a handover of thousands of small files is bound by the calls made per file, not by the bytes, and the
 * main thread is left to record the intakes. Each stored file comes back with its hash, size, first bytes and
 * times as they were, and whether it changed while it was read (then nothing was placed).
 */
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { DossierError } from '../common/errors.js';
import { moduleWorker } from '../common/module-worker.js';
import { pathText } from '../common/path-text.js';
import { HEAD_BYTES, type StoredBlob } from './blob-store.js';

export interface FileStoreJob {
  id: number;
  file: Buffer;
  tempDir: string;
  tempPrefix: string;
  blobDir: string;
  headBytes: number;
  maxBytes: number | null;
}

export type FileStoreReply =
  | { id: number; ok: true; sha256: string; size: number; head: Uint8Array; created: boolean; changed: boolean; modifiedAt: string; createdAt: string | null }
  | { id: number; ok: false; code: string | null; message: string; side: 'source' | 'vault' };

export interface StoredFile extends StoredBlob {
  /** The file changed while it was read: its bytes were not placed, and its hash is not the file's. */
  changed: boolean;
  modifiedAt: string;
  createdAt: string | null;
}

export class FileStorePool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: { job: Omit<FileStoreJob, 'id'>; resolve: (value: StoredFile) => void; reject: (error: Error) => void }[] = [];
  private readonly waiting = new Map<number, { file: Buffer; resolve: (value: StoredFile) => void; reject: (error: Error) => void }>();
  private nextId = 0;
  /** The job each worker holds. */
  private readonly busy = new Map<Worker, number>();

  constructor(private readonly places: { tempDir: string; tempPrefix: string; blobDir: string }, size = 2 * availableParallelism()) {
    for (let i = 0; i < size; i++) {
      const worker = moduleWorker(import.meta.url, 'file-store-worker');
      worker.on('message', (reply: FileStoreReply) => this.settle(worker, reply));
      worker.on('error', (error) => this.failAll(error));
      // A worker that ends without answering (killed, out of memory) fails the job it held, not silently.
      worker.on('exit', () => {
        const id = this.busy.get(worker);
        if (id !== undefined && this.waiting.has(id)) this.failAll(new DossierError('VAULT_IO', 'a vault worker stopped before it finished storing a file'));
      });
      this.workers.push(worker);
      this.idle.push(worker);
    }
  }

  store(file: Buffer, options: { maxBytes?: number | undefined } = {}): Promise<StoredFile> {
    return new Promise((resolve, reject) => {
      this.queue.push({ job: { file, ...this.places, headBytes: HEAD_BYTES, maxBytes: options.maxBytes ?? null }, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.busy.clear();
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop()!;
      const { job, resolve, reject } = this.queue.shift()!;
      const id = this.nextId++;
      this.waiting.set(id, { file: job.file, resolve, reject });
      this.busy.set(worker, id);
      worker.postMessage({ ...job, id } satisfies FileStoreJob);
    }
  }

  private settle(worker: Worker, reply: FileStoreReply): void {
    this.busy.delete(worker);
    this.idle.push(worker);
    const waiter = this.waiting.get(reply.id);
    // A job already failed with its pool (a worker died): its late answer has no one waiting.
    if (!waiter) return this.dispatch();
    this.waiting.delete(reply.id);
    if (reply.ok) {
      const { id: _id, ok: _ok, ...stored } = reply;
      waiter.resolve({ ...stored, head: Buffer.from(stored.head) });
    } else {
      const name = pathText(waiter.file);
      waiter.reject(
        reply.code === 'PAYLOAD_TOO_LARGE'
          ? new DossierError('PAYLOAD_TOO_LARGE', `${name}: ${reply.message}`, { path: name })
          : reply.side === 'source'
            ? new DossierError('FILE_UNREADABLE', `reading ${name} failed: ${reply.message}`, { path: name, code: reply.code })
            : new DossierError('VAULT_IO', `storing ${name} in the vault failed: ${reply.message}`, { path: name, code: reply.code }),
      );
    }
    this.dispatch();
  }

  private failAll(error: Error): void {
    for (const waiter of this.waiting.values()) waiter.reject(error);
    this.waiting.clear();
    for (const queued of this.queue.splice(0)) queued.reject(error);
  }
}
