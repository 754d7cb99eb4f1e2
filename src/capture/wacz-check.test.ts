import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import yauzl from 'yauzl';
import yazl from 'yazl';
import { afterAll, describe, expect, it } from 'vitest';
import { checkWaczFile } from './wacz-check.js';

const sample = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../test/fixtures/warc/webrecorder-py-wacz/valid_example_1.wacz');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-wacz-check-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

interface Extra {
  name: string;
  bytes: Buffer;
  mode?: number;
}

/** The sample package's entries, rezipped with `extras` added. */
async function withExtras(name: string, extras: Extra[]): Promise<string> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) => yauzl.open(sample, { lazyEntries: true }, (error, opened) => (error ? reject(error) : resolve(opened))));
  const out = new yazl.ZipFile();
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) =>
      zip.openReadStream(entry, (error, stream) => {
        if (error) return reject(error);
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          out.addBuffer(Buffer.concat(chunks), entry.fileName);
          zip.readEntry();
        });
      }),
    );
    zip.on('end', resolve);
    zip.readEntry();
  });
  for (const extra of extras) {
    if (extra.name.endsWith('/')) out.addEmptyDirectory(extra.name);
    else out.addBuffer(extra.bytes, extra.name, extra.mode === undefined ? {} : { mode: extra.mode });
  }
  out.end();
  const file = path.join(work, name);
  await new Promise<void>((resolve, reject) => out.outputStream.pipe(fs.createWriteStream(file)).on('close', resolve).on('error', reject));
  return file;
}

const found = (result: Awaited<ReturnType<typeof checkWaczFile>>) => result.errors.map((finding) => [finding.code, finding.path]);

describe('entries of a WACZ that nothing vouches for', () => {
  it('the sample, rezipped as it is, is valid', async () => {
    const result = await checkWaczFile(await withExtras('same.wacz', []));
    expect(result.errors).toEqual([]);
  });

  it('a file that datapackage.json does not list makes the package invalid, naming it', async () => {
    const result = await checkWaczFile(await withExtras('unlisted.wacz', [{ name: 'archive/extra.warc', bytes: Buffer.alloc(1 << 20) }]));
    expect(result.valid).toBe(false);
    expect(found(result)).toEqual([['WACZ_FILE_UNLISTED', 'archive/extra.warc']]);
  });

  it('a symbolic link or a device entry makes it invalid, named as what it is', async () => {
    const result = await checkWaczFile(
      await withExtras('links.wacz', [
        { name: 'archive/passwd', bytes: Buffer.from('/etc/passwd'), mode: 0o120777 },
        { name: 'archive/disk', bytes: Buffer.alloc(0), mode: 0o060600 },
      ]),
    );
    expect(result.valid).toBe(false);
    expect(found(result)).toEqual(expect.arrayContaining([['WACZ_ENTRY_NOT_A_FILE', 'archive/passwd'], ['WACZ_ENTRY_NOT_A_FILE', 'archive/disk']]));
    expect(result.errors.find((finding) => finding.path === 'archive/passwd')?.message).toMatch(/symbolic link/);
  });

  it('a folder entry is no file to vouch for, and passes', async () => {
    const result = await checkWaczFile(await withExtras('folder.wacz', [{ name: 'archive/', bytes: Buffer.alloc(0) }]));
    expect(result.errors).toEqual([]);
  });
});
