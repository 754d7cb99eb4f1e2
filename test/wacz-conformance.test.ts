/**
 * The WACZ packages of the shared test data (py-wacz's fixtures, copied into test/fixtures/warc/) checked by
 * Dossier with the outcome `expectations.json` gives: the valid ones pass, the invalid one fails on its
 * layout and hashes, the signed one's signature verifies (its certificates judged at signing time, proved by
 * its RFC 3161 stamp), and the one signed under Let's Encrypt's staging roots does not. Then one change to a
 * valid package, of any kind (a file added that datapackage.json does not list included), must make the
 * check fail and name what changed.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import yazl from 'yazl';
import { afterAll, describe, expect, it } from 'vitest';
import { checkWaczFile } from '../src/capture/wacz-check.js';
import { zipEntries } from './support/zip-entries.js';

const folder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures/warc/webrecorder-py-wacz');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-wacz-test-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('WACZ packages of the shared test data', () => {
  it('valid_example_1.wacz (WACZ 1.0.0, unsigned) and valid_example_2.wacz (unsigned digest file) are valid', async () => {
    for (const name of ['valid_example_1.wacz', 'valid_example_2.wacz']) {
      const result = await checkWaczFile(path.join(folder, name));
      expect(result.errors, name).toEqual([]);
      expect(result.valid).toBe(true);
      expect(result.signature).toBe('unsigned');
      expect(result.warcs.map((warc) => [warc.path, warc.check.valid, warc.check.records.length])).toEqual([['archive/example-collection.warc', true, 4]]);
      expect(result.pages.map((page) => page.url)).toEqual(['http://www.example.com/']);
    }
  });

  it('invalid_example_1.wacz fails on its layout and on a listed file that is not there', async () => {
    const result = await checkWaczFile(path.join(folder, 'invalid_example_1.wacz'));
    expect(result.valid).toBe(false);
    expect(result.errors.map((finding) => finding.code)).toEqual(expect.arrayContaining(['WACZ_FILE_MISSING', 'WACZ_NO_ARCHIVE', 'WACZ_NO_INDEX', 'WACZ_NO_PAGES']));
  });

  it("valid_signed_example_1.wacz: the signature verifies, by the domain's certificate at signing time, stamped by its time-stamp", async () => {
    const result = await checkWaczFile(path.join(folder, 'valid_signed_example_1.wacz'));
    expect(result.errors).toEqual([]);
    expect(result.signature).toMatchObject({ status: 'verified', signer: 'domain btrix-sign-test.webrecorder.net', stampedAt: '2022-01-18T19:00:12.000Z', stampTrust: 'carried-certificate', problems: [] });
    expect(result.pages[0]).toMatchObject({ url: 'https://example.com/', title: 'Example Domain' });
  });

  it('invalid_signed_example_1.wacz: hashes hold but the signature does not, for its untrusted (staging) root', async () => {
    const result = await checkWaczFile(path.join(folder, 'invalid_signed_example_1.wacz'));
    expect(result.errors.map((finding) => finding.code)).toEqual(['WACZ_SIGNATURE_INVALID']);
    expect(result.signature).toMatchObject({ status: 'failed' });
    expect(result.errors[0]!.message).toContain('(STAGING) Pretend Pear X1');
    expect(result.warcs.every((warc) => warc.check.valid)).toBe(true);
  });
});

async function rezip(entries: Map<string, Buffer>, name: string): Promise<string> {
  const out = path.join(work, name);
  const zip = new yazl.ZipFile();
  for (const [entryName, bytes] of entries) zip.addBuffer(bytes, entryName, { compress: false });
  zip.end();
  await new Promise<void>((resolve, reject) => zip.outputStream.pipe(fs.createWriteStream(out)).on('close', resolve).on('error', reject));
  return out;
}

describe('a signed WACZ changed in one way', () => {
  const signed = path.join(folder, 'valid_signed_example_1.wacz');

  it('rezipped unchanged, it still verifies (the check does not depend on the ZIP bytes)', async () => {
    const result = await checkWaczFile(await rezip(await zipEntries(signed), 'same.wacz'));
    expect(result.errors).toEqual([]);
  });

  it('a changed byte in the WARC, a changed page, an added file, a removed file, a changed datapackage.json, a changed signature: each is named', async () => {
    const original = await zipEntries(signed);
    const warc = [...original.keys()].find((name) => name.startsWith('archive/'))!;
    const cases: Array<[string, (entries: Map<string, Buffer>) => void, string, string?]> = [
      ['warc-byte', (entries) => entries.get(warc)!.writeUInt8(entries.get(warc)![100]! ^ 1, 100), 'WACZ_HASH_MISMATCH', warc],
      ['page', (entries) => entries.set('pages/pages.jsonl', Buffer.from(entries.get('pages/pages.jsonl')!.toString().replace('Example Domain', 'Exemplary Domain'))), 'WACZ_HASH_MISMATCH', 'pages/pages.jsonl'],
      ['removed', (entries) => entries.delete('indexes/index.idx'), 'WACZ_FILE_MISSING', 'indexes/index.idx'],
      ['datapackage', (entries) => entries.set('datapackage.json', Buffer.from(entries.get('datapackage.json')!.toString().replace('py-wacz 0.4.0', 'py-wacz 0.4.1'))), 'WACZ_DIGEST_MISMATCH', 'datapackage-digest.json'],
      [
        'signature',
        (entries) => {
          const digest = JSON.parse(entries.get('datapackage-digest.json')!.toString()) as { signedData: { signature: string } };
          const bytes = Buffer.from(digest.signedData.signature, 'base64');
          bytes[bytes.length - 1] = bytes[bytes.length - 1]! ^ 1;
          digest.signedData.signature = bytes.toString('base64');
          entries.set('datapackage-digest.json', Buffer.from(JSON.stringify(digest)));
        },
        'WACZ_SIGNATURE_INVALID',
        'datapackage-digest.json',
      ],
    ];
    for (const [name, change, code, where] of cases) {
      const entries = new Map([...original].map(([key, value]) => [key, Buffer.from(value)]));
      change(entries);
      const result = await checkWaczFile(await rezip(entries, `${name}.wacz`));
      expect(result.valid, name).toBe(false);
      expect(result.errors.map((finding) => [finding.code, finding.path]), name).toContainEqual([code, where]);
    }
    const added = new Map(original);
    added.set('archive/extra.warc', Buffer.from('WARC/1.1\r\n\r\n'));
    const withExtra = await checkWaczFile(await rezip(added, 'added.wacz'));
    expect(withExtra.valid).toBe(false);
    expect(withExtra.errors.map((finding) => [finding.code, finding.path])).toContainEqual(['WACZ_FILE_UNLISTED', 'archive/extra.warc']);
  });

  it('a ZIP holding two files of one name is refused: other tools may read the one not checked', async () => {
    const original = await zipEntries(signed);
    const out = path.join(work, 'duplicate.wacz');
    const zip = new yazl.ZipFile();
    for (const [entryName, bytes] of original) zip.addBuffer(bytes, entryName, { compress: false });
    zip.addBuffer(Buffer.from('{"profile":"data-package","resources":[]}'), 'datapackage.json', { compress: false });
    zip.end();
    await new Promise<void>((resolve, reject) => zip.outputStream.pipe(fs.createWriteStream(out)).on('close', resolve).on('error', reject));
    const result = await checkWaczFile(out);
    expect(result.errors.map((finding) => [finding.code, finding.path])).toContainEqual(['WACZ_DUPLICATE_ENTRY', 'datapackage.json']);
  });

  it('a file that is not a ZIP is refused, naming the problem', async () => {
    const result = await checkWaczFile(path.join(folder, 'example-collection.warc'));
    expect(result.errors.map((finding) => finding.code)).toEqual(['WACZ_UNREADABLE']);
  });
});
