/**
 * The evidence vault on S3-compatible object storage (AWS S3, Ceph RGW, MinIO): `PREFIX/blobs/sha256/ab/cd/<hash>`,
 * as in the file vault. Nothing partial is ever visible under a content key: streamed bytes land under a temporary
 * key and are copied (on the server) to their address once their hash is known; a local file is hashed first and
 * written to its address in one PUT or one completed multipart upload, every part checked by the server (MD5) and
 * the whole hashed again as it is sent. With retention configured, each evidence object is locked in compliance
 * mode from its intake: not even the bucket's owner can delete or overwrite it before the date.
 */
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import { pipeline as streamPipeline, Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CopyObjectCommand,
  CreateMultipartUploadCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  GetObjectLockConfigurationCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListMultipartUploadsCommand,
  ListObjectVersionsCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  PutObjectLegalHoldCommand,
  S3Client,
  UploadPartCopyCommand,
} from '@aws-sdk/client-s3';
import { DossierError, invalidField } from '../common/errors.js';
import { pathText } from '../common/path-text.js';
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
  type FilePool,
  type ObjectLockState,
  type PutOptions,
  type SetAsideBlob,
  type StoredBlob,
  type StoredFile,
} from './blob-store.js';
import { checkInParallel } from './check-in-parallel.js';
import { readFileChunks, unreadableFile } from './file-source.js';
import { applyLock, lockParams, S3ObjectWriter, type ObjectLock } from './s3-object-writer.js';
import type { S3VaultSettings } from './s3-settings.js';

const READ_CHUNK = 1 << 20;
/** CopyObject copies up to 5 GiB in one call; larger objects are copied in parts of this size. */
const COPY_LIMIT = 5 * 1024 ** 3;
const COPY_PART = 512 * 1024 ** 2;
/** Temporary objects and unfinished uploads older than this belong to a process that died. */
const STALE_MS = 24 * 3600 * 1000;
const CHECKS_AT_ONCE = 4;
/** The largest object S3 takes in one PUT. */
const SINGLE_PUT_LIMIT = 5 * 1024 ** 3;
const FILES_AT_ONCE = 4;

export interface S3StoreOptions {
  /** Seconds each evidence object stays locked (compliance mode) from its intake; undefined: not locked. */
  retentionSeconds?: number | undefined;
  /** Refuse to open on a bucket without object lock (a case or instance that requires it). */
  requireObjectLock?: boolean;
  /** A read-only opening (--read-only): objects are read and checked, never written, and nothing is cleaned. */
  readOnly?: boolean;
  /** Local files up to this size go in one PUT (S3's limit, 5 GiB); larger in parts. Tests lower it to try the parts. */
  singlePutLimit?: number;
}

export class S3BlobStore implements BlobStore {
  private constructor(
    readonly settings: Pick<S3VaultSettings, 'bucket' | 'prefix' | 'endpoint' | 'url'>,
    private readonly client: S3Client,
    readonly objectLock: boolean,
    private readonly retentionSeconds: number | undefined,
    readonly readOnly: boolean,
    private readonly singlePutLimit: number,
  ) {}

  static async open(settings: S3VaultSettings, options: S3StoreOptions = {}): Promise<S3BlobStore> {
    const client = s3Client(settings);
    const where = describe(settings);
    try {
      await client.send(new HeadBucketCommand({ Bucket: settings.bucket }));
    } catch (error) {
      client.destroy();
      throw s3Error(error, `opening the vault at ${where}`);
    }
    const retentionSeconds = options.retentionSeconds ?? (settings.retentionDays === undefined ? undefined : settings.retentionDays * 86400);
    const objectLock = await client.send(new GetObjectLockConfigurationCommand({ Bucket: settings.bucket })).then(
      (answer) => answer.ObjectLockConfiguration?.ObjectLockEnabled === 'Enabled',
      () => false,
    );
    if (!objectLock && (retentionSeconds !== undefined || options.requireObjectLock)) {
      client.destroy();
      throw new DossierError(
        'VAULT_IO',
        `the bucket ${settings.bucket} has no object lock, so evidence there could be deleted or overwritten before its retention ends: use a bucket created with object lock, or unset DOSSIER_VAULT_RETENTION_DAYS`,
        { field: 'DOSSIER_VAULT_URL', bucket: settings.bucket },
      );
    }
    const store = new S3BlobStore(settings, client, objectLock, retentionSeconds, options.readOnly === true, Math.min(options.singlePutLimit ?? SINGLE_PUT_LIMIT, SINGLE_PUT_LIMIT));
    if (!store.readOnly) await store.removeStaleTemps();
    return store;
  }

