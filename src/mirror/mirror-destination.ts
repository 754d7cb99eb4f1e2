/**
 * Where a mirror's files are kept: a folder (a disk, a mounted share) or an S3 prefix. Push, verify and restore
 * see only this interface, so a mirror has the same layout, names and guarantees in either place.
 */
import { createHash } from 'node:crypto';
import { DossierError } from '../common/errors.js';
import type { MirrorDestination } from './destination.js';

export type { MirrorDestination } from './destination.js';

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
