/**
 * A bag as one file: a .zip or .tar holding the bag directory under one top-level folder, as BagIt tools
 * expect. Packing streams each file from disk. Unpacking first lists the archive and refuses, before a
 * byte is written, anything that could land outside the target (absolute paths, "..", links, devices) and
 * an archive that declares more than its bag, the limit or the disk allows (unpack-limits.ts).
 */
import { createReadStream, createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import tarStream from 'tar-stream';
import yazl from 'yazl';
import { fsyncDirectory } from '../common/durable-fs.js';
import { ByteBudget } from './archive-entries.js';
import { ArchiveTooLarge, ArchiveUnreadable } from './archive-errors.js';
import { openTarBag } from './tar-bag-archive.js';
import { declaredBytes, unpackRefusal } from './unpack-limits.js';
import { openZipBag } from './zip-bag-archive.js';
import { makeWorkDir } from '../common/work-dir.js';
import { DossierError } from '../common/errors.js';

export { ArchiveTooLarge, ArchiveUnreadable } from './archive-errors.js';

export type ArchiveFormat = 'zip' | 'tar';

/** The archive format a file name asks for, or null for a plain directory. */
export function archiveFormatOf(file: string): ArchiveFormat | null {
  const lower = file.toLowerCase();
  return lower.endsWith('.zip') ? 'zip' : lower.endsWith('.tar') ? 'tar' : null;
}

/** The bag's folder name inside an archive: the archive's own name without its extension. */
export function bagNameOf(file: string): string {
  return path.basename(file).replace(/\.(zip|tar)$/i, '');
}

/** Files below `dir`, as POSIX paths relative to it, sorted: tag files and payload in a stable order. */
async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await fs.readdir(path.join(dir, prefix), { withFileTypes: true })) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await listFiles(dir, relative)));
    else if (entry.isFile()) out.push(relative);
    else throw new DossierError('BAG_INVALID', `${relative} is neither a file nor a directory; a bag holds only files`, { path: relative });
  }
  return out.sort();
}

export interface PackOptions {
  /** The files to pack (all when absent), by their path in the bag. */
  include?: ((file: string) => boolean) | undefined;
  /** One modification time for every tar entry, so the same files always pack to the same bytes. */
  mtime?: Date | undefined;
}

/**
 * Writes the bag directory into `outFile` (.zip or .tar) through a temp file that is flushed and then
 * linked into place, so a crash leaves no half archive under the final name.
 */
export async function packBag(bagDir: string, outFile: string, format: ArchiveFormat, name: string = bagNameOf(outFile), options: PackOptions = {}): Promise<void> {
  const files = (await listFiles(bagDir)).filter((file) => options.include?.(file) ?? true);
  const temp = `${outFile}.partial-${process.pid}`;
  try {
    const out = createWriteStream(temp, { flags: 'wx', mode: 0o644 });
    if (format === 'zip') await writeZip(bagDir, name, files, out);
    else await writeTar(bagDir, name, files, out, options.mtime);
    const handle = await fs.open(temp, 'r+');
    await handle.sync().finally(() => handle.close());
    await fs.link(temp, outFile);
    await fsyncDirectory(path.dirname(path.resolve(outFile)));
  } finally {
    await fs.rm(temp, { force: true });
  }
}

async function writeZip(bagDir: string, name: string, files: readonly string[], out: NodeJS.WritableStream): Promise<void> {
  const zip = new yazl.ZipFile();
  const done = pipeline(zip.outputStream, out);
  done.catch(() => undefined); // a write failure is thrown by the await below, never left unheard meanwhile
  for (const file of files) {
    // Evidence is mostly photos and video, already compressed: storing it keeps packing at disk speed.
    zip.addFile(path.join(bagDir, file), `${name}/${file}`, { compress: !file.startsWith('data/evidence/') });
  }
  zip.end();
  await done;
}