  close(): void {
    this.client.destroy();
  }

  /** The object's key: the file vault's layout under the prefix. */
  key(sha256: string): string {
    if (!isSha256Hex(sha256)) throw invalidField('sha256', 'must be 64 lowercase hex digits', sha256);
    return `${this.settings.prefix}blobs/sha256/${sha256.slice(0, 2)}/${sha256.slice(2, 4)}/${sha256}`;
  }

  async put(source: AsyncIterable<Uint8Array>, options: PutOptions = {}): Promise<StoredBlob> {
    this.refuseIfReadOnly();
    checkExpectedSha256(options);
    const writer = new S3ObjectWriter(this.client, this.settings.bucket, `${this.settings.prefix}tmp/ingest-${process.pid}-${randomBytes(8).toString('hex')}`, undefined);
    const hash = createHash('sha256');
    let head = Buffer.alloc(0);
    let size = 0;
    let temp: { versionId: string | undefined } | undefined;
    try {
      for await (const chunk of source) {
        size += chunk.length;
        if (options.maxBytes !== undefined && size > options.maxBytes) throw tooLarge(options.maxBytes);
        hash.update(chunk);
        if (head.length < HEAD_BYTES) head = Buffer.concat([head, chunk.subarray(0, HEAD_BYTES - head.length)]);
        // A part the server could not take (after the SDK's retries) is the vault's failure, said so; not the source's.
        await writer.write(chunk).catch((error: unknown) => {
          throw s3Error(error, `storing bytes in ${describe(this.settings)}`);
        });
        options.onProgress?.(size);
      }
      temp = await writer.finish().catch((error: unknown) => {
        throw s3Error(error, `storing bytes in ${describe(this.settings)}`);
      });
      const sha256 = hash.digest('hex');
      checkDigest(options, sha256);
      const created = await this.copyIntoPlace(writer.key, temp.versionId, sha256, size);
      return { sha256, size, created, head };
    } catch (error) {
      if (!temp) await writer.abort();
      throw error;
    } finally {
      if (temp) await this.deleteVersion(writer.key, temp.versionId);
    }
  }

  async putFile(file: string, options: PutOptions = {}): Promise<StoredBlob> {
    const stored = await this.putLocalFile(file, options);
    if (stored.changed) throw changedWhileRead(file);
    return stored;
  }

