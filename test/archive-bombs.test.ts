/**
 * Hostile archives through the real CLI, each run in its own process measured from outside (GNU time's peak
 * RSS, the kernel's count of bytes written): a bag zipped with a gigabyte of deflated zeros and a tar whose
 * headers declare more than its Payload-Oxum are refused before anything is unpacked, by `dossier verify`
 * and by `dossier import bag`, leaving no temp folder; a WARC.gz whose one record inflates to a gigabyte is
 * checked and taken in with bounded memory; a WACZ holding a file its datapackage.json does not list is
 * invalid, refused by `dossier import wacz` unless --accept-invalid, which records why.
 *
 * The WARC's record is 1 GiB (not the 2 GiB of bench/archive-bombs.ts): pako inflates and SHA-256 hashes
 * it at about 200 MB/s on the 2-core machine, and a check and an import each read it whole.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GiB, gzipBombWarc, MiB, runMeasured, smallBag, sparseTarBagWith, waczWithExtras, zipBagWithZeros } from './support/archive-bombs.js';
import { runCli, tempDir } from './support/dossier.js';

/** Refusing writes the report, the database's own bookkeeping and little else; unpacking would write gigabytes. */
const SMALL_WRITE = 4 * MiB;
const MEMORY_BOUND = 300 * MiB;

interface Finding {
  code: string;
  message: string;
  limit?: string;
}

