/**
 * Where a mirror's files are kept: a folder (a disk, a mounted share) or an S3 prefix. Push, verify and restore
 * see only this interface, so a mirror has the same layout, names and guarantees in either place.
 */
import { createHash } from 'node:crypto';
import { DossierError } from '../common/errors.js';

export interface MirrorDestination {
  /** The destination as a person names it (the folder, or the s3:// URL and its server). */
  readonly where: string;
  /** A small object whole (a record, a note, a manifest); undefined when there is none. */
  read(key: string): Promise<Buffer | undefined>;
  /** An object's bytes as they come; undefined when there is none. */
  readStream(key: string): Promise<AsyncIterable<Uint8Array> | undefined>;
  /** Writes an object that appears under its key only once whole and durable, replacing any before it. */
  write(key: string, source: AsyncIterable<Uint8Array> | Uint8Array): Promise<void>;
  /** An object's size; undefined when there is none. */
  size(key: string): Promise<number | undefined>;
  /** Every key under a folder of the mirror (all of it when none is given), relative to the mirror, "/" between parts. */
  list(under?: string): AsyncIterable<string>;
  /** Removes an object; throws when it cannot (an S3 server refusing a delete, a file that will not go). */
  remove(key: string): Promise<void>;
  close(): void;
}

export function isS3Destination(dest: string): boolean {
  return dest.startsWith('s3://');
}

/** A folder path or `s3://BUCKET/PREFIX`; the S3 SDK is loaded only for S3 (it is large, and the CLI starts often). */
export async function openDestination(dest: string): Promise<MirrorDestination> {
  if (typeof dest !== 'string' || dest === '') throw new DossierError('VALIDATION_FAILED', 'DEST: give a folder or s3://BUCKET/PREFIX', { field: 'DEST' });
  if (isS3Destination(dest)) {
    const { S3Destination } = await import('./s3-destination.js');
    return S3Destination.open(dest, process.env);
  }
  const { FolderDestination } = await import('./folder-destination.js');
  return new FolderDestination(dest);
}

/** Opens the destination for `use` and closes it after, whatever happens. */
export async function withDestination<T>(dest: string, use: (destination: MirrorDestination) => Promise<T>): Promise<T> {
  const destination = await openDestination(dest);
  try {
    return await use(destination);
  } finally {
    destination.close();
  }
}

/** An object's SHA-256 and size, streamed; undefined when there is none. */
export async function digestOf(destination: MirrorDestination, key: string): Promise<{ sha256: string; size: number } | undefined> {
  const stream = await destination.readStream(key);
  if (!stream) return undefined;
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of stream) {
    hash.update(chunk);
    size += chunk.length;
  }
  return { sha256: hash.digest('hex'), size };
}

/** Whether anything is there at all (one key is enough to say). */
export async function isEmpty(destination: MirrorDestination): Promise<boolean> {
  for await (const _ of destination.list()) return false;
  return true;
}