  /**
   * A file of this machine: hashed first (its address known), then, unless the vault holds it already, sent to
   * its address and hashed again as it goes; if the two hashes differ, or the file's size, time or identity
   * changed, the upload is dropped before it completes and the file is said to have changed.
   */
  async putLocalFile(file: string | Buffer, options: PutOptions = {}): Promise<StoredFile> {
    this.refuseIfReadOnly();
    checkExpectedSha256(options);
    const name = typeof file === 'string' ? file : pathText(file);
    const handle = await fsp.open(file, 'r').catch((error: unknown) => {
      throw unreadableFile(file, error);
    });
    try {
      const before = await handle.stat();
      const times = { modifiedAt: before.mtime.toISOString(), createdAt: before.birthtimeMs > 0 ? before.birthtime.toISOString() : null };
      if (!before.isFile()) return { ...(await this.put(readFileChunks(file), options)), changed: false, ...times };
      if (options.maxBytes !== undefined && before.size > options.maxBytes) throw tooLarge(options.maxBytes);
      // Up to S3's limit for one PUT, the whole file goes in one request whose MD5 the server checks: the MD5 is
      // taken in the first pass, so bytes that changed after it are refused by the server, nothing stored.
      const onePut = before.size <= this.singlePutLimit;
      const first = await hashOf(handle, file, onePut);
      checkDigest(options, first.sha256);
      const stillSame = async () => {
        const [now, underName] = await Promise.all([handle.stat(), fsp.stat(file).catch(() => null)]);
        return [now, underName].every((seen) => seen && seen.ino === before.ino && seen.dev === before.dev && seen.size === before.size && seen.mtimeMs === before.mtimeMs);
      };
      if (first.size !== before.size || !(await stillSame())) return { ...first, created: false, changed: true, ...times };
      const held = await this.headOf(first.sha256);
      if (held && held.size === first.size) {
        options.onProgress?.(first.size);
        return { ...first, created: false, changed: false, ...times };
      }
      if (onePut) return { ...first, ...(await this.putWhole(handle, name, first, options)), changed: !(await stillSame()), ...times };
      const writer = new S3ObjectWriter(this.client, this.settings.bucket, this.key(first.sha256), this.lockFromNow());
      const again = createHash('sha256');
      let sent = 0;
      try {
        const buffer = Buffer.allocUnsafe(READ_CHUNK);
        for (;;) {
          const { bytesRead } = await handle.read(buffer, 0, READ_CHUNK, sent).catch((error: unknown) => {
            throw unreadableFile(file, error);
          });
          if (bytesRead === 0) break;
          const chunk = buffer.subarray(0, bytesRead);
          again.update(chunk);
          await writer.write(chunk);
          sent += bytesRead;
          options.onProgress?.(sent);
        }
        // Only bytes that hash to the address may complete under it.
        if (again.digest('hex') !== first.sha256 || sent !== first.size || !(await stillSame())) {
          await writer.abort();
          return { ...first, created: false, changed: true, ...times };
        }
        await writer.finish();
      } catch (error) {
        await writer.abort();
        throw isDossierError(error) ? error : s3Error(error, `storing ${name} in ${describe(this.settings)}`);
      }
      return { ...first, created: true, changed: false, ...times };
    } finally {
      await handle.close();
    }
  }

