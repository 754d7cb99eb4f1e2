import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { fsyncDirectory } from '../common/durable-fs.js';
import { FileStorePool } from './file-store-pool.js';
import { checkInParallel } from './check-in-parallel.js';
import { readFileChunks, unreadableFile } from './file-source.js';
import { removeLeftovers } from '../common/work-dir.js';
import { DossierError, invalidField } from '../common/errors.js';
import { readOnlyRefusal } from '../common/os-errors.js';
import {
  blobMissing,
  changedWhileRead,
  checkDigest,
  checkExpectedSha256,
  HEAD_BYTES,
  isSha256Hex,
  tooLarge,
  type BlobCheck,
  type BlobStore,
  type PutOptions,
  type SetAsideBlob,
  type StoredBlob,
} from './blob-store.js';

const TEMP_PREFIX = 'ingest-';
const SWEPT_PREFIX = 'swept-';
const READ_CHUNK = 1 << 20;
/** Flush written bytes to disk every so often instead of all at the end (see writeHashed). */
const SYNC_EVERY_BYTES = 64 << 20;
/** Blobs re-hashed at once by checkAll: reads wait on the disk while another is hashed. */
const CHECKS_AT_ONCE = 3;

/**
 * The vault on a local filesystem: `ROOT/blobs/sha256/ab/cd/<hash>`, read-only once written. Bytes are
 * hashed as they stream into `ROOT/tmp/` (same filesystem, so the final rename is atomic), fsynced, and
 * renamed into place; the directory is fsynced too, so a blob that put() returned survives a power cut.
 */
export class FsBlobStore implements BlobStore {
  private constructor(
    readonly root: string,
    private readonly blobDir: string,
    private readonly tempDir: string,
    /** On a read-only data directory: blobs are read and checked, never written, moved or swept. */
    readonly readOnly = false,
  ) {}

  static async open(root: string, options: { readOnly?: boolean } = {}): Promise<FsBlobStore> {
    const store = new FsBlobStore(root, path.join(root, 'blobs', 'sha256'), path.join(root, 'tmp'), options.readOnly === true);
    // The housekeeping below writes; a read-only copy is read as it is, leftovers and all.
    if (store.readOnly) return store;
    await fsp.mkdir(store.blobDir, { recursive: true });
    await fsp.mkdir(store.tempDir, { recursive: true });
    await store.removeStaleTemps();
    return store;
  }

  filePool(): FileStorePool {
    if (this.readOnly) throw readOnlyRefusal(this.root, 'storing evidence in its vault');
    return new FileStorePool({ tempDir: this.tempDir, tempPrefix: TEMP_PREFIX, blobDir: this.blobDir });
  }

  localPath(sha256: string): string {
    return this.blobPath(sha256);
  }

