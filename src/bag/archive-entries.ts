/**
 * What a bag archive (.zip or .tar) says it holds, read before anything is unpacked: each entry's name,
 * kind and declared size, the bag's folder inside it, and the two small tag files that say how big the
 * payload is (bagit.txt for the encoding, bag-info.txt for Payload-Oxum). An entry that could land outside
 * the target, is not a plain file or folder, or is named twice is refused here, before a byte is written.
 * Writing goes through a budget of the declared total, so no archive writes more than was checked.
 */
import { createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { unsafePathReason } from './bag-path.js';
import { DossierError } from '../common/errors.js';

export interface ArchiveEntry {
  /** As written in the archive; a folder's name may end in "/". */
  name: string;
  kind: 'file' | 'directory' | 'other';
  /** For `other`: what the entry is (a symlink, a device...), for the refusal. */
  what?: string;
  /** Bytes the archive declares the entry unpacks to (a zip's central directory, a tar header). */
  size: number;
}

export interface ArchiveListing {
  archiveBytes: number;
  entries: ArchiveEntry[];
  /** The bag's folder inside the archive, ending in "/", or "" when bagit.txt lies at the top. */
  root: string;
  /** The bag's own bagit.txt and bag-info.txt, when present and small enough to read (MAX_TAG_FILE_BYTES). */
  bagitTxt: Buffer | null;
  bagInfoTxt: Buffer | null;
}

/** An archive opened and listed, ready to be unpacked once its listing is judged acceptable. */
export interface OpenedArchive {
  listing: ArchiveListing;
  extract(intoDir: string, budget: ByteBudget): Promise<void>;
  close(): void;
}

/** bagit.txt and bag-info.txt are read into memory to learn the payload's size: a few lines, never more than this. */
export const MAX_TAG_FILE_BYTES = 1 << 20;
/** Longest entry name accepted (Linux's PATH_MAX): a listing holds every name, so a name may not be megabytes. */
export const MAX_ENTRY_NAME_BYTES = 4096;

/** Whether an entry may be one of the bag's own bagit.txt or bag-info.txt: at the top, or one folder down. */
export function mayBeSizeTagFile(name: string): boolean {
  return /^([^/]+\/)?(bagit|bag-info)\.txt$/.test(name);
}

/** Checks every entry and finds the bag's folder; throws, naming the entry, on anything a bag cannot hold. */
export function bagRootOf(entries: readonly ArchiveEntry[]): string {
  const seen = new Set<string>();
  for (const entry of entries) {
    const name = entry.name.replace(/\/$/, '');
    const unsafe = unsafePathReason(name);
    if (unsafe) throw new DossierError('BAG_INVALID', `archive entry ${JSON.stringify(entry.name)}: ${unsafe}`, { path: entry.name });
    if (entry.kind === 'other') throw new DossierError('BAG_INVALID', `archive entry ${entry.name} is a ${entry.what ?? 'special entry'}; a bag holds only files`, { path: entry.name });
    if (seen.has(name) && entry.kind === 'file') throw new DossierError('BAG_INVALID', `archive entry ${name} appears twice; tools may unpack either one`, { path: name });
    seen.add(name);
  }
  if (entries.some((entry) => entry.kind === 'file' && entry.name === 'bagit.txt')) return '';
  const tops = new Set(entries.map((entry) => entry.name.split('/')[0]!));
  const [top] = tops;
  const isFolder = entries.some((entry) => entry.name.startsWith(`${top}/`));
  if (tops.size === 1 && isFolder && !entries.some((entry) => entry.name === top && entry.kind !== 'directory')) return `${top}/`;
  throw new DossierError('BAG_INVALID', 'it holds neither bagit.txt nor a single bag folder at its top');
}

/** What may still be written: the entries' declared total, so an entry that lies about its size is stopped. */
export class ByteBudget {
  private left: number;

  constructor(readonly total: number) {
    this.left = total;
  }

  /** Passes `content` on, failing once more than the budget has passed through. */
  async *meter(content: AsyncIterable<Uint8Array>, name: string): AsyncGenerator<Uint8Array> {
    for await (const chunk of content) {
      this.left -= chunk.length;
      if (this.left < 0) throw new DossierError('BAG_INVALID', `archive entry ${name} holds more than the ${this.total} bytes the archive declares for all its entries`, { path: name });
      yield chunk;
    }
  }
}

export function safeTarget(intoDir: string, entryName: string): string {
  const name = entryName.replace(/\/$/, '');
  const unsafe = unsafePathReason(name);
  if (unsafe) throw new DossierError('BAG_INVALID', `archive entry ${JSON.stringify(entryName)}: ${unsafe}`, { path: entryName });
  return path.join(intoDir, ...name.split('/'));
}

export async function writeEntry(intoDir: string, name: string, content: AsyncIterable<Uint8Array>, budget: ByteBudget): Promise<void> {
  const target = safeTarget(intoDir, name);
  await fs.mkdir(path.dirname(target), { recursive: true });
  await pipeline(content, (source: AsyncIterable<Uint8Array>) => budget.meter(source, name), createWriteStream(target, { flags: 'wx' }));
}

/** A small entry's bytes (a tag file), read whole. */
export async function readSmall(content: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of content) chunks.push(chunk);
  return Buffer.concat(chunks);
}