async function writeTar(bagDir: string, name: string, files: readonly string[], out: NodeJS.WritableStream, mtime: Date | undefined): Promise<void> {
  const pack = tarStream.pack();
  const done = pipeline(pack, out);
  done.catch(() => undefined); // a write failure is thrown by the await below, never left unheard meanwhile
  for (const file of files) {
    const source = path.join(bagDir, file);
    const stat = await fs.stat(source);
    const entry = pack.entry({ name: `${name}/${file}`, size: stat.size, mode: 0o644, mtime: mtime ?? stat.mtime, type: 'file' });
    await pipeline(createReadStream(source), entry);
  }
  pack.finalize();
  await done;
}

export interface UnpackOptions {
  /** Where a .zip or .tar is unpacked, in a temp folder of its own (never beside the archive). */
  tmpParent: string;
  /** What the archive may unpack to at most (default: defaultMaxUnpacked of its size). */
  maxUnpackedBytes?: number | undefined;
  /** How many copies of the unpacked bytes the disk must hold (2 when they are then copied into the vault). */
  copiesOnDisk?: number | undefined;
}

/**
 * Runs `work` on the bag at `bagPath`: a directory where it is; a .zip or .tar unpacked first, within the
 * limits of unpackBag, into a temp folder under `tmpParent`, removed afterwards whatever happens.
 */
export async function withBagDirectory<T>(bagPath: string, options: UnpackOptions, work: (bagDir: string) => Promise<T>): Promise<T> {
  const format = archiveFormatOf(bagPath);
  const isFile = await fs.stat(bagPath).then((s) => s.isFile(), () => false);
  if (format === null || !isFile) return work(bagPath);
  const workDir = await makeWorkDir(options.tmpParent, 'dossier-unpack');
  try {
    return await work(await unpackBag(bagPath, path.join(workDir, 'bag'), options));
  } finally {
    await fs.rm(workDir, { recursive: true, force: true });
  }
}

/**
 * Extracts a .zip or .tar bag into `intoDir` (created, must not exist) and returns the bag's root: the
 * single folder the archive holds, or `intoDir` itself when bagit.txt lies at the top. Before a byte is
 * written the archive's listing is judged: every entry a plain file or folder inside the target, and what
 * it declares within the bag's Payload-Oxum, the limit and the free disk (ArchiveTooLarge otherwise).
 * While writing, no entry may exceed its declared size, nor all of them their declared total.
 */
export async function unpackBag(archive: string, intoDir: string, options: Pick<UnpackOptions, 'maxUnpackedBytes' | 'copiesOnDisk'> = {}): Promise<string> {
  const format = archiveFormatOf(archive);
  if (format === null) throw new DossierError('BAG_INVALID', `${archive} is not a .zip or .tar file`, { path: archive });
  const opened = await unreadableAs(archive, () => (format === 'zip' ? openZipBag(archive) : openTarBag(archive)));
  try {
    const { listing } = opened;
    const free = await fs.statfs(path.dirname(intoDir));
    const refusal = unpackRefusal(listing, { freeBytes: free.bavail * free.bsize, maxUnpackedBytes: options.maxUnpackedBytes, copiesOnDisk: options.copiesOnDisk });
    if (refusal) throw new ArchiveTooLarge(archive, refusal);
    await fs.mkdir(intoDir);
    await unreadableAs(archive, () => opened.extract(intoDir, new ByteBudget(declaredBytes(listing))));
    return listing.root === '' ? intoDir : path.join(intoDir, listing.root.slice(0, -1));
  } finally {
    opened.close();
  }
}

/** Runs `step`, turning what it throws into ArchiveUnreadable (an ArchiveTooLarge stays what it is). */
async function unreadableAs<T>(archive: string, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (cause) {
    if (cause instanceof ArchiveUnreadable) throw cause;
    throw new ArchiveUnreadable(`${archive} cannot be unpacked as a bag: ${(cause as Error).message}`);
  }
}
