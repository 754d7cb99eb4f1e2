/**
 * Hostile archives, small on disk, for the tests and bench/archive-bombs.ts: a bag zipped with an entry of
 * deflated zeros, a bag in a tar whose extra entry's data is a hole of a sparse file, a WARC.gz whose one
 * record is gigabytes of zeros, a WACZ with an entry its datapackage.json does not list. Zeros are made
 * as a stream and compressed on the way to the file; nothing here writes the inflated size to disk.
 * And a way to run the CLI that says what the run cost: peak RSS and bytes written.
 */
import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import tarStream from 'tar-stream';
import yazl from 'yazl';
import { BagBuilder } from '../../src/bag/bag-builder.js';
import { CLI, PROJECT_ROOT, runProcess } from './dossier.js';
import { zipEntries } from './zip-entries.js';

export const GiB = 1 << 30;
export const MiB = 1 << 20;

/** `bytes` zeros, a MiB at a time. */
export async function* zeros(bytes: number): AsyncGenerator<Buffer> {
  const block = Buffer.alloc(MiB);
  for (let left = bytes; left > 0; left -= block.length) yield block.subarray(0, Math.min(left, block.length));
}

/** A small valid BagIt 1.0 bag made by the project's own builder: one statement in its payload. */
export async function smallBag(dir: string): Promise<string> {
  const builder = await BagBuilder.create(dir);
  await builder.addPayload('statement.txt', 'What the witness saw on 7 April.\n');
  await builder.finish([{ label: 'Source-Organization', value: 'Test partner' }]);
  return dir;
}

async function filesBelow(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await fs.readdir(path.join(dir, prefix), { withFileTypes: true })) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await filesBelow(dir, relative)));
    else out.push(relative);
  }
  return out.sort();
}

/** `bagDir` zipped under the folder `name`, with extra entries of deflated zeros (given as paths in the bag). */
export async function zipBagWithZeros(bagDir: string, out: string, name: string, extras: Array<{ path: string; bytes: number }>): Promise<void> {
  const zip = new yazl.ZipFile();
  const written = pipeline(zip.outputStream, createWriteStream(out));
  for (const file of await filesBelow(bagDir)) zip.addFile(path.join(bagDir, file), `${name}/${file}`);
  for (const extra of extras) zip.addReadStream(Readable.from(zeros(extra.bytes)), `${name}/${extra.path}`, { compress: true });
  zip.end();
  await written;
}

/**
 * `bagDir` as a tar under the folder `name`, then one more entry of `bytes` at `extraPath` whose data is
 * never written: the file is only extended (ftruncate), so the entry's data and the end-of-archive blocks
 * are a hole that reads as zeros.
 */
export async function sparseTarBagWith(bagDir: string, out: string, name: string, extraPath: string, bytes: number): Promise<void> {
  const pack = tarStream.pack();
  const chunks: Buffer[] = [];
  const packed = pipeline(pack, async (source: AsyncIterable<unknown>) => {
    for await (const chunk of source) chunks.push(chunk as Buffer);
  });
  for (const file of await filesBelow(bagDir)) pack.entry({ name: `${name}/${file}`, type: 'file' }, await fs.readFile(path.join(bagDir, file)));
  pack.finalize();
  await packed;
  const withoutEnd = Buffer.concat(chunks).subarray(0, -1024); // the two zero blocks that end a tar
  await fs.writeFile(out, Buffer.concat([withoutEnd, ustarHeader(`${name}/${extraPath}`, bytes)]));
  const dataBlocks = Math.ceil(bytes / 512) * 512;
  await fs.truncate(out, withoutEnd.length + 512 + dataBlocks + 1024);
}

/** A POSIX ustar header for a regular file (name ≤ 100 bytes, size < 8 GiB). */
function ustarHeader(name: string, size: number): Buffer {
  const header = Buffer.alloc(512);
  const field = (offset: number, length: number, value: string) => header.write(value, offset, length, 'latin1');
  const octal = (value: number, length: number) => value.toString(8).padStart(length - 1, '0');
  field(0, 100, name);
  field(100, 8, octal(0o644, 8));
  field(108, 8, octal(0, 8));
  field(116, 8, octal(0, 8));
  field(124, 12, octal(size, 12));
  field(136, 12, octal(Math.floor(Date.now() / 1000), 12));
  field(148, 8, '        ');
  field(156, 1, '0');
  field(257, 6, 'ustar\0');
  field(263, 2, '00');
  let sum = 0;
  for (const byte of header) sum += byte;
  field(148, 8, `${octal(sum, 7)}\0`);
  return header;
}

