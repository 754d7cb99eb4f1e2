/**
 * A bag in a .zip: listed from the central directory (names, kinds, declared sizes) before anything is
 * unpacked. yauzl's validateEntrySizes makes each entry's stream fail as soon as it inflates past the size
 * the central directory declares, so an entry that lies about its size is cut there, not at its real size
 * (src/bag/bag-archive.test.ts proves it).
 */
import fs from 'node:fs/promises';
import yauzl from 'yauzl';
import { zipEntryKind } from '../common/zip-entry-kind.js';
import { openZipEntry } from '../common/zip-entry-stream.js';
import { bagRootOf, ByteBudget, MAX_TAG_FILE_BYTES, readSmall, safeTarget, writeEntry, type ArchiveEntry, type OpenedArchive } from './archive-entries.js';
import { MAX_ARCHIVE_ENTRIES, tooManyEntries } from './unpack-limits.js';

export async function openZipBag(file: string): Promise<OpenedArchive> {
  const archiveBytes = (await fs.stat(file)).size;
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(file, { lazyEntries: true, autoClose: false, strictFileNames: true, validateEntrySizes: true }, (error, opened) => (error ? reject(error) : resolve(opened))),
  );
  try {
    if (zip.entryCount > MAX_ARCHIVE_ENTRIES) throw tooManyEntries(file, zip.entryCount);
    const zipEntries = await centralDirectory(zip);
    const entries = zipEntries.map(listed);
    const root = bagRootOf(entries);
    const tagFile = async (name: string): Promise<Buffer | null> => {
      const entry = zipEntries.find((candidate) => candidate.fileName === `${root}${name}`);
      return entry && entry.uncompressedSize <= MAX_TAG_FILE_BYTES ? readSmall(await openZipEntry(zip, entry)) : null;
    };
    const listing = { archiveBytes, entries, root, bagitTxt: await tagFile('bagit.txt'), bagInfoTxt: await tagFile('bag-info.txt') };
    return { listing, extract: (intoDir, budget) => extractZip(zip, zipEntries, intoDir, budget), close: () => zip.close() };
  } catch (error) {
    zip.close();
    throw error;
  }
}

function listed(entry: yauzl.Entry): ArchiveEntry {
  const kind = zipEntryKind(entry);
  if (kind === 'symlink' || kind === 'special') return { name: entry.fileName, kind: 'other', what: 'link or special file', size: entry.uncompressedSize };
  return { name: entry.fileName, kind, size: kind === 'directory' ? 0 : entry.uncompressedSize };
}

function centralDirectory(zip: yauzl.ZipFile): Promise<yauzl.Entry[]> {
  const entries: yauzl.Entry[] = [];
  return new Promise((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      entries.push(entry);
      zip.readEntry();
    });
    zip.once('end', () => resolve(entries));
    zip.once('error', reject);
    zip.readEntry();
  });
}

async function extractZip(zip: yauzl.ZipFile, entries: readonly yauzl.Entry[], intoDir: string, budget: ByteBudget): Promise<void> {
  for (const entry of entries) {
    if (zipEntryKind(entry) === 'directory') await fs.mkdir(safeTarget(intoDir, entry.fileName), { recursive: true });
    else await writeEntry(intoDir, entry.fileName, await openZipEntry(zip, entry), budget);
  }
}
