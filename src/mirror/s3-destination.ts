/**
 * A mirror under a prefix of an S3 bucket (AWS S3, Ceph RGW, MinIO), reached with the vault's settings
 * (DOSSIER_S3_ENDPOINT, AWS_REGION, AWS_ACCESS_KEY_ID…). An object appears under its key only whole: one PUT, or a
 * multipart upload completed, every part checked by the server (Content-MD5); a PUT over an existing key replaces
 * it at once, so the signed note needs no temp key to be replaced last.
 */
import type { Readable } from 'node:stream';
import { DeleteObjectCommand, GetObjectCommand, HeadBucketCommand, HeadObjectCommand, ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import { DossierError } from '../common/errors.js';
import { s3Client, s3Error } from '../vault/s3-blob-store.js';
import { S3ObjectWriter } from '../vault/s3-object-writer.js';
import { s3VaultSettings, type S3VaultSettings } from '../vault/s3-settings.js';
import type { MirrorDestination } from './destination.js';

export class S3Destination implements MirrorDestination {
  readonly where: string;

  private constructor(
    private readonly settings: S3VaultSettings,
    private readonly client: S3Client,
  ) {
    this.where = settings.endpoint ? `${settings.url} at ${settings.endpoint}` : settings.url;
  }

  static async open(url: string, env: NodeJS.ProcessEnv): Promise<S3Destination> {
    const settings = s3VaultSettings(url, env, 'DEST');
    const client = s3Client(settings);
    const destination = new S3Destination(settings, client);
    try {
      await client.send(new HeadBucketCommand({ Bucket: settings.bucket }));
    } catch (error) {
      client.destroy();
      if (isNotFound(error)) throw new DossierError('VALIDATION_FAILED', `DEST: the bucket ${settings.bucket} does not exist at ${settings.endpoint ?? 'AWS'}: create it, or correct DEST (s3://BUCKET/PREFIX) or DOSSIER_S3_ENDPOINT`, { field: 'DEST', bucket: settings.bucket });
      throw s3Error(error, `opening the mirror at ${destination.where}`);
    }
    return destination;
  }

  async read(key: string): Promise<Buffer | undefined> {
    const body = await this.readStream(key);
    if (!body) return undefined;
    const chunks: Uint8Array[] = [];
    try {
      for await (const chunk of body) chunks.push(chunk);
    } catch (error) {
      throw s3Error(error, `reading ${this.locate(key)}`);
    }
    return Buffer.concat(chunks);
  }

  async readStream(key: string): Promise<AsyncIterable<Uint8Array> | undefined> {
    try {
      const answer = await this.client.send(new GetObjectCommand({ Bucket: this.settings.bucket, Key: this.key(key) }));
      return answer.Body as Readable;
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw s3Error(error, `reading ${this.locate(key)}`);
    }
  }

  async write(key: string, source: AsyncIterable<Uint8Array> | Uint8Array): Promise<void> {
    const writer = new S3ObjectWriter(this.client, this.settings.bucket, this.key(key), undefined);
    try {
      for await (const chunk of source instanceof Uint8Array ? [source] : source) await writer.write(chunk);
      await writer.finish();
    } catch (error) {
      await writer.abort();
      throw s3Error(error, `writing ${this.locate(key)}`);
    }
  }

  async size(key: string): Promise<number | undefined> {
    try {
      const head = await this.client.send(new HeadObjectCommand({ Bucket: this.settings.bucket, Key: this.key(key) }));
      return head.ContentLength ?? 0;
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw s3Error(error, `looking up ${this.locate(key)}`);
    }
  }

  async *list(under = ''): AsyncIterable<string> {
    const prefix = under ? `${this.settings.prefix}${under}/` : this.settings.prefix;
    let token: string | undefined;
    do {
      const page = await this.client.send(new ListObjectsV2Command({ Bucket: this.settings.bucket, Prefix: prefix, ContinuationToken: token })).catch((error: unknown) => {
        throw s3Error(error, `listing ${this.where}`);
      });
      for (const object of page.Contents ?? []) yield object.Key!.slice(this.settings.prefix.length);
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }

  async remove(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.settings.bucket, Key: this.key(key) })).catch((error: unknown) => {
      throw s3Error(error, `deleting ${this.locate(key)}`);
    });
  }

  close(): void {
    this.client.destroy();
  }

  private key(key: string): string {
    return `${this.settings.prefix}${key}`;
  }

  private locate(key: string): string {
    return `s3://${this.settings.bucket}/${this.key(key)}`;
  }
}

function isNotFound(error: unknown): boolean {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e?.name === 'NoSuchKey' || e?.name === 'NotFound' || e?.name === 'NoSuchBucket' || e?.$metadata?.httpStatusCode === 404;
}