  blobPath(sha256: string): string {
    if (!isSha256Hex(sha256)) throw invalidField('sha256', 'must be 64 lowercase hex digits', sha256);
    return path.join(this.blobDir, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  async put(source: AsyncIterable<Uint8Array>, options: PutOptions = {}): Promise<StoredBlob> {
    if (this.readOnly) throw readOnlyRefusal(this.root, 'storing evidence in its vault');
    checkExpectedSha256(options);
    const temp = path.join(this.tempDir, `${TEMP_PREFIX}${process.pid}-${randomBytes(8).toString('hex')}`);
    try {
      const { sha256, size, head } = await writeHashed(temp, source, options);
      checkDigest(options, sha256);
      const created = await this.moveIntoPlace(temp, sha256, size);
      return { sha256, size, created, head };
    } finally {
      await fsp.rm(temp, { force: true });
    }
  }

  /**
   * The kernel copies the file into tmp/ (copy_file_range: no bytes pass through this process, one copy instead of
   * a read and a write), then the copy is hashed from the page cache while its flush to disk runs beside. The
   * address is thus the hash of the bytes the vault holds. The file is looked at before and after the copy: one
   * that changed meanwhile (size, modification time, or another file under its name) is refused.
   */
  async putFile(file: string, options: PutOptions = {}): Promise<StoredBlob> {
    if (this.readOnly) throw readOnlyRefusal(this.root, 'storing evidence in its vault');
    checkExpectedSha256(options);
    const source = await fsp.open(file, 'r').catch((error: unknown) => {
      throw unreadableFile(file, error);
    });
    const temp = path.join(this.tempDir, `${TEMP_PREFIX}${process.pid}-${randomBytes(8).toString('hex')}`);
    try {
      const before = await source.stat();
      // A named pipe (or a device) has no bytes to copy in the kernel: it is read as a stream.
      if (!before.isFile()) return await this.put(readFileChunks(file), options);
      if (options.maxBytes !== undefined && before.size > options.maxBytes) throw tooLarge(options.maxBytes);
      await fsp.copyFile(file, temp, fs.constants.COPYFILE_EXCL).catch(async (error: NodeJS.ErrnoException) => {
        // The vault's side (a full disk) is said as it is; anything else was the file's.
        if (error.code === 'ENOSPC' || error.code === 'EDQUOT' || error.code === 'EROFS') throw error;
        throw unreadableFile(file, error);
      });
      const [now, underName] = await Promise.all([source.stat(), fsp.stat(file).catch(() => null)]);
      const { sha256, size, head } = await hashWhileSyncing(temp, options.onProgress);
      const changed = [now, underName].some((seen) => !seen || seen.ino !== before.ino || seen.dev !== before.dev || seen.size !== before.size || seen.mtimeMs !== before.mtimeMs);
      if (changed || size !== before.size) {
        throw changedWhileRead(file);
      }
      checkDigest(options, sha256);
      const created = await this.moveIntoPlace(temp, sha256, size);
      return { sha256, size, created, head };
    } finally {
      await source.close();
      await fsp.rm(temp, { force: true });
    }
  }

  async has(sha256: string): Promise<boolean> {
    return fsp.stat(this.blobPath(sha256)).then((s) => s.isFile(), () => false);
  }

  async size(sha256: string): Promise<number> {
    const file = this.blobPath(sha256);
    try {
      return (await fsp.stat(file)).size;
    } catch {
      throw blobMissing(sha256, file);
    }
  }

  async stat(sha256: string): Promise<{ size: number; modifiedAt: Date }> {
    const file = this.blobPath(sha256);
    const found = await fsp.stat(file).catch(() => {
      throw blobMissing(sha256, file);
    });
    return { size: found.size, modifiedAt: found.mtime };
  }

  async copyTo(sha256: string, file: string): Promise<void> {
    const source = this.blobPath(sha256);
    // The kernel copies (or clones, on filesystems that can): no bytes pass through this process.
    await fsp.copyFile(source, file, fs.constants.COPYFILE_EXCL).catch(async (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT' && !(await this.has(sha256))) throw blobMissing(sha256, source);
      throw error;
    });
  }

  async read(sha256: string, range?: { start: number; end: number }): Promise<NodeJS.ReadableStream> {
    const file = this.blobPath(sha256);
    let handle: fsp.FileHandle;
    try {
      handle = await fsp.open(file, 'r');
    } catch {
      throw blobMissing(sha256, file);
    }
    const { size } = await handle.stat().catch(async (error: unknown) => {
      await handle.close();
      throw error;
    });
    if (size === 0 || (range && range.start >= size)) {
      await handle.close();
      return Readable.from([]);
    }
    if (range) return handle.createReadStream({ start: range.start, end: Math.min(range.end, size - 1), highWaterMark: READ_CHUNK });
    // Bounded by the blob's size, the stream ends with its last byte instead of one read later. A client that
    // has every byte a Content-Length promised may hang up at once, and the server would log (and treat) a
    // complete download as one cut short.
    return handle.createReadStream({ start: 0, end: size - 1, highWaterMark: READ_CHUNK });
  }

  async *list(): AsyncIterable<string> {
    for (const first of await hexDirs(this.blobDir)) {
      for (const second of await hexDirs(path.join(this.blobDir, first))) {
        const dir = path.join(this.blobDir, first, second);
        const names = (await fsp.readdir(dir)).filter((n) => isSha256Hex(n) && n.startsWith(first + second)).sort();
        yield* names;
      }
    }
  }

  async check(sha256: string): Promise<BlobCheck> {
    const file = this.blobPath(sha256);
    try {
      const hash = createHash('sha256');
      for await (const chunk of fs.createReadStream(file, { highWaterMark: READ_CHUNK })) hash.update(chunk as Buffer);
      const actual = hash.digest('hex');
      return actual === sha256 ? { sha256, ok: true, path: file } : { sha256, ok: false, problem: 'corrupt', actualSha256: actual, path: file };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return { sha256, ok: false, problem: code === 'ENOENT' ? 'missing' : 'unreadable', path: file };
    }
  }

  async *checkAll(onProgress?: (done: number) => void): AsyncIterable<BlobCheck> {
    yield* checkInParallel(this.list(), (sha256) => this.check(sha256), CHECKS_AT_ONCE, onProgress);
  }


  async touch(sha256: string): Promise<void> {
    if (this.readOnly) throw readOnlyRefusal(this.root, 'storing evidence in its vault');
    const file = this.blobPath(sha256);
    const now = new Date();
    await fsp.utimes(file, now, now).catch((error: NodeJS.ErrnoException) => {
      throw error.code === 'ENOENT' ? blobMissing(sha256, file) : error;
    });
  }

  /**
   * The blob is renamed out of its address (atomic) into tmp/; if its modification time changed between the
   * look and the rename, an intake touched it meanwhile and it is put back at once. An intake that touches
   * it after the rename finds it gone and stores its own copy (put) or fails before its commit (touch). Set
   * aside, the bytes still exist until discarded: a sweep that dies first has them put back on the next open.
   */
  async setAsideIfUntouchedSince(sha256: string, cutoff: Date): Promise<SetAsideBlob | null> {
    if (this.readOnly) throw readOnlyRefusal(this.root, 'sweeping its vault');
    const file = this.blobPath(sha256);
    const seen = await fsp.stat(file).catch(() => null);
    if (!seen || seen.mtimeMs >= cutoff.getTime()) return null;
    const aside = path.join(this.tempDir, `${SWEPT_PREFIX}${process.pid}-${randomBytes(8).toString('hex')}-${sha256}`);
    try {
      await fsp.rename(file, aside);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    if ((await fsp.stat(aside)).mtimeMs !== seen.mtimeMs) {
      await putBack(aside, file);
      return null;
    }
    return {
      sha256,
      discard: async () => {
        await fsp.rm(aside, { force: true });
        await fsyncDirectory(this.tempDir);
      },
      restore: () => putBack(aside, file),
    };
  }

  /** Renames the fsynced temp file to its address, unless identical bytes are already there. */
  private async moveIntoPlace(temp: string, sha256: string, size: number): Promise<boolean> {
    const final = this.blobPath(sha256);
    const existing = await fsp.stat(final).catch(() => undefined);
    // Same name means same hash; a different size means the stored copy was damaged: replace it with the
    // good bytes just received, atomically, rather than keep a wrong blob under a right name. Bytes found
    // already there are touched, so a sweep of unreferenced blobs does not take them before the intake
    // commits; if a sweep took them first, the bytes just received go in their place.
    if (existing && existing.size === size) {
      const kept = await this.touch(sha256).then(() => true, (error: unknown) => {
        if ((error as DossierError).code === 'VAULT_BLOB_MISSING') return false;
        throw error;
      });
      if (kept) return false;
    }
    const created = await mkdirsDurably(this.blobDir, path.dirname(final));
    await fsp.chmod(temp, 0o444);
    await fsp.rename(temp, final);
    for (const dir of [path.dirname(final), ...created.map((d) => path.dirname(d))]) await fsyncDirectory(dir);
    return existing === undefined;
  }

  /**
   * What processes that died left in tmp/ (a blob half-written by a crashed intake, a blob a crashed sweep
   * had set aside, a crashed capture's or import's work folder) is garbage; a live process's work is not.
   */
  private async removeStaleTemps(): Promise<void> {
    await removeLeftovers(this.tempDir, async (name, file) => {
      // What a dead sweep set aside may have been recorded meanwhile: it goes back, and the next sweep decides again.
      const sha256 = /^swept-\d+-[0-9a-f]+-([0-9a-f]{64})$/.exec(name)?.[1];
      if (sha256) await putBack(file, this.blobPath(sha256));
    });
  }
}

async function writeHashed(temp: string, source: AsyncIterable<Uint8Array>, options: PutOptions) {
  const handle = await fsp.open(temp, 'wx', 0o600);
  const hash = createHash('sha256');
  const head: Uint8Array[] = [];
  let headBytes = 0;
  let size = 0;
  let unsynced = 0;
  const syncs: Array<Promise<void>> = [];
  try {
    for await (const chunk of source) {
      size += chunk.length;
      if (options.maxBytes !== undefined && size > options.maxBytes) {
        throw tooLarge(options.maxBytes);
      }
      // Hash while the kernel takes the previous bytes: the write runs on libuv's pool, the hash here.
      const written = writeAll(handle, chunk);
      hash.update(chunk);
      if (headBytes < HEAD_BYTES) {
        head.push(Buffer.from(chunk.subarray(0, HEAD_BYTES - headBytes))); // a copy: sources may reuse buffers
        headBytes += head.at(-1)!.length;
      }
      await written;
      // Background flushes keep the kernel's dirty pages low, so writes are not throttled and the final
      // fsync has little left to do: a large intake costs about one pass over the bytes, not two.
      unsynced += chunk.length;
      if (unsynced >= SYNC_EVERY_BYTES) {
        syncs.push(handle.datasync());
        unsynced = 0;
      }
      options.onProgress?.(size);
    }
    await Promise.all(syncs);
    await handle.sync();
  } finally {
    await Promise.allSettled(syncs);
    await handle.close();
  }
  return { sha256: hash.digest('hex'), size, head: Buffer.concat(head) };
}

/** Hashes a file just written (its pages still cached) while the kernel flushes it to disk. */
async function hashWhileSyncing(file: string, onProgress: PutOptions['onProgress']) {
  const handle = await fsp.open(file, 'r');
  const syncing = handle.datasync();
  syncing.catch(() => undefined); // awaited below; not an unhandled rejection while the hash runs
  try {
    const hash = createHash('sha256');
    const buffer = Buffer.allocUnsafe(READ_CHUNK);
    let size = 0;
    let head = Buffer.alloc(0);
    for (let read = (await handle.read(buffer, 0, READ_CHUNK, null)).bytesRead; read > 0; read = (await handle.read(buffer, 0, READ_CHUNK, null)).bytesRead) {
      hash.update(buffer.subarray(0, read));
      if (size < HEAD_BYTES) head = Buffer.concat([head, buffer.subarray(0, Math.min(read, HEAD_BYTES - size))]);
      size += read;
      onProgress?.(size);
    }
    await syncing;
    return { sha256: hash.digest('hex'), size, head };
  } finally {
    await syncing.catch(() => undefined);
    await handle.close();
  }
}

async function writeAll(handle: fsp.FileHandle, chunk: Uint8Array): Promise<void> {
  let offset = 0;
  while (offset < chunk.length) {
    const { bytesWritten } = await handle.write(chunk, offset, chunk.length - offset);
    offset += bytesWritten;
  }
}

/** Creates the missing fan-out directories and returns them, so their parents can be fsynced. */
async function mkdirsDurably(base: string, dir: string): Promise<string[]> {
  const created: string[] = [];
  for (let current = dir; current.startsWith(base) && current !== base; current = path.dirname(current)) {
    if (await fsp.stat(current).then(() => true, () => false)) break;
    created.unshift(current);
  }
  for (const d of created) await fsp.mkdir(d, { recursive: true });
  return created;
}


async function hexDirs(dir: string): Promise<string[]> {
  const entries = await fsp.readdir(dir, { withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isDirectory() && /^[0-9a-f]{2}$/.test(e.name)).map((e) => e.name).sort();
}

/** Puts a set-aside blob back at its address; a copy an intake wrote there meanwhile is left as it is. */
async function putBack(aside: string, file: string): Promise<void> {
  await fsp.mkdir(path.dirname(file), { recursive: true });
  await fsp.link(aside, file).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error;
  });
  await fsp.rm(aside, { force: true });
  await fsyncDirectory(path.dirname(file));
}
