/**
 * Writes one S3 object from chunks of any size, holding at most a few parts in memory: one PutObject when it is
 * small, a multipart upload when it is not. Every part carries its Content-MD5, so the server refuses bytes that
 * arrived altered; nothing is visible under the key until finish() (CompleteMultipartUpload, or the one PUT), and
 * abort() leaves nothing behind.
 */
import { createHash } from 'node:crypto';
import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  PutObjectCommand,
  PutObjectRetentionCommand,
  UploadPartCommand,
  type S3Client,
} from '@aws-sdk/client-s3';

const MiB = 1024 * 1024;
const PARTS_IN_FLIGHT = 2;

/**
 * S3 allows 10,000 parts: 8 MiB parts up to ~39 GiB (memory stays small for the usual video), larger parts after
 * (128 MiB to ~540 GiB, then 1 GiB to ~1.5 TiB).
 */
function partSizeFor(partNumber: number): number {
  return partNumber <= 5000 ? 8 * MiB : partNumber <= 9000 ? 128 * MiB : 1024 * MiB;
}

export interface ObjectLock {
  mode: 'COMPLIANCE';
  retainUntil: Date;
}

export class S3ObjectWriter {
  private part: Buffer[] = [];
  private partBytes = 0;
  private uploadId: string | undefined;
  private readonly parts: Promise<{ PartNumber: number; ETag: string }>[] = [];
  private readonly inFlight = new Set<Promise<unknown>>();
  private written = 0;
  private failed: unknown;

  constructor(
    private readonly client: S3Client,
    private readonly bucket: string,
    readonly key: string,
    private readonly lock: ObjectLock | undefined,
  ) {}

  /** Takes a copy of the chunk (the caller may reuse its buffer); waits while too many parts are in flight. */
  async write(chunk: Uint8Array): Promise<void> {
    this.part.push(Buffer.from(chunk));
    this.partBytes += chunk.length;
    this.written += chunk.length;
    if (this.partBytes >= partSizeFor(this.parts.length + 1)) await this.sendPart();
  }

  /** Makes the object visible under its key; returns its version (undefined in a bucket without versioning). */
  async finish(): Promise<{ versionId: string | undefined; size: number }> {
    if (this.uploadId === undefined) {
      const body = Buffer.concat(this.part);
      this.part = [];
      const put = await this.client.send(new PutObjectCommand({ Bucket: this.bucket, Key: this.key, Body: body, ContentLength: body.length, ContentMD5: md5(body), ...lockParams(this.lock) }));
      return { versionId: put.VersionId, size: this.written };
    }
    if (this.partBytes > 0 || this.parts.length === 0) await this.sendPart();
    const parts = await Promise.all(this.parts);
    const done = await this.client.send(
      new CompleteMultipartUploadCommand({ Bucket: this.bucket, Key: this.key, UploadId: this.uploadId, MultipartUpload: { Parts: parts } }),
    );
    // Ceph RGW (16) drops the lock asked for when the upload was created: set on the object itself, it holds.
    await applyLock(this.client, this.bucket, this.key, done.VersionId, this.lock);
    return { versionId: done.VersionId, size: this.written };
  }

  /** Drops what was sent: an unfinished multipart upload is aborted, its parts freed. */
  async abort(): Promise<void> {
    await Promise.allSettled([...this.inFlight]);
    if (this.uploadId !== undefined) {
      await this.client.send(new AbortMultipartUploadCommand({ Bucket: this.bucket, Key: this.key, UploadId: this.uploadId })).catch(() => undefined);
    }
  }

  private async sendPart(): Promise<void> {
    if (this.failed !== undefined) throw this.failed;
    if (this.uploadId === undefined) {
      const created = await this.client.send(new CreateMultipartUploadCommand({ Bucket: this.bucket, Key: this.key, ...lockParams(this.lock) }));
      this.uploadId = created.UploadId!;
    }
    const body = Buffer.concat(this.part);
    [this.part, this.partBytes] = [[], 0];
    const PartNumber = this.parts.length + 1;
    const sending = this.client
      .send(new UploadPartCommand({ Bucket: this.bucket, Key: this.key, UploadId: this.uploadId, PartNumber, Body: body, ContentLength: body.length, ContentMD5: md5(body) }))
      .then((answer) => ({ PartNumber, ETag: answer.ETag! }));
    this.parts.push(sending);
    // A part that failed (after the SDK's retries) fails the next write or finish, not an unhandled rejection.
    const settled: Promise<unknown> = sending.then(
      () => this.inFlight.delete(settled),
      (error: unknown) => {
        this.failed ??= error;
        this.inFlight.delete(settled);
      },
    );
    this.inFlight.add(settled);
    while (this.inFlight.size >= PARTS_IN_FLIGHT) await Promise.race(this.inFlight);
    if (this.failed !== undefined) throw this.failed;
  }
}

/** Locks an object (one version of it) until the lock's date; nothing without a lock. */
export async function applyLock(client: S3Client, bucket: string, key: string, versionId: string | undefined, lock: ObjectLock | undefined): Promise<void> {
  if (!lock) return;
  await client.send(
    new PutObjectRetentionCommand({ Bucket: bucket, Key: key, ...(versionId && { VersionId: versionId }), Retention: { Mode: lock.mode, RetainUntilDate: lock.retainUntil } }),
  );
}

export function lockParams(lock: ObjectLock | undefined) {
  return lock ? { ObjectLockMode: lock.mode, ObjectLockRetainUntilDate: lock.retainUntil } : {};
}

function md5(body: Buffer): string {
  return createHash('md5').update(body).digest('base64');
}
