import { createWriteStream, existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import tarStream from 'tar-stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import yazl from 'yazl';
import { ArchiveTooLarge, ArchiveUnreadable, packBag, unpackBag } from './bag-archive.js';
import { BagBuilder } from './bag-builder.js';

async function writeTar(file: string, entries: Array<{ name: string; type?: 'file' | 'symlink'; linkname?: string; body?: string }>): Promise<void> {
  const pack = tarStream.pack();
  const done = pipeline(pack, createWriteStream(file));
  for (const entry of entries) pack.entry({ name: entry.name, type: entry.type ?? 'file', ...(entry.linkname ? { linkname: entry.linkname } : {}) }, entry.body ?? '');
  pack.finalize();
  await done;
}

describe('bag archives', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'bag-archive-'));
    await mkdir(join(dir, 'bag/data/sub'), { recursive: true });
    await writeFile(join(dir, 'bag/bagit.txt'), 'BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n');
    await writeFile(join(dir, 'bag/data/sub/file.txt'), 'payload');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('packs a bag into .zip and .tar under one folder named after the archive, and unpacks it whole', async () => {
    for (const format of ['zip', 'tar'] as const) {
      const archive = join(dir, `case-7.${format}`);
      await packBag(join(dir, 'bag'), archive, format);
      const root = await unpackBag(archive, join(dir, `out-${format}`));
      expect(root).toBe(join(dir, `out-${format}`, 'case-7'));
      expect((await readdir(root)).sort()).toEqual(['bagit.txt', 'data']);
      expect(await readdir(join(root, 'data/sub'))).toEqual(['file.txt']);
    }
  });

  it('refuses to pack over an existing file', async () => {
    await writeFile(join(dir, 'taken.zip'), 'x');
    await expect(packBag(join(dir, 'bag'), join(dir, 'taken.zip'), 'zip')).rejects.toThrow(/EEXIST/);
  });

  it('refuses archive entries that climb out of the folder or are links, before writing them', async () => {
    await writeTar(join(dir, 'climb.tar'), [{ name: 'bag/bagit.txt' }, { name: 'bag/../../evil.txt', body: 'x' }]);
    await expect(unpackBag(join(dir, 'climb.tar'), join(dir, 'climb'))).rejects.toThrow(/"\.\." segment/);
    expect(existsSync(join(dir, 'climb')), 'not even bagit.txt, listed before the bad entry, is written').toBe(false);
    await writeTar(join(dir, 'link.tar'), [{ name: 'bag/data/passwd', type: 'symlink', linkname: '/etc/passwd' }]);
    await expect(unpackBag(join(dir, 'link.tar'), join(dir, 'link'))).rejects.toThrow(/symlink; a bag holds only files/);
    await writeTar(join(dir, 'two-roots.tar'), [{ name: 'one/bagit.txt' }, { name: 'two/bagit.txt' }]);
    await expect(unpackBag(join(dir, 'two-roots.tar'), join(dir, 'two'))).rejects.toThrow(/neither bagit\.txt nor a single bag folder/);
  });

  it('refuses a tar entry whose name is longer than any path, before listing more', async () => {
    await writeTar(join(dir, 'long-name.tar'), [{ name: 'bag/bagit.txt' }, { name: `bag/data/${'n'.repeat(5000)}`, body: 'x' }]);
    await expect(unpackBag(join(dir, 'long-name.tar'), join(dir, 'long'))).rejects.toThrow(/5009 bytes long, more than a path may be \(4096\)/);
    expect(existsSync(join(dir, 'long'))).toBe(false);
  });

  // Found by the importers' fuzzer on an earlier reader: a cut-off tar made the failed read an unhandled
  // rejection, which ends the process (`dossier verify` died with a stack trace instead of answering INVALID).
  it('says a truncated tar cannot be unpacked, and nothing else goes unheard', async () => {
    await writeTar(join(dir, 'whole.tar'), [{ name: 'bag/bagit.txt', body: 'BagIt-Version: 1.0\n' }, { name: 'bag/data/x', body: 'y'.repeat(5000) }]);
    const whole = await readFile(join(dir, 'whole.tar'));
    await writeFile(join(dir, 'cut.tar'), whole.subarray(0, 3000));
    const unheard: unknown[] = [];
    const hear = (reason: unknown) => unheard.push(reason);
    process.on('unhandledRejection', hear);
    try {
      await expect(unpackBag(join(dir, 'cut.tar'), join(dir, 'cut'))).rejects.toBeInstanceOf(ArchiveUnreadable);
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      process.off('unhandledRejection', hear);
    }
    expect(unheard).toEqual([]);
  });
});

/** Entries for a zip: bytes, or a count of zeros deflated from a stream (never whole in memory). */
type ZipContent = Buffer | { zeros: number };

async function writeZip(file: string, entries: Record<string, ZipContent>): Promise<void> {
  const zip = new yazl.ZipFile();
  const done = pipeline(zip.outputStream, createWriteStream(file));
  for (const [name, content] of Object.entries(entries)) {
    if (Buffer.isBuffer(content)) zip.addBuffer(content, name);
    else zip.addReadStream(Readable.from(zeroBlocks(content.zeros)), name);
  }
  zip.end();
  await done;
}

async function* zeroBlocks(bytes: number): AsyncGenerator<Buffer> {
  const block = Buffer.alloc(1 << 20);
  for (let left = bytes; left > 0; left -= block.length) yield block.subarray(0, Math.min(left, block.length));
}

const CENTRAL_HEADER = Buffer.from([0x50, 0x4b, 0x01, 0x02]);