  /**
   * The file sent to its address in one PUT, streamed from disk, with the MD5 of the first pass: the server stores
   * it only if the bytes it received have that MD5, so a file changed since it was hashed is refused whole.
   */
  private async putWhole(handle: fsp.FileHandle, name: string, first: { sha256: string; size: number; md5?: string }, options: PutOptions): Promise<{ created: boolean }> {
    const key = this.key(first.sha256);
    let sent = 0;
    // Counted as the SDK reads it (a listener on the file's stream would start it flowing before the SDK reads).
    const counted = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        options.onProgress?.((sent += chunk.length));
        done(null, chunk);
      },
    });
    // A read that fails fails the upload (pipeline passes the error on), rather than leaving the server waiting.
    if (first.size > 0) streamPipeline(handle.createReadStream({ start: 0, end: first.size - 1, autoClose: false, highWaterMark: READ_CHUNK }), counted, () => undefined);
    const body = first.size === 0 ? Buffer.alloc(0) : counted;
    await this.client
      .send(new PutObjectCommand({ Bucket: this.settings.bucket, Key: key, Body: body, ContentLength: first.size, ContentMD5: first.md5, ...lockParams(this.lockFromNow()) }))
      .catch((error: unknown) => {
        const e = error as { name?: string };
        // The server received other bytes than were hashed: the file changed between the two reads.
        if (e?.name === 'BadDigest' || e?.name === 'InvalidDigest') throw changedWhileRead(name);
        throw s3Error(error, `storing ${name} in ${describe(this.settings)}`);
      });
    return { created: true };
  }

  async has(sha256: string): Promise<boolean> {
    return (await this.headOf(sha256)) !== null;
  }

  async size(sha256: string): Promise<number> {
    return (await this.stat(sha256)).size;
  }

  async stat(sha256: string): Promise<{ size: number; modifiedAt: Date }> {
    const held = await this.headOf(sha256);
    if (!held) throw blobMissing(sha256, this.key(sha256));
    return held;
  }

  async read(sha256: string, range?: { start: number; end: number }): Promise<NodeJS.ReadableStream> {
    const key = this.key(sha256);
    try {
      const answer = await this.client.send(new GetObjectCommand({ Bucket: this.settings.bucket, Key: key, ...(range && { Range: `bytes=${range.start}-${range.end}` }) }));
      return answer.Body as Readable;
    } catch (error) {
      if (isNotFound(error)) throw blobMissing(sha256, key);
      throw s3Error(error, `reading ${key}`);
    }
  }

  async copyTo(sha256: string, file: string): Promise<void> {
    const body = await this.read(sha256);
    await pipeline(body, fs.createWriteStream(file, { flags: 'wx', mode: 0o600 }));
  }

  async *list(): AsyncIterable<string> {
    const prefix = `${this.settings.prefix}blobs/sha256/`;
    let token: string | undefined;
    do {
      const page = await this.client.send(new ListObjectsV2Command({ Bucket: this.settings.bucket, Prefix: prefix, ContinuationToken: token })).catch((error: unknown) => {
        throw s3Error(error, `listing ${describe(this.settings)}`);
      });
      for (const object of page.Contents ?? []) {
        const sha256 = object.Key!.slice(prefix.length + 6);
        if (isSha256Hex(sha256) && object.Key === this.key(sha256)) yield sha256;
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }

  filePool(): FilePool {
    return new S3FilePool(this);
  }

  /** Nothing to mark: the S3 vault is never swept (below), so a blob found is a blob kept. Missing is an error. */
  async touch(sha256: string): Promise<void> {
    if (!(await this.has(sha256))) throw blobMissing(sha256, this.key(sha256));
  }

  /**
   * Never: S3 has no rename and, before 2024, no conditional delete, so an intake that found the bytes could lose
   * them to a sweep deleting at the same moment; and a locked object cannot be deleted at all. Unreferenced objects
   * (an intake that crashed after storing) stay, and `vault verify` counts them.
   */
  async setAsideIfUntouchedSince(): Promise<SetAsideBlob | null> {
    return null;
  }

  async check(sha256: string): Promise<BlobCheck> {
    const key = this.key(sha256);
    try {
      const answer = await this.client.send(new GetObjectCommand({ Bucket: this.settings.bucket, Key: key }));
      const hash = createHash('sha256');
      for await (const chunk of answer.Body as Readable) hash.update(chunk as Buffer);
      const actual = hash.digest('hex');
      const lock = this.objectLock ? await this.lockOf(key) : undefined;
      const place = { path: this.locate(key), ...(lock && { lock }) };
      return actual === sha256 ? { sha256, ok: true, ...place } : { sha256, ok: false, problem: 'corrupt', actualSha256: actual, ...place };
    } catch (error) {
      if (isNotFound(error)) return { sha256, ok: false, problem: 'missing', path: this.locate(key) };
      return { sha256, ok: false, problem: 'unreadable', path: this.locate(key) };
    }
  }

  async *checkAll(onProgress?: (done: number) => void): AsyncIterable<BlobCheck> {
    yield* checkInParallel(this.list(), (sha256) => this.check(sha256), CHECKS_AT_ONCE, onProgress);
  }

  /** Puts a legal hold on the blob's object, or lifts it: held, it cannot be deleted whatever its retention. */
  async setLegalHold(sha256: string, on: boolean): Promise<void> {
    this.refuseIfReadOnly();
    if (!this.objectLock) throw new DossierError('CONFLICT', `the bucket ${this.settings.bucket} has no object lock: a legal hold needs one`, { bucket: this.settings.bucket });
    const key = this.key(sha256);
    await this.client.send(new PutObjectLegalHoldCommand({ Bucket: this.settings.bucket, Key: key, LegalHold: { Status: on ? 'ON' : 'OFF' } })).catch((error: unknown) => {
      throw isNotFound(error) ? blobMissing(sha256, key) : s3Error(error, `setting the legal hold of ${key}`);
    });
  }

  /** Lengthens the object's compliance retention to `until` where it ends sooner; a later date already set stays. */
  async retainAtLeast(sha256: string, until: Date): Promise<Date> {
    this.refuseIfReadOnly();
    if (!this.objectLock) throw new DossierError('CONFLICT', `the bucket ${this.settings.bucket} has no object lock: a retention needs one`, { bucket: this.settings.bucket });
    const key = this.key(sha256);
    const lock = await this.lockOf(key).catch((error: unknown) => {
      throw isNotFound(error) ? blobMissing(sha256, key) : s3Error(error, `reading the retention of ${key}`);
    });
    if (lock.retainUntil !== null && Date.parse(lock.retainUntil) >= until.getTime()) return new Date(lock.retainUntil);
    await applyLock(this.client, this.settings.bucket, key, undefined, { mode: 'COMPLIANCE', retainUntil: until }).catch((error: unknown) => {
      throw s3Error(error, `lengthening the retention of ${key}`);
    });
    return until;
  }

  /** The versions an object has had, newest first: more than one means it was written over. */
  async versionsOf(sha256: string): Promise<string[]> {
    const key = this.key(sha256);
    const listed = await this.client.send(new ListObjectVersionsCommand({ Bucket: this.settings.bucket, Prefix: key })).catch((error: unknown) => {
      throw s3Error(error, `listing the versions of ${key}`);
    });
    return (listed.Versions ?? []).filter((v) => v.Key === key).map((v) => v.VersionId!);
  }

  /** The lock an object carries now (what the server reports), or undefined when the bucket has none. */
  async lockOf(key: string): Promise<ObjectLockState> {
    const head = await this.client.send(new HeadObjectCommand({ Bucket: this.settings.bucket, Key: key }));
    return {
      mode: head.ObjectLockMode ?? null,
      retainUntil: head.ObjectLockRetainUntilDate?.toISOString() ?? null,
      legalHold: head.ObjectLockLegalHoldStatus === 'ON',
    };
  }

  /** An object's place, for a person to look at. */
  locate(key: string): string {
    return `s3://${this.settings.bucket}/${key}${this.settings.endpoint ? ` at ${this.settings.endpoint}` : ''}`;
  }

  private refuseIfReadOnly(): void {
    if (this.readOnly) throw new DossierError('DATA_DIR_READ_ONLY', `the vault ${describe(this.settings)} is opened read-only (--read-only): this command must write to it`, { path: this.settings.url });
  }

  private lockFromNow(): ObjectLock | undefined {
    return this.retentionSeconds === undefined ? undefined : { mode: 'COMPLIANCE', retainUntil: new Date(Date.now() + this.retentionSeconds * 1000) };
  }

  private async headOf(sha256: string): Promise<{ size: number; modifiedAt: Date } | null> {
    const key = this.key(sha256);
    try {
      const head = await this.client.send(new HeadObjectCommand({ Bucket: this.settings.bucket, Key: key }));
      return { size: head.ContentLength ?? 0, modifiedAt: head.LastModified ?? new Date(0) };
    } catch (error) {
      if (isNotFound(error)) return null;
      throw s3Error(error, `looking up ${key}`);
    }
  }

  /** The temporary object copied to its address on the server (locked there), unless the same bytes are there. */
  private async copyIntoPlace(temp: string, versionId: string | undefined, sha256: string, size: number): Promise<boolean> {
    const held = await this.headOf(sha256);
    if (held && held.size === size) return false;
    const lock = this.lockFromNow();
    const target = { Bucket: this.settings.bucket, Key: this.key(sha256), ...lockParams(lock) };
    const source = `${this.settings.bucket}/${encodeURIComponent(temp).replace(/%2F/g, '/')}${versionId ? `?versionId=${encodeURIComponent(versionId)}` : ''}`;
    try {
      if (size <= COPY_LIMIT) {
        const copied = await this.client.send(new CopyObjectCommand({ ...target, CopySource: source, MetadataDirective: 'REPLACE' }));
        await applyLock(this.client, target.Bucket, target.Key, copied.VersionId, lock);
        return true;
      }
      const { UploadId } = await this.client.send(new CreateMultipartUploadCommand(target));
      try {
        const parts = [];
        for (let start = 0, PartNumber = 1; start < size; start += COPY_PART, PartNumber++) {
          const range = `bytes=${start}-${Math.min(start + COPY_PART, size) - 1}`;
          const part = await this.client.send(new UploadPartCopyCommand({ Bucket: target.Bucket, Key: target.Key, UploadId, PartNumber, CopySource: source, CopySourceRange: range }));
          parts.push({ PartNumber, ETag: part.CopyPartResult!.ETag! });
        }
        const done = await this.client.send(new CompleteMultipartUploadCommand({ Bucket: target.Bucket, Key: target.Key, UploadId, MultipartUpload: { Parts: parts } }));
        await applyLock(this.client, target.Bucket, target.Key, done.VersionId, lock);
      } catch (error) {
        await this.client.send(new AbortMultipartUploadCommand({ Bucket: target.Bucket, Key: target.Key, UploadId })).catch(() => undefined);
        throw error;
      }
      return true;
    } catch (error) {
      throw s3Error(error, `placing ${target.Key} in ${describe(this.settings)}`);
    }
  }

  /** Removes a temporary object for good (its version, in a versioned bucket; never an evidence object). */
  private async deleteVersion(key: string, versionId: string | undefined): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.settings.bucket, Key: key, ...(versionId && { VersionId: versionId }) })).catch(() => undefined);
  }

  /** What processes that died left: temporary objects and unfinished uploads older than a day. */
  private async removeStaleTemps(): Promise<void> {
    const cutoff = Date.now() - STALE_MS;
    const bucket = this.settings.bucket;
    const uploads = await this.client.send(new ListMultipartUploadsCommand({ Bucket: bucket, Prefix: this.settings.prefix })).catch(() => undefined);
    for (const upload of uploads?.Uploads ?? []) {
      if ((upload.Initiated?.getTime() ?? Infinity) < cutoff) {
        await this.client.send(new AbortMultipartUploadCommand({ Bucket: bucket, Key: upload.Key, UploadId: upload.UploadId })).catch(() => undefined);
      }
    }
    const temps = await this.client.send(new ListObjectVersionsCommand({ Bucket: bucket, Prefix: `${this.settings.prefix}tmp/` })).catch(() => undefined);
    for (const version of [...(temps?.Versions ?? []), ...(temps?.DeleteMarkers ?? [])]) {
      if ((version.LastModified?.getTime() ?? Infinity) < cutoff) await this.deleteVersion(version.Key!, version.VersionId);
    }
  }
}

