/**
 * Files stored into the vault on worker threads (file-store-worker.ts), one file per worker at a time, on every
 * core: a handover of thousands of small files is bound by the calls made per file, not by the bytes, and the
 * main thread is left to record the intakes. Each stored file comes back with its hash, size, first bytes and
 * times as they were, and whether it changed while it was read (then nothing was placed).
 *
 * Durability is per batch, not per file: every file of a batch is written to a temp file, then one flush of the
 * vault's file system (syncfs(2)) makes all their bytes durable, then each is renamed to its address, then a
 * second flush makes the names durable. A blob at its address is therefore always whole, even after a crash, and
 * the batch is durable when storeBatch answers. Two flushes replace an fsync per file and per directory, which
 * on ext4 cost ~2 ms each. Where the flush is not available, each file and directory is fsynced as before.
 */
import { execFile, spawn, type ChildProcessByStdio } from 'node:child_process';
import fsp from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import readline from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { promisify } from 'node:util';
import type { Worker } from 'node:worker_threads';
import { DossierError } from '../common/errors.js';
import { moduleWorker } from '../common/module-worker.js';
import { pathText } from '../common/path-text.js';
import { HEAD_BYTES, type FilePool, type StoredFile } from './blob-store.js';

export type FileStoreJob =
  | { kind: 'write'; id: number; files: Buffer[]; tempDir: string; tempPrefix: string; headBytes: number; maxBytes: number | null; fsync: boolean }
  | { kind: 'place'; id: number; blobDir: string; blobs: { temp: string; sha256: string; size: number }[] };

/** A file read into a temp file (null when it changed while read: then removed), or a temp file put at its address. */
export type FileDone =
  | { kind: 'written'; sha256: string; size: number; head: Uint8Array; changed: boolean; modifiedAt: string; createdAt: string | null; temp: string | null }
  | { kind: 'placed'; created: boolean; directories: string[] };
export type FileOutcome = ({ ok: true } & FileDone) | { ok: false; code: string | null; message: string; side: 'source' | 'vault' };
export type FileStoreReply = { id: number; outcomes: FileOutcome[] };


type Job = FileStoreJob extends infer J ? (J extends unknown ? Omit<J, 'id'> : never) : never;
type Waiter = { resolve: (outcomes: FileOutcome[]) => void; reject: (error: Error) => void };

/** Files per message to a worker: few enough to spread a batch over the workers, enough to spare a message per file. */
const FILES_PER_JOB = 16;
const run = promisify(execFile);

