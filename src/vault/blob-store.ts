/**
 * The evidence vault's interface: content-addressed, streaming, asynchronous. The filesystem store
 * implements it now; an S3-compatible store with object lock will implement it later, so nothing here
 * may assume files.
 */
import type { FileStorePool } from './file-store-pool.js';

export interface StoredBlob {
  sha256: string;
  size: number;
  /** False when the vault already held these bytes: stored once, whatever the number of intakes. */
  created: boolean;
  /** The first bytes (up to HEAD_BYTES), for sniffing the media type without reading the blob again. */
  head: Uint8Array;
}

export interface PutOptions {
  onProgress?(bytesSoFar: number): void;
  /** Reject, storing nothing, once the content exceeds this many bytes. */
  maxBytes?: number;
  /** Reject, storing nothing, when the content's digest differs (a transfer that arrived altered). */
  expectedSha256?: string;
}

/** A blob a sweep has taken out of its address: gone for good once discarded, back where it was if restored. */
export interface SetAsideBlob {
  sha256: string;
  discard(): Promise<void>;
  restore(): Promise<void>;
}

export interface BlobCheck {
  sha256: string;
  ok: boolean;
  problem?: 'missing' | 'corrupt' | 'unreadable';
  /** What the stored bytes hash to now, when they differ. */
  actualSha256?: string;
  /** Where the blob lives, for a person to look at. */
  path?: string;
}

export interface BlobStore {
  /** Is done with each chunk before asking for the next, so a source may reuse one buffer throughout. */
  put(source: AsyncIterable<Uint8Array>, options?: PutOptions): Promise<StoredBlob>;
  /**
   * Stores a file of this machine whole (a file given to `dossier add`), as fast as the store can. A file that
   * changes while it is stored is refused (FILE_UNREADABLE, saying so), with nothing stored.
   */
  putFile(file: string, options?: PutOptions): Promise<StoredBlob>;
  has(sha256: string): Promise<boolean>;
  size(sha256: string): Promise<number>;
  /** Size and last write or touch, for housekeeping (how long a blob nothing refers to has lain there). */
  stat(sha256: string): Promise<{ size: number; modifiedAt: Date }>;
  read(sha256: string): Promise<NodeJS.ReadableStream>;
  /**
   * Copies a blob into a new local file (which must not exist), as fast as the store can; the caller checks
   * the copy's hash. A store without local files streams it.
   */
  copyTo(sha256: string, file: string): Promise<void>;
  list(): AsyncIterable<string>;
  /** Stores local files on worker threads, for intakes of many files (a handover's folder). */
  filePool(): FileStorePool;
  /** The blob's own file, to be read in place (never written) by tools that take a path; absent without local files. */
  localPath?(sha256: string): string;
  /** Marks a blob as in use now (an intake about to refer to it), so a sweep leaves it alone; missing is an error. */
  touch(sha256: string): Promise<void>;
  /**
   * Takes a blob out of its address unless it was written or touched at or after `cutoff`, also when that
   * happens while it is being taken; null when it stays. The caller has found that nothing refers to it, and
   * logs the removal before it discards the bytes.
   */
  setAsideIfUntouchedSince(sha256: string, cutoff: Date): Promise<SetAsideBlob | null>;
  check(sha256: string): Promise<BlobCheck>;
  checkAll(onProgress?: (done: number) => void): AsyncIterable<BlobCheck>;
}

export const HEAD_BYTES = 4100;

export function isSha256Hex(value: string): boolean {
  return /^[0-9a-f]{64}$/.test(value);
}