/**
 * A .warc.gz of one resource record whose block is `bytes` zeros, in one gzip member made by streaming the
 * record through zlib: a sound WARC (Content-Length and block digest right) that inflates ~1000 times.
 */
export async function gzipBombWarc(out: string, bytes: number): Promise<void> {
  const digest = createHash('sha256');
  for await (const block of zeros(bytes)) digest.update(block);
  const head = [
    'WARC/1.1',
    'WARC-Type: resource',
    `WARC-Record-ID: <urn:uuid:${randomUUID()}>`,
    'WARC-Date: 2026-12-01T10:00:00Z',
    'WARC-Target-URI: urn:dossier:test:zeros',
    'Content-Type: application/octet-stream',
    `WARC-Block-Digest: sha256:${digest.digest('hex')}`,
    `Content-Length: ${bytes}`,
    '',
    '',
  ].join('\r\n');
  const record = async function* () {
    yield Buffer.from(head);
    yield* zeros(bytes);
    yield Buffer.from('\r\n\r\n');
  };
  await pipeline(record(), zlib.createGzip(), createWriteStream(out));
}

/** An entry added to a WACZ: `zeros` bytes of deflated zeros, or a symbolic link to `link`. */
export type WaczExtra = { name: string; zeros: number } | { name: string; link: string };

/** A valid WACZ of the shared test data with entries added that its datapackage.json does not list. */
export async function waczWithExtras(out: string, extras: readonly WaczExtra[]): Promise<void> {
  const sample = path.join(PROJECT_ROOT, 'test/fixtures/warc/webrecorder-py-wacz/valid_example_1.wacz');
  const copy = new yazl.ZipFile();
  const written = pipeline(copy.outputStream, createWriteStream(out));
  for (const [name, bytes] of await zipEntries(sample)) copy.addBuffer(bytes, name, { compress: false });
  for (const extra of extras) {
    if ('link' in extra) copy.addBuffer(Buffer.from(extra.link), extra.name, { mode: 0o120777 });
    else copy.addReadStream(Readable.from(zeros(extra.zeros)), extra.name, { compress: true });
  }
  copy.end();
  await written;
}

export interface MeasuredRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Peak resident set size of the CLI's process, bytes (GNU time's %M). */
  peakRss: number;
  /** Bytes the CLI's process passed to write(): files, pipes and all (/proc's wchar). */
  written: number;
}

/**
 * Runs the built CLI as `sh -c 'node main.js ARGS; cat /proc/$$/io'` under /usr/bin/time. Linux adds a
 * reaped child's I/O counts to its parent's, so the shell's wchar once node has ended is node's (with its
 * threads') plus the shell's own nothing; GNU time gives the largest RSS among what it waited for.
 */
export async function runMeasured(args: string[], env: Record<string, string>, scratch: string, cli = CLI): Promise<MeasuredRun> {
  const ioFile = path.join(scratch, `io-${randomUUID()}`);
  const timeFile = path.join(scratch, `time-${randomUUID()}`);
  const script = '"$NODE_BIN" "$@"; rc=$?; cat /proc/$$/io > "$IO_FILE"; exit $rc';
  const result = await runProcess('/usr/bin/time', ['-o', timeFile, '-f', '%M', 'sh', '-c', script, 'sh', cli, ...args], {
    env: { ...env, NODE_BIN: process.execPath, IO_FILE: ioFile },
  });
  const io = await fs.readFile(ioFile, 'utf8');
  const timeLines = (await fs.readFile(timeFile, 'utf8')).trim().split('\n');
  await Promise.all([fs.rm(ioFile), fs.rm(timeFile)]);
  const wchar = /^wchar:\s*(\d+)$/m.exec(io);
  if (!wchar) throw new Error(`no wchar in /proc/PID/io: ${io}`);
  return { ...result, peakRss: Number(timeLines[timeLines.length - 1]) * 1024, written: Number(wchar[1]) };
}
