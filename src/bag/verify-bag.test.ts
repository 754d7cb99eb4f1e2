import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile, appendFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeManifestPath } from './bag-path.js';
import { verifyBag } from './verify-bag.js';

const hex = (algorithm: string, data: string): string => createHash(algorithm).update(data).digest('hex');

/** Writes a small BagIt 1.0 bag with sha256 and sha512 payload manifests and a sha256 tag manifest. */
async function writeBag(dir: string, payload: Record<string, string>): Promise<void> {
  const write = async (path: string, text: string): Promise<void> => {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  };
  await mkdir(join(dir, 'data'), { recursive: true });
  for (const [path, text] of Object.entries(payload)) await write(path, text);
  const octets = Object.values(payload).reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  const tagFiles: Record<string, string> = {
    'bagit.txt': 'BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n',
    'bag-info.txt': `Payload-Oxum: ${octets}.${Object.keys(payload).length}\n`,
  };
  for (const algorithm of ['sha256', 'sha512']) {
    tagFiles[`manifest-${algorithm}.txt`] = Object.entries(payload)
      .map(([path, text]) => `${hex(algorithm, text)}  ${encodeManifestPath(path)}\n`)
      .join('');
  }
  for (const [path, text] of Object.entries(tagFiles)) await write(path, text);
  await write(
    'tagmanifest-sha256.txt',
    Object.entries(tagFiles).map(([path, text]) => `${hex('sha256', text)}  ${path}\n`).join(''),
  );
}

describe('verifyBag', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dossier-verify-bag-'));
    await writeBag(dir, { 'data/evidence/a.txt': 'alpha', 'data/case/b\nc.json': '{}' });
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('accepts an intact 1.0 bag, including a file name with a newline', async () => {
    const report = await verifyBag(dir);
    expect(report.errors).toEqual([]);
    expect(report.valid).toBe(true);
    expect(report.checked).toMatchObject({ payloadFiles: 2, payloadBytes: 7, digestsVerified: 8, tagFilesChecked: 4 });
  });

  it('names a payload file whose bytes changed', async () => {
    await writeFile(join(dir, 'data/evidence/a.txt'), 'alphA');
    const report = await verifyBag(dir);
    expect(report.valid).toBe(false);
    expect(report.errors).toContainEqual(expect.objectContaining({ code: 'CHECKSUM_MISMATCH', path: 'data/evidence/a.txt' }));
  });

  it('names an added payload file and a removed one', async () => {
    await writeFile(join(dir, 'data/evidence/extra.txt'), 'x');
    await rm(join(dir, 'data/evidence/a.txt'));
    const report = await verifyBag(dir);
    expect(report.errors).toContainEqual(expect.objectContaining({ code: 'UNLISTED_FILE', path: 'data/evidence/extra.txt' }));
    expect(report.errors).toContainEqual(expect.objectContaining({ code: 'MISSING_FILE', path: 'data/evidence/a.txt' }));
  });

  it('names a tag file changed after the tag manifest was written', async () => {
    await appendFile(join(dir, 'bag-info.txt'), 'Source-Organization: forger\n');
    const report = await verifyBag(dir);
    expect(report.errors).toContainEqual(expect.objectContaining({ code: 'CHECKSUM_MISMATCH', path: 'bag-info.txt' }));
  });

  it('calls a bag incomplete when fetch.txt names a file that is not present', async () => {
    await writeFile(join(dir, 'fetch.txt'), 'https://example.org/a.txt 5 data/evidence/a.txt\n');
    await rm(join(dir, 'data/evidence/a.txt'));
    const report = await verifyBag(dir);
    expect(report.valid).toBe(false);
    expect(report.errors.map((e) => e.code)).toContain('FETCH_NOT_RETRIEVED');
    expect(report.errors.map((e) => e.code)).not.toContain('MISSING_FILE');
  });

  it('rejects a Payload-Oxum that does not match the payload', async () => {
    await writeFile(join(dir, 'bag-info.txt'), 'Payload-Oxum: 8.2\n');
    const report = await verifyBag(dir);
    expect(report.errors).toContainEqual(expect.objectContaining({ code: 'PAYLOAD_OXUM_MISMATCH', path: 'bag-info.txt' }));
  });

  it('reports a directory without bagit.txt as not a bag', async () => {
    await rm(join(dir, 'bagit.txt'));
    const report = await verifyBag(dir);
    expect(report.valid).toBe(false);
    expect(report.errors.map((e) => e.code)).toEqual(['MISSING_BAGIT_TXT']);
  });
});
