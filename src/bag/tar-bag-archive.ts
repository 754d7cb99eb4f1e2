/**
 * A bag in a .tar: listed by a first pass over its headers (entry data read past, never kept, except the
 * bag's small bagit.txt and bag-info.txt), then unpacked by a second pass. A tar is not compressed, so its
 * headers' sizes are what it holds; the second pass still writes through the budget of the first, so a file
 * changed between the passes cannot write more than was checked.
 */
import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import tarStream from 'tar-stream';
import { bagRootOf, ByteBudget, MAX_ENTRY_NAME_BYTES, MAX_TAG_FILE_BYTES, mayBeSizeTagFile, readSmall, safeTarget, writeEntry, type ArchiveEntry, type OpenedArchive } from './archive-entries.js';
import { MAX_ARCHIVE_ENTRIES, tooManyEntries } from './unpack-limits.js';
import { DossierError } from '../common/errors.js';

type TarEntry = AsyncIterable<Uint8Array> & { header: tarStream.Header; resume(): void };

/** Tag files kept while listing: a bag has one bagit.txt and one bag-info.txt; more means no single bag. */
const MAX_KEPT_TAG_FILES = 4;

export async function openTarBag(file: string): Promise<OpenedArchive> {
  const archiveBytes = (await fs.stat(file)).size;
  const entries: ArchiveEntry[] = [];
  const tagFiles = new Map<string, Buffer>();
  await eachTarEntry(file, async (entry) => {
    const listed = listedEntry(entry.header);
    // A pax header may give a name of megabytes; the listing would hold them all before judging any.
    if (Buffer.byteLength(listed.name) > MAX_ENTRY_NAME_BYTES) throw new DossierError('BAG_INVALID', `an entry's name is ${Buffer.byteLength(listed.name)} bytes long, more than a path may be (${MAX_ENTRY_NAME_BYTES})`, { path: file });
    entries.push(listed);
    if (entries.length > MAX_ARCHIVE_ENTRIES) throw tooManyEntries(file, entries.length);
    if (listed.kind === 'file' && mayBeSizeTagFile(listed.name) && listed.size <= MAX_TAG_FILE_BYTES && tagFiles.size < MAX_KEPT_TAG_FILES) {
      tagFiles.set(listed.name, await readSmall(entry));
    } else {
      entry.resume();
    }
  });
  const root = bagRootOf(entries);
  const listing = { archiveBytes, entries, root, bagitTxt: tagFiles.get(`${root}bagit.txt`) ?? null, bagInfoTxt: tagFiles.get(`${root}bag-info.txt`) ?? null };
  return { listing, extract: (intoDir, budget) => extractTar(file, intoDir, budget), close: () => undefined };
}

function listedEntry(header: tarStream.Header): ArchiveEntry {
  const { name, type } = header;
  if (type === 'file' || type === 'contiguous-file') return { name, kind: 'file', size: header.size ?? 0 };
  if (type === 'directory') return { name, kind: 'directory', size: 0 };
  return { name, kind: 'other', what: type ?? 'special entry', size: header.size ?? 0 };
}

async function extractTar(file: string, intoDir: string, budget: ByteBudget): Promise<void> {
  await eachTarEntry(file, async (entry) => {
    const listed = listedEntry(entry.header);
    if (listed.kind === 'directory') {
      await fs.mkdir(safeTarget(intoDir, listed.name), { recursive: true });
      entry.resume();
    } else if (listed.kind === 'file') {
      await writeEntry(intoDir, listed.name, entry, budget);
    } else {
      throw new DossierError('BAG_INVALID', `archive entry ${listed.name} is a ${listed.what}; a bag holds only files`, { path: listed.name });
    }
  });
}

/** Calls `visit` on each entry in order; the entry's data must be read or resumed before the next comes. */
async function eachTarEntry(file: string, visit: (entry: TarEntry) => Promise<void>): Promise<void> {
  const extract = tarStream.extract();
  const reading = pipeline(createReadStream(file), extract);
  // A truncated tar fails the pipeline while an entry is being visited: heard at once here (or the process
  // would die of an unhandled rejection), and thrown by the loop or by the await below.
  reading.catch(() => undefined);
  try {
    for await (const entry of extract) await visit(entry as unknown as TarEntry);
    await reading;
  } catch (error) {
    // Stop reading the archive, and let its now-expected "premature close" go unheard.
    extract.destroy();
    await reading.catch(() => undefined);
    throw error;
  }
}
