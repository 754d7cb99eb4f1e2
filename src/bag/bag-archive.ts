/**
 * A bag as one file: a .zip or .tar holding the bag directory under one top-level folder, as BagIt tools
 * expect. Packing streams each file from disk; unpacking refuses anything that could land outside the
 * target (absolute paths, "..", links, devices) before a byte is written.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import tarStream from 'tar-stream';
import yauzl from 'yauzl';
import yazl from 'yazl';
import { fsyncDirectory } from '../common/durable-fs.js';
import { unsafePathReason } from './bag-path.js';

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
    else throw new Error(`${relative} is neither a file nor a directory; a bag holds only files`);
  }
  return out.sort();
}

/**
 * Writes the bag directory into `outFile` (.zip or .tar) through a temp file that is flushed and then
 * linked into place, so a crash leaves no half archive under the final name.
 */
export async function packBag(bagDir: string, outFile: string, format: ArchiveFormat, name: string = bagNameOf(outFile)): Promise<void> {
  const files = await listFiles(bagDir);
  const temp = `${outFile}.partial-${process.pid}`;
  try {
    const out = createWriteStream(temp, { flags: 'wx', mode: 0o644 });
    if (format === 'zip') await writeZip(bagDir, name, files, out);
    else await writeTar(bagDir, name, files, out);
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
  for (const file of files) {
    // Evidence is mostly photos and video, already compressed: storing it keeps packing at disk speed.
    zip.addFile(path.join(bagDir, file), `${name}/${file}`, { compress: !file.startsWith('data/evidence/') });
  }
  zip.end();
  await done;
}

async function writeTar(bagDir: string, name: string, files: readonly string[], out: NodeJS.WritableStream): Promise<void> {
  const pack = tarStream.pack();
  const done = pipeline(pack, out);
  for (const file of files) {
    const source = path.join(bagDir, file);
    const stat = await fs.stat(source);
    const entry = pack.entry({ name: `${name}/${file}`, size: stat.size, mode: 0o644, mtime: stat.mtime, type: 'file' });
    await pipeline(createReadStream(source), entry);
  }
  pack.finalize();
  await done;
}

/**
 * Runs `work` on the bag at `bagPath`: a directory where it is; a .zip or .tar unpacked first into a temp
 * folder under `tmpParent` (default: beside the archive), removed afterwards whatever happens.
 */
export async function withBagDirectory<T>(bagPath: string, tmpParent: string | undefined, work: (bagDir: string) => Promise<T>): Promise<T> {
  const format = archiveFormatOf(bagPath);
  const isFile = await fs.stat(bagPath).then((s) => s.isFile(), () => false);
  if (format === null || !isFile) return work(bagPath);
  const workDir = await fs.mkdtemp(path.join(tmpParent ?? path.dirname(bagPath), '.dossier-unpack-'));
  try {
    return await work(await unpackBag(bagPath, path.join(workDir, 'bag')));
  } finally {
    await fs.rm(workDir, { recursive: true, force: true });
  }
}

/** An archive that could not be unpacked: what went wrong, for a report. */
export class ArchiveUnreadable extends Error {}

/**
 * Extracts a .zip or .tar bag into `intoDir` (created, must not exist) and returns the bag's root: the
 * single folder the archive holds, or `intoDir` itself when bagit.txt lies at the top.
 */
export async function unpackBag(archive: string, intoDir: string): Promise<string> {
  const format = archiveFormatOf(archive);
  if (format === null) throw new Error(`${archive} is not a .zip or .tar file`);
  await fs.mkdir(intoDir);
  try {
    if (format === 'zip') await extractZip(archive, intoDir);
    else await extractTar(archive, intoDir);
  } catch (cause) {
    throw new ArchiveUnreadable(`${archive} cannot be unpacked as a bag: ${(cause as Error).message}`);
  }
  const top = await fs.readdir(intoDir, { withFileTypes: true });
  if (top.some((entry) => entry.name === 'bagit.txt')) return intoDir;
  const folders = top.filter((entry) => entry.isDirectory());
  if (folders.length === 1 && top.length === 1) return path.join(intoDir, folders[0]!.name);
  throw new ArchiveUnreadable(`${archive} holds neither bagit.txt nor a single bag folder at its top`);
}

function safeTarget(intoDir: string, entryName: string): string {
  const name = entryName.replace(/\/$/, '');
  const unsafe = unsafePathReason(name);
  if (unsafe) throw new Error(`archive entry ${JSON.stringify(entryName)}: ${unsafe}`);
  return path.join(intoDir, ...name.split('/'));
}

async function writeEntry(target: string, content: NodeJS.ReadableStream): Promise<void> {
  await fs.mkdir(path.dirname(target), { recursive: true });
  await pipeline(content, createWriteStream(target, { flags: 'wx' }));
}

async function extractZip(archive: string, intoDir: string): Promise<void> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(archive, { lazyEntries: true, strictFileNames: true, validateEntrySizes: true }, (error, opened) => (error ? reject(error) : resolve(opened))),
  );
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('error', reject);
      zip.on('end', resolve);
      zip.on('entry', (entry: yauzl.Entry) => extractZipEntry(zip, entry, intoDir).then(() => zip.readEntry(), reject));
      zip.readEntry();
    });
  } finally {
    zip.close();
  }
}

async function extractZipEntry(zip: yauzl.ZipFile, entry: yauzl.Entry, intoDir: string): Promise<void> {
  const target = safeTarget(intoDir, entry.fileName);
  if (entry.fileName.endsWith('/')) {
    await fs.mkdir(target, { recursive: true });
    return;
  }
  const mode = (entry.externalFileAttributes >>> 16) & 0o170000;
  if (mode !== 0 && mode !== 0o100000) throw new Error(`archive entry ${entry.fileName} is a link or special file; a bag holds only files`);
  const content = await new Promise<NodeJS.ReadableStream>((resolve, reject) => zip.openReadStream(entry, (error, stream) => (error ? reject(error) : resolve(stream))));
  await writeEntry(target, content);
}

async function extractTar(archive: string, intoDir: string): Promise<void> {
  const extract = tarStream.extract();
  const reading = pipeline(createReadStream(archive), extract);
  try {
    for await (const entry of extract) {
      const { name, type } = entry.header;
      const target = safeTarget(intoDir, name);
      if (type === 'directory') {
        await fs.mkdir(target, { recursive: true });
        entry.resume();
      } else if (type === 'file' || type === 'contiguous-file') {
        await writeEntry(target, entry as unknown as NodeJS.ReadableStream);
      } else {
        throw new Error(`archive entry ${name} is a ${type ?? 'special entry'}; a bag holds only files`);
      }
    }
    await reading;
  } catch (error) {
    // Stop reading the archive, and let its now-expected "premature close" go unheard.
    extract.destroy();
    await reading.catch(() => undefined);
    throw error;
  }
}