export class FileStorePool implements FilePool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: ({ job: Job } & Waiter)[] = [];
  private readonly waiting = new Map<number, Waiter>();
  private nextId = 0;
  /** The job each worker holds. */
  private readonly busy = new Map<Worker, number>();
  private readonly flusher: FileSystemFlusher;

  constructor(private readonly places: { tempDir: string; tempPrefix: string; blobDir: string }, size = availableParallelism()) {
    this.flusher = new FileSystemFlusher(places.tempDir);
    for (let i = 0; i < size; i++) {
      // A worker holds one read buffer and a hash: a small heap spares the handover's memory for the main thread.
      const worker = moduleWorker(import.meta.url, 'file-store-worker', { resourceLimits: { maxOldGenerationSizeMb: 32, maxYoungGenerationSizeMb: 8 } });
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

  /**
   * Stores the files, durably once this answers: each comes back stored, or with the error that stopped it (an
   * unreadable file, FILE_UNREADABLE; one over maxBytes). A failure of the vault itself rejects the whole batch.
   */
  async storeBatch(files: readonly Buffer[], options: { maxBytes?: number | undefined } = {}): Promise<(StoredFile | DossierError)[]> {
    const flushes = await this.flusher.available();
    const write = { kind: 'write' as const, ...this.places, headBytes: HEAD_BYTES, maxBytes: options.maxBytes ?? null, fsync: !flushes };
    const written = (await this.inJobs(files, (some) => ({ ...write, files: [...some] }))).map((outcome, i) => fileAnswer(files[i]!, outcome, 'written'));
    if (flushes) await this.flusher.flush();
    const toPlace = written.flatMap((answer) => (answer instanceof DossierError || answer.temp === null ? [] : [{ temp: answer.temp, sha256: answer.sha256, size: answer.size }]));
    const placedOutcomes = await this.inJobs(toPlace, (blobs) => ({ kind: 'place', blobDir: this.places.blobDir, blobs: [...blobs] }));
    const placed = new Map(toPlace.map((blob, i) => [blob.temp, fileAnswer(Buffer.from(blob.temp), placedOutcomes[i]!, 'placed')]));
    for (const answer of placed.values()) if (answer instanceof DossierError) throw answer; // the vault's own fault
    if (flushes) await this.flusher.flush();
    else await fsyncDirectories(new Set([...placed.values()].flatMap((answer) => (answer instanceof DossierError ? [] : answer.directories))));
    return written.map((answer) => {
      if (answer instanceof DossierError) return answer;
      const { kind: _kind, temp, ...stored } = answer;
      const place = temp === null ? undefined : placed.get(temp);
      return { ...stored, head: Buffer.from(stored.head.buffer, stored.head.byteOffset, stored.head.byteLength), created: place !== undefined && !(place instanceof DossierError) && place.created };
    });
  }

  /** One file, stored durably (a batch of one). */
  async store(file: Buffer, options: { maxBytes?: number | undefined } = {}): Promise<StoredFile> {
    const [stored] = await this.storeBatch([file], options);
    if (stored instanceof DossierError) throw stored;
    return stored!;
  }

  async close(): Promise<void> {
    this.busy.clear();
    this.flusher.close();
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }

  /** The things split into jobs of a few, run on the workers; their outcomes in the same order. */
  private async inJobs<T>(things: readonly T[], job: (some: readonly T[]) => Job): Promise<FileOutcome[]> {
    const jobs: Promise<FileOutcome[]>[] = [];
    for (let i = 0; i < things.length; i += FILES_PER_JOB) jobs.push(this.run(job(things.slice(i, i + FILES_PER_JOB))));
    return (await Promise.all(jobs)).flat();
  }

  private run(job: Job): Promise<FileOutcome[]> {
    return new Promise((resolve, reject) => {
      this.queue.push({ job, resolve, reject });
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop()!;
      const { job, ...waiter } = this.queue.shift()!;
      const id = this.nextId++;
      this.waiting.set(id, waiter);
      this.busy.set(worker, id);
      worker.postMessage({ ...job, id } satisfies FileStoreJob);
    }
  }

  private settle(worker: Worker, reply: FileStoreReply): void {
    this.busy.delete(worker);
    this.idle.push(worker);
    const waiter = this.waiting.get(reply.id);
    this.waiting.delete(reply.id);
    // A job already failed with its pool (a worker died): its late answer has no one waiting.
    waiter?.resolve(reply.outcomes);
    this.dispatch();
  }

  private failAll(error: Error): void {
    for (const waiter of this.waiting.values()) waiter.reject(error);
    this.waiting.clear();
    for (const queued of this.queue.splice(0)) queued.reject(error);
  }
}

/** A file's outcome as its answer, or as the error that names it. */
function fileAnswer<K extends FileDone['kind']>(file: Buffer, outcome: FileOutcome, kind: K): Extract<FileDone, { kind: K }> | DossierError {
  if (outcome.ok) {
    if (outcome.kind !== kind) throw new DossierError('VAULT_IO', `a vault worker answered ${outcome.kind} for ${kind}`);
    const { ok: _ok, ...done } = outcome;
    return done as Extract<FileDone, { kind: K }>;
  }
  const name = pathText(file);
  if (outcome.code === 'PAYLOAD_TOO_LARGE') return new DossierError('PAYLOAD_TOO_LARGE', `${name}: ${outcome.message}`, { path: name });
  if (outcome.side === 'source') return new DossierError('FILE_UNREADABLE', `reading ${name} failed: ${outcome.message}`, { path: name, code: outcome.code });
  throw new DossierError('VAULT_IO', `storing ${name} in the vault failed: ${outcome.message}`, { path: name, code: outcome.code });
}

/**
 * syncfs(2) of the file system holding the vault, through coreutils' `sync --file-system` (Node has no binding
 * for it), run by one shell kept for the pool: a fork of this process per flush would cost more than the flush.
 * Where it does not work (no coreutils, another system), available() says so and the pool fsyncs each file.
 */
class FileSystemFlusher {
  private shell: ChildProcessByStdio<Writable, Readable, null> | undefined;
  private lines: AsyncIterator<string> | undefined;
  private probe: Promise<boolean> | undefined;
  private running: Promise<void> | undefined;
  private following: Promise<void> | undefined;

  constructor(private readonly dir: string) {}

  available(): Promise<boolean> {
    this.probe ??= (async () => {
      if (process.platform !== 'linux' || /[\n\r]/.test(this.dir)) return false;
      try {
        await run('sync', ['--file-system', '--', this.dir]);
      } catch {
        return false;
      }
      this.shell = spawn('sh', ['-c', 'while IFS= read -r dir; do if sync --file-system -- "$dir"; then echo ok; else echo failed; fi; done'], { stdio: ['pipe', 'pipe', 'ignore'] });
      this.lines = readline.createInterface({ input: this.shell.stdout })[Symbol.asyncIterator]();
      return true;
    })();
    return this.probe;
  }

  /**
   * Every file written and renamed on the vault's file system before the call is on disk when this answers. Calls
   * made while a flush runs share the one after it (a group commit): two batches in flight flush once together.
   */
  flush(): Promise<void> {
    if (!this.running) {
      this.running = this.flushOnce().finally(() => (this.running = undefined));
      return this.running;
    }
    this.following ??= this.running
      .catch(() => undefined)
      .then(() => {
        this.following = undefined;
        return this.flush();
      });
    return this.following;
  }

  private async flushOnce(): Promise<void> {
    if (!this.shell || !this.lines) throw new DossierError('VAULT_IO', 'the vault’s file system cannot be flushed here');
    this.shell.stdin.write(`${this.dir}\n`);
    const answer = await this.lines.next();
    if (answer.done || answer.value !== 'ok') throw new DossierError('VAULT_IO', `flushing the vault’s file system to disk failed (${this.dir})`);
  }

  close(): void {
    this.shell?.stdin.end();
    this.shell?.kill();
  }
}

async function fsyncDirectories(directories: Iterable<string>): Promise<void> {
  for (const dir of directories) {
    const handle = await fsp.open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  }
}
