/**
 * A worker that stores files into the vault with blocking calls (see file-store-pool.ts), in two steps the pool
 * puts a flush of the file system between: `write` reads and hashes the file into a temp file; `place` renames it
 * to its address (unless the same bytes are there, which are touched). It has nothing else to do, and blocking
 * calls spare each of a handover's many small files the hops of a dozen asynchronous calls through libuv's pool.
 * The file is looked at (fstat) before and after it is read: a file that changed meanwhile is said to have changed,
 * and its temp file is removed.
 */
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parentPort } from 'node:worker_threads';
import type { FileDone, FileOutcome, FileStoreJob, FileStoreReply } from './file-store-pool.js';

const CHUNK = 1 << 20;
/** Errors met reading the handed-over file (not writing the vault): that file is unreadable, the intake goes on. */
const fromSource = new WeakSet<object>();
function readingSource<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error && typeof error === 'object') fromSource.add(error);
    throw error;
  }
}
const buffer = Buffer.allocUnsafe(CHUNK);

parentPort!.on('message', (job: FileStoreJob) => {
  const outcomes =
    job.kind === 'write'
      ? job.files.map((file) => outcome(() => ({ kind: 'written' as const, ...writeFile(job, file) })))
      : job.blobs.map((blob) => outcome(() => ({ kind: 'placed' as const, ...place(job.blobDir, blob.temp, blob.sha256, blob.size) })));
  parentPort!.postMessage({ id: job.id, outcomes } satisfies FileStoreReply);
});

function outcome(work: () => FileDone): FileOutcome {
  try {
    return { ok: true, ...work() };
  } catch (caught) {
    const error = caught as NodeJS.ErrnoException;
    return { ok: false, code: error.code ?? null, message: error.message, side: fromSource.has(caught as object) ? 'source' : 'vault' };
  }
}

function writeFile(job: Extract<FileStoreJob, { kind: 'write' }>, file: Buffer) {
  const temp = path.join(job.tempDir, `${job.tempPrefix}${process.pid}-${randomBytes(8).toString('hex')}`);
  const input = readingSource(() => fs.openSync(file, 'r'));
  let output: number | undefined;
  let kept = false;
  try {
    const before = readingSource(() => fs.fstatSync(input));
    output = fs.openSync(temp, 'wx', 0o600);
    const hash = createHash('sha256');
    let size = 0;
    let head = Buffer.alloc(0);
    const next = () => readingSource(() => fs.readSync(input, buffer, 0, CHUNK, null));
    for (let read = next(); read > 0; read = next()) {
      const chunk = buffer.subarray(0, read);
      if (job.maxBytes !== null && size + read > job.maxBytes) throw Object.assign(new Error(`content exceeds the limit of ${job.maxBytes} bytes`), { code: 'PAYLOAD_TOO_LARGE' });
      hash.update(chunk);
      for (let offset = 0; offset < read; ) offset += fs.writeSync(output, chunk, offset, read - offset);
      if (head.length < job.headBytes) head = Buffer.concat([head, chunk.subarray(0, job.headBytes - head.length)]);
      size += read;
    }
    const after = readingSource(() => fs.fstatSync(input));
    const changed = after.size !== before.size || after.mtimeMs !== before.mtimeMs || size !== after.size;
    const state = { sha256: hash.digest('hex'), size, head, modifiedAt: before.mtime.toISOString(), createdAt: before.birthtimeMs > 0 ? before.birthtime.toISOString() : null, changed };
    // Without a flush of the file system (the pool's), the temp file stays only in the kernel's cache.
    if (job.fsync && !changed) fs.fsyncSync(output);
    kept = !changed;
    return { ...state, temp: kept ? temp : null };
  } finally {
    if (output !== undefined) fs.closeSync(output);
    fs.closeSync(input);
    if (!kept) fs.rmSync(temp, { force: true });
  }
}

/**
 * Renames the temp file (its bytes flushed to disk already) to its address, unless the same bytes are there (then
 * touched, and the temp file removed); as FsBlobStore does. The new names are made durable by the pool's next flush.
 */
function place(blobDir: string, temp: string, sha256: string, size: number): { created: boolean; directories: string[] } {
  const final = path.join(blobDir, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  const existing = statOrNull(final);
  if (existing && existing.size === size) {
    try {
      const now = new Date();
      fs.utimesSync(final, now, now);
      fs.rmSync(temp, { force: true });
      return { created: false, directories: [] };
    } catch (error) {
      // Taken by a sweep between the look and the touch: the bytes just read go in its place.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  const created: string[] = [];
  for (let dir = path.dirname(final); dir !== blobDir && !statOrNull(dir); dir = path.dirname(dir)) created.unshift(dir);
  for (const dir of created) fs.mkdirSync(dir, { recursive: true });
  fs.chmodSync(temp, 0o444);
  fs.renameSync(temp, final);
  // The directories whose entries changed: the pool flushes them (or, without a file-system flush, fsyncs them).
  return { created: existing === null, directories: [path.dirname(final), ...created.map((dir) => path.dirname(dir))] };
}

function statOrNull(file: string): fs.Stats | null {
  try {
    return fs.statSync(file);
  } catch {
    return null;
  }
}
