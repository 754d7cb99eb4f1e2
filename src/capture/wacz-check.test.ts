import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import yazl from 'yazl';
import { afterAll, describe, expect, it } from 'vitest';
import { zipEntries } from '../../test/support/zip-entries.js';
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
  const out = new yazl.ZipFile();
  for (const [entryName, bytes] of await zipEntries(sample)) out.addBuffer(bytes, entryName);
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

  // Found by the importers' fuzzer: yauzl throws (rather than calls back) for a compression method it does
  // not know, and the checker, which must never throw, threw.
  it('an entry packed with an unknown compression method is unreadable, and the package invalid', async () => {
    const bytes = fs.readFileSync(sample);
    const central = Buffer.from([0x50, 0x4b, 0x01, 0x02]);
    for (let at = bytes.indexOf(central); at !== -1; at = bytes.indexOf(central, at + 4)) {
      if (bytes.toString('utf8', at + 46, at + 46 + bytes.readUInt16LE(at + 28)) === 'datapackage.json') bytes.writeUInt16LE(9, at + 10);
    }
    const file = path.join(work, 'method-9.wacz');
    fs.writeFileSync(file, bytes);
    const result = await checkWaczFile(file);
    expect(result.valid).toBe(false);
    expect(found(result)).toEqual([['WACZ_FILE_UNREADABLE', 'datapackage.json']]);
    expect(result.errors[0]!.message).toMatch(/compression method/);
  });
});