describe('hostile archives cost bounded disk and memory', () => {
  let work: string;
  let data: string;
  let verifyTmp: string;
  const cli = (...args: string[]) => runCli(['--data', data, ...args], { DOSSIER_ACTOR: 'cli:tester' });
  const measured = (args: string[]) => runMeasured(args, { DOSSIER_ACTOR: 'cli:tester' }, work);
  const custody = async () => ({
    evidence: JSON.parse((await cli('--json', 'evidence', 'list', '--case', 'joint')).stdout) as unknown[],
    entries: (JSON.parse((await cli('--json', 'log')).stdout) as unknown[]).length,
  });
  const leftInDataTmp = async () => (await fs.readdir(path.join(data, 'tmp')).catch(() => [] as string[])).filter((name) => name.startsWith('dossier-unpack-'));

  beforeAll(async () => {
    work = await tempDir('dossier-bombs-');
    data = path.join(work, 'data');
    verifyTmp = path.join(work, 'verify-tmp');
    await fs.mkdir(verifyTmp);
    expect((await cli('init')).code).toBe(0);
    expect((await cli('case', 'create', 'joint', '--title', 'Joint investigation')).code).toBe(0);
  });
  afterAll(async () => {
    await fs.rm(work, { recursive: true, force: true });
  });

  /** `dossier verify` says INVALID with exit 10, naming the limit, having written next to nothing, and leaves no temp folder. */
  async function expectVerifyRefuses(archive: string, limit: string, message: RegExp): Promise<void> {
    const run = await measured(['--json', 'verify', archive, '--tmp', verifyTmp]);
    expect(run.code, run.stderr).toBe(10);
    const report = JSON.parse(run.stdout) as { valid: boolean; errors: Finding[] };
    expect(report.valid).toBe(false);
    expect(report.errors).toEqual([expect.objectContaining({ code: 'ARCHIVE_TOO_LARGE', limit, message: expect.stringMatching(message) })]);
    expect(run.written).toBeLessThan(SMALL_WRITE);
    expect(await fs.readdir(verifyTmp)).toEqual([]);
  }

  /** `dossier import bag` refuses with BAG_INVALID (exit 10), writing next to nothing and nothing to the vault or the ledger. */
  async function expectImportRefuses(archive: string, limit: string, message: RegExp): Promise<void> {
    const before = await custody();
    const run = await measured(['--data', data, '--json', 'import', 'bag', archive, '--case', 'joint']);
    expect(run.code, run.stderr).toBe(10);
    const error = (JSON.parse(run.stdout) as { error: { code: string; errors: Finding[] } }).error;
    expect(error.code).toBe('BAG_INVALID');
    expect(error.errors).toEqual([expect.objectContaining({ code: 'ARCHIVE_TOO_LARGE', limit, message: expect.stringMatching(message) })]);
    expect(run.written).toBeLessThan(SMALL_WRITE);
    expect(await leftInDataTmp()).toEqual([]);
    expect(await custody()).toEqual(before);
  }

  it('a 1 MB zip of a bag with 1 GiB of zeros in its payload is refused by verify and import, before unpacking', async () => {
    const bag = await smallBag(path.join(work, 'zip-bag'));
    const bomb = path.join(work, 'partner.zip');
    await zipBagWithZeros(bag, bomb, 'partner', [{ path: 'data/zeros.bin', bytes: GiB }]);
    expect((await fs.stat(bomb)).size).toBeLessThan(2 * MiB);
    await expectVerifyRefuses(bomb, 'payload-oxum', /payload-oxum limit.*declare 1,073,741,\d+ bytes, more than the \d+ its Payload-Oxum gives/);
    await expectImportRefuses(bomb, 'payload-oxum', /payload-oxum limit/);
    // In words too, naming the limit and the numbers.
    const words = await runCli(['verify', bomb, '--tmp', verifyTmp]);
    expect(words.stdout).toMatch(/^INVALID bag: /);
    expect(words.stdout).toMatch(/ERROR ARCHIVE_TOO_LARGE \S+partner\.zip: .*Payload-Oxum/);
  });

  it('the same gigabyte outside the payload is held to --max-unpacked: 20 times the archive plus 64 MiB unless given', async () => {
    const bag = await smallBag(path.join(work, 'zip-bag-2'));
    const bomb = path.join(work, 'partner-notes.zip');
    await zipBagWithZeros(bag, bomb, 'partner-notes', [{ path: 'notes.bin', bytes: GiB }]);
    await expectVerifyRefuses(bomb, 'max-unpacked', /max-unpacked limit.*more than the [\d,]+ allowed \(20 times the archive's [\d,]+ bytes plus 64 MiB/);
    await expectImportRefuses(bomb, 'max-unpacked', /max-unpacked limit/);
    const stricter = await runCli(['--json', 'verify', path.join(work, 'partner.zip'), '--tmp', verifyTmp, '--max-unpacked', '1KB']);
    expect(stricter.code).toBe(10);
    expect(stricter.stdout).toMatch(/Payload-Oxum/);
    const badFlag = await runCli(['verify', bomb, '--max-unpacked', 'lots']);
    expect(badFlag.code).toBe(2);
    expect(badFlag.stderr).toMatch(/max-unpacked: must be a size in bytes/);
  });

  it('a tar whose headers declare 1 GiB beyond its Payload-Oxum (a sparse file) is refused the same way', async () => {
    const bag = await smallBag(path.join(work, 'tar-bag'));
    const bomb = path.join(work, 'partner.tar');
    await sparseTarBagWith(bag, bomb, 'partner', 'data/zeros.bin', GiB);
    await expectVerifyRefuses(bomb, 'payload-oxum', /payload-oxum limit.*declare 1,073,741,\d+ bytes/);
    await expectImportRefuses(bomb, 'payload-oxum', /payload-oxum limit/);
  });

  it('a WARC.gz whose one record inflates to 1 GiB is checked and taken in with peak RSS under 300 MiB', async () => {
    const bomb = path.join(work, 'zeros.warc.gz');
    await gzipBombWarc(bomb, GiB);
    const verified = await measured(['--json', 'verify', bomb]);
    expect(verified.code, verified.stderr).toBe(0);
    const check = JSON.parse(verified.stdout) as { valid: boolean; records: Array<{ contentLength: number; blockDigest: string }> };
    expect(check.records).toEqual([expect.objectContaining({ contentLength: GiB, blockDigest: 'pass' })]);
    expect(verified.peakRss).toBeLessThan(MEMORY_BOUND);
    const imported = await measured(['--data', data, '--json', 'import', 'warc', bomb, '--case', 'joint']);
    expect(imported.code, imported.stderr).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ kind: 'warc', valid: true, records: 1 });
    expect(imported.peakRss).toBeLessThan(MEMORY_BOUND);
  });

  it('a WACZ with an entry datapackage.json does not list, or a symbolic link, is invalid; import refuses it unless --accept-invalid, which records why', async () => {
    const unlisted = path.join(work, 'unlisted.wacz');
    await waczWithExtras(unlisted, [{ name: 'archive/zeros.bin', zeros: 256 * MiB }]);
    const linked = path.join(work, 'linked.wacz');
    await waczWithExtras(linked, [{ name: 'archive/passwd', link: '/etc/passwd' }]);
    for (const [file, code] of [[unlisted, 'WACZ_FILE_UNLISTED'], [linked, 'WACZ_ENTRY_NOT_A_FILE']] as const) {
      const verified = await measured(['--json', 'verify', file]);
      expect(verified.code, file).toBe(10);
      expect((JSON.parse(verified.stdout) as { errors: Finding[] }).errors.map((finding) => finding.code)).toContain(code);
      expect(verified.peakRss).toBeLessThan(MEMORY_BOUND);
      const before = await custody();
      const refused = await measured(['--data', data, '--json', 'import', 'wacz', file, '--case', 'joint']);
      expect(refused.code, file).toBe(10);
      expect(JSON.parse(refused.stdout)).toMatchObject({ error: { code: 'WEB_ARCHIVE_INVALID', errors: expect.arrayContaining([expect.objectContaining({ code })]) } });
      expect((await custody()).entries).toBe(before.entries);
      const kept = await cli('--json', 'import', 'wacz', file, '--case', 'joint', '--accept-invalid');
      expect(kept.code, kept.stderr).toBe(0);
      const result = JSON.parse(kept.stdout) as { valid: boolean; ledgerSeq: number };
      expect(result.valid).toBe(false);
      const entries = JSON.parse((await cli('--json', 'log')).stdout) as Array<{ seq: number; details: { provenance?: { webArchive?: { valid: boolean; errorCodes: string[] } } } }>;
      const intake = entries.find((entry) => entry.seq === result.ledgerSeq);
      expect(intake?.details.provenance?.webArchive).toMatchObject({ valid: false, errorCodes: expect.arrayContaining([code]) });
    }
  });
});