/** A client for the vault's server: path-style where set, retries with backoff, checksums only where S3 requires them. */
export function s3Client(settings: Pick<S3VaultSettings, 'region' | 'endpoint' | 'forcePathStyle' | 'credentials'>): S3Client {
  // The SDK warns on every start that its releases after January 2027 need Node 22; ours is pinned, and a
  // warning on every command would teach people to ignore what Dossier prints.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  return new S3Client({
    region: settings.region,
    ...(settings.endpoint && { endpoint: settings.endpoint }),
    forcePathStyle: settings.forcePathStyle,
    ...(settings.credentials && { credentials: settings.credentials }),
    // Integrity is checked with Content-MD5, which every S3 server knows; the newer checksum headers the SDK would
    // add by default are not known to all of them (Ceph RGW 16 refuses streamed ones).
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    // The SDK retries throttling, timeouts and 5xx with exponential backoff and jitter.
    maxAttempts: 5,
    requestHandler: { connectionTimeout: 5_000, requestTimeout: 120_000 },
  });
}

/** A handover's files stored a few at a time: S3 is bound by round trips, so several go at once. */
class S3FilePool implements FilePool {
  constructor(private readonly vault: S3BlobStore) {}

  async storeBatch(files: readonly Buffer[], options: { maxBytes?: number | undefined } = {}): Promise<(StoredFile | DossierError)[]> {
    const results: (StoredFile | DossierError)[] = new Array(files.length);
    let next = 0;
    const worker = async () => {
      for (let i = next++; i < files.length; i = next++) {
        results[i] = await this.vault.putLocalFile(files[i]!, options).catch((error: unknown) => {
          // An unreadable file is told and skipped; anything else (the vault's own fault) stops the batch.
          if (isDossierError(error) && error.code === 'FILE_UNREADABLE') return error;
          throw error;
        });
      }
    };
    await Promise.all(Array.from({ length: Math.min(FILES_AT_ONCE, files.length) }, worker));
    return results;
  }

