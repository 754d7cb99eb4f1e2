/**
 * The evidence vault's interface: content-addressed, streaming, asynchronous. The filesystem store
 * (fs-blob-store.ts) and the S3 store with object lock (s3-blob-store.ts) implement it, so nothing here
 * may assume files.
 */
import { DossierError, invalidField } from '../common/errors.js';

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

/** What an S3 server says of an object's lock: its retention (mode and date) and legal hold. */
export interface ObjectLockState {
  mode: string | null;
  retainUntil: string | null;
  legalHold: boolean;
}

export interface StoredFile extends StoredBlob {
  /** The file changed while it was read: its bytes were not placed, and its hash is not the file's. */
  changed: boolean;
  modifiedAt: string;
  createdAt: string | null;
}

/** Stores many local files at once (a handover's folder), as fast as the store can. */
export interface FilePool {
  /**
   * Stores the files, durably once this answers: each comes back stored, or with the error that stopped it (an
   * unreadable file, FILE_UNREADABLE; one over maxBytes). A failure of the vault itself rejects the whole batch.
   */
  storeBatch(files: readonly Buffer[], options?: { maxBytes?: number | undefined }): Promise<(StoredFile | DossierError)[]>;
  /** One file, stored durably (a batch of one). */
  store(file: Buffer, options?: { maxBytes?: number | undefined }): Promise<StoredFile>;
  close(): Promise<void>;
}

export interface BlobCheck {
  sha256: string;
  ok: boolean;
  problem?: 'missing' | 'corrupt' | 'unreadable';
  /** What the stored bytes hash to now, when they differ. */
  actualSha256?: string;
  /** Where the blob lives, for a person to look at. */
  path?: string;
  /** In a vault with object lock: the object's lock as the server reports it (none: it could be deleted). */
  lock?: ObjectLockState;
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
  /** The blob's bytes, or those of one range of it (inclusive, as HTTP counts; a video player seeking). */
  read(sha256: string, range?: { start: number; end: number }): Promise<NodeJS.ReadableStream>;
  /**
   * Copies a blob into a new local file (which must not exist), as fast as the store can; the caller checks
   * the copy's hash. A store without local files streams it.
   */
  copyTo(sha256: string, file: string): Promise<void>;
  list(): AsyncIterable<string>;
  /** Stores many local files at once, for intakes of a handover's folder. */
  filePool(): FilePool;
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
  /** A vault with object lock: puts a legal hold on a blob or lifts it (absent: the vault has no locks). */
  setLegalHold?(sha256: string, on: boolean): Promise<void>;
  /**
   * A vault with object lock: keeps the blob locked (compliance mode) until at least `until`, lengthening its
   * retention where it ends sooner (a lock is never shortened); answers the date it is locked until now.
   */
  retainAtLeast?(sha256: string, until: Date): Promise<Date>;
  /** Lets go of connections and workers; the store is not used after. */
  close?(): void;
}

export const HEAD_BYTES = 4100;

export function isSha256Hex(value: string): boolean {
  return /^[0-9a-f]{64}$/.test(value);
}

export function checkExpectedSha256(options: PutOptions): void {
  if (options.expectedSha256 !== undefined && !isSha256Hex(options.expectedSha256)) {
    throw invalidField('expectedSha256', 'must be 64 lowercase hex digits', options.expectedSha256);
  }
}

/** Bytes that arrived altered (a bag's file, a transfer) are refused under the digest they were promised. */
export function checkDigest(options: PutOptions, sha256: string): void {
  if (options.expectedSha256 !== undefined && sha256 !== options.expectedSha256) {
    throw new DossierError('VAULT_BLOB_CORRUPT', `content hashes to ${sha256}, not the expected ${options.expectedSha256}`, { expected: options.expectedSha256, actual: sha256 });
  }
}

export function tooLarge(limit: number): DossierError {
  return new DossierError('PAYLOAD_TOO_LARGE', `content exceeds the limit of ${limit} bytes`, { limit });
}

export function changedWhileRead(file: string): DossierError {
  return new DossierError('FILE_UNREADABLE', `${file} changed while it was read: its hash would not be the file's (nothing stored; take it again once it is still)`, { path: file });
}

export function blobMissing(sha256: string, where: string): DossierError {
  return new DossierError('VAULT_BLOB_MISSING', `blob ${sha256} is missing from the vault (${where})`, { sha256, path: where });
}
