/**
 * What a mirror's destination can do, whichever it is (folder-destination.ts, s3-destination.ts): apart from
 * mirror-destination.ts, which opens one, so the two kinds need not import their opener.
 */
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