  async store(file: Buffer, options: { maxBytes?: number | undefined } = {}): Promise<StoredFile> {
    const [stored] = await this.storeBatch([file], options);
    if (stored instanceof DossierError) throw stored;
    return stored!;
  }

  async close(): Promise<void> {}
}

async function hashOf(handle: fsp.FileHandle, file: string | Buffer, withMd5: boolean): Promise<{ sha256: string; size: number; head: Buffer; md5?: string }> {
  const hash = createHash('sha256');
  const md5 = withMd5 ? createHash('md5') : undefined;
  const buffer = Buffer.allocUnsafe(READ_CHUNK);
  let size = 0;
  let head = Buffer.alloc(0);
  for (;;) {
    const { bytesRead } = await handle.read(buffer, 0, READ_CHUNK, size).catch((error: unknown) => {
      throw unreadableFile(file, error);
    });
    if (bytesRead === 0) break;
    hash.update(buffer.subarray(0, bytesRead));
    md5?.update(buffer.subarray(0, bytesRead));
    if (size < HEAD_BYTES) head = Buffer.concat([head, buffer.subarray(0, Math.min(bytesRead, HEAD_BYTES - size))]);
    size += bytesRead;
  }
  return { sha256: hash.digest('hex'), size, head, ...(md5 && { md5: md5.digest('base64') }) };
}

