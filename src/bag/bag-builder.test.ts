import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BagBuilder, formatBagInfo, humanSize } from './bag-builder.js';
import { verifyBag } from './verify-bag.js';

describe('BagBuilder', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'bag-builder-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('writes a bag our validator finds valid, percent-encoding awkward names in the manifests', async () => {
    const builder = await BagBuilder.create(join(dir, 'bag'));
    await builder.addPayload('a/plain.txt', 'plain');
    await builder.addPayload('a/100%\nsure.txt', 'awkward');
    await builder.addPayload('streamed.bin', (async function* () {
      yield Buffer.from('part one, ');
      yield Buffer.from('part two');
    })());
    const finished = await builder.finish([{ label: 'Source-Organization', value: 'Test\nMechanism' }], new Date('2026-01-02T03:04:05Z'));
    expect(finished).toMatchObject({ payloadFiles: 3, payloadBytes: 5 + 7 + 18, payloadOxum: '30.3' });
    const manifest = await readFile(join(dir, 'bag', 'manifest-sha256.txt'), 'utf8');
    expect(manifest).toContain('  data/a/100%25%0Asure.txt\n');
    const info = await readFile(join(dir, 'bag', 'bag-info.txt'), 'utf8');
    expect(info).toBe('Source-Organization: Test\n  Mechanism\nBagging-Date: 2026-01-02\nPayload-Oxum: 30.3\nBag-Size: 30 bytes\n');
    const report = await verifyBag(join(dir, 'bag'));
    expect(report.errors).toEqual([]);
    expect(report.checked.tagManifests).toEqual(['tagmanifest-sha256.txt', 'tagmanifest-sha512.txt']);
  });

  it('refuses a payload path that could leave the bag, or one written twice', async () => {
    const builder = await BagBuilder.create(join(dir, 'refusing'));
    await expect(builder.addPayload('../escape.txt', 'x')).rejects.toThrow(/"\.\." segment/);
    await expect(builder.addPayload('/etc/passwd', 'x')).rejects.toThrow(/empty segment|absolute/);
    await builder.addPayload('once.txt', 'x');
    await expect(builder.addPayload('once.txt', 'y')).rejects.toThrow(/written twice/);
  });

  it('refuses to write into a directory that exists', async () => {
    await expect(BagBuilder.create(dir)).rejects.toThrow(/EEXIST/);
  });

  it('formats sizes for people and refuses labels that would break bag-info.txt', () => {
    expect(humanSize(999)).toBe('999 bytes');
    expect(humanSize(2_147_483_648)).toBe('2.1 GB');
    expect(() => formatBagInfo([{ label: 'Bad: label', value: 'x' }])).toThrow(/not a valid label/);
  });
});