/** The central directory's uncompressed size of `name` set to `size`: the entry now lies about what it holds. */
function understate(zip: Buffer, name: string, size: number): Buffer {
  const changed = Buffer.from(zip);
  for (let at = changed.indexOf(CENTRAL_HEADER); at !== -1; at = changed.indexOf(CENTRAL_HEADER, at + 4)) {
    const nameLength = changed.readUInt16LE(at + 28);
    if (changed.toString('utf8', at + 46, at + 46 + nameLength) === name) {
      changed.writeUInt32LE(size, at + 24);
      return changed;
    }
  }
  throw new Error(`${name} is not in the central directory`);
}

describe('unpacking within limits', () => {
  let dir: string;
  let bag: Record<string, Buffer>;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'bag-limits-'));
    const builder = await BagBuilder.create(join(dir, 'made'));
    await builder.addPayload('statement.txt', 'What the witness saw on 7 April.\n');
    await builder.finish([{ label: 'Source-Organization', value: 'Test partner' }]);
    bag = {};
    for (const name of ['bagit.txt', 'bag-info.txt', 'manifest-sha256.txt', 'manifest-sha512.txt', 'tagmanifest-sha256.txt', 'tagmanifest-sha512.txt', 'data/statement.txt']) {
      bag[`bag/${name}`] = await readFile(join(dir, 'made', name));
    }
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const refusal = async (archive: string, into: string, options = {}) => {
    const error = await unpackBag(archive, into, options).then(() => null, (caught: unknown) => caught);
    expect(error, archive).toBeInstanceOf(ArchiveTooLarge);
    expect(existsSync(into), `${archive}: nothing written`).toBe(false);
    return (error as ArchiveTooLarge).refusal;
  };

  it('refuses, before writing a byte, a payload that declares more bytes or files than its Payload-Oxum', async () => {
    await writeZip(join(dir, 'more-bytes.zip'), { ...bag, 'bag/data/zeros.bin': { zeros: 1 << 20 } });
    expect(await refusal(join(dir, 'more-bytes.zip'), join(dir, 'out-1'))).toMatchObject({ limit: 'payload-oxum', declared: (1 << 20) + bag['bag/data/statement.txt']!.length, allowed: bag['bag/data/statement.txt']!.length });
    await writeTar(join(dir, 'more-files.tar'), [...Object.entries(bag).map(([name, body]) => ({ name, body: body.toString() })), { name: 'bag/data/empty.txt' }]);
    const files = await refusal(join(dir, 'more-files.tar'), join(dir, 'out-2'));
    expect(files).toMatchObject({ limit: 'payload-oxum', declared: 2, allowed: 1 });
    expect(files.message).toMatch(/2 files under data\/, more than the 1 its Payload-Oxum gives/);
  });

  it('refuses what declares more than 20 times the archive plus 64 MiB, or the limit given, and unpacks within it', async () => {
    await writeZip(join(dir, 'bomb.zip'), { ...bag, 'bag/notes.bin': { zeros: 100 << 20 } });
    const size = (await stat(join(dir, 'bomb.zip'))).size;
    expect(await refusal(join(dir, 'bomb.zip'), join(dir, 'out-3'))).toMatchObject({ limit: 'max-unpacked', allowed: size * 20 + (64 << 20) });
    await writeZip(join(dir, 'small.zip'), { ...bag, 'bag/notes.bin': { zeros: 2 << 20 } });
    expect(await refusal(join(dir, 'small.zip'), join(dir, 'out-4'), { maxUnpackedBytes: 1 << 20 })).toMatchObject({ limit: 'max-unpacked', allowed: 1 << 20 });
    const root = await unpackBag(join(dir, 'small.zip'), join(dir, 'out-5'), { maxUnpackedBytes: 4 << 20 });
    expect((await stat(join(root, 'notes.bin'))).size).toBe(2 << 20);
  });

  it("stops an entry that inflates past the size the zip's central directory declares, at that size (yauzl's validateEntrySizes)", async () => {
    const declared = 1000;
    const lying = { ...bag, 'bag/bag-info.txt': Buffer.from(`Payload-Oxum: ${declared}.1\n`), 'bag/data/statement.txt': Buffer.alloc(4 << 20, 'a') };
    await writeZip(join(dir, 'honest.zip'), lying);
    await writeFile(join(dir, 'lying.zip'), understate(await readFile(join(dir, 'honest.zip')), 'bag/data/statement.txt', declared));
    const into = join(dir, 'out-6');
    const error = await unpackBag(join(dir, 'lying.zip'), into).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ArchiveUnreadable);
    expect((error as Error).message).toMatch(/too many bytes in the stream\. expected 1000\./);
    expect((await stat(join(into, 'bag/data/statement.txt'))).size).toBeLessThanOrEqual(declared);
  });

  // Found by the importers' fuzzer (test/fixtures/fuzz/README.md): yauzl emitted a second error on an entry
  // stream after the reader had given up, with no one listening, and that ended the process.
  it('says a zip whose entries disagree with their sizes is unreadable, and the process lives on', async () => {
    const uncaught: unknown[] = [];
    const hear = (error: unknown) => uncaught.push(error);
    process.on('uncaughtException', hear);
    try {
      const archive = fileURLToPath(new URL('../../test/fixtures/fuzz/zip-entry-errors-twice.zip', import.meta.url));
      const error = await unpackBag(archive, join(dir, 'out-7')).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ArchiveUnreadable);
      await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      process.off('uncaughtException', hear);
    }
    expect(uncaught).toEqual([]);
  });
});