function describe(settings: Pick<S3VaultSettings, 'url' | 'endpoint'>): string {
  return settings.endpoint ? `${settings.url} at ${settings.endpoint}` : settings.url;
}

function isNotFound(error: unknown): boolean {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e?.name === 'NoSuchKey' || e?.name === 'NotFound' || e?.$metadata?.httpStatusCode === 404;
}

function isDossierError(error: unknown): error is DossierError {
  return error instanceof DossierError;
}

/** An S3 failure in words: unreachable, refused credentials, no such bucket, or what the server said. */
export function s3Error(error: unknown, doing: string): DossierError {
  if (error instanceof DossierError) return error;
  const e = error as { name?: string; code?: string; message?: string; $metadata?: { httpStatusCode?: number } };
  const status = e?.$metadata?.httpStatusCode;
  const why =
    e?.code === 'ECONNREFUSED' || e?.code === 'ENOTFOUND' || e?.code === 'ETIMEDOUT' || e?.name === 'TimeoutError'
      ? `the S3 server does not answer (${e.code ?? e.name}): check DOSSIER_S3_ENDPOINT and that the server runs`
      : e?.code === 'ECONNRESET' || e?.code === 'EPIPE'
        ? `the connection to the S3 server was cut, again at every retry (${e.code}): check the network to it and that the server runs`
        : e?.name === 'InvalidAccessKeyId' || e?.name === 'SignatureDoesNotMatch' || (status === 403 && doing.startsWith('opening'))
          ? `the S3 server refused the credentials (${e.name === 'Unknown' ? 'HTTP 403' : e.name}): check AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, and that they may use the bucket`
          : e?.name === 'NoSuchBucket' || (status === 404 && doing.startsWith('opening'))
            ? 'the bucket does not exist: create it (with object lock, for evidence) or correct DOSSIER_VAULT_URL'
            : `${e?.name ?? 'error'}${status ? ` (HTTP ${status})` : ''}: ${e?.message ?? String(error)}`;
  const unreachable = ['ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT', 'ECONNRESET', 'EPIPE'].includes(e?.code ?? '') || e?.name === 'TimeoutError';
  return new DossierError(unreachable ? 'VAULT_UNAVAILABLE' : 'VAULT_IO', `${doing} failed: ${why}`, { s3Error: e?.name, httpStatus: status }, { cause: error });
}
