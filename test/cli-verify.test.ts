import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT, runCli, tempDir } from './support/dossier.js';

const SUITE = path.join(PROJECT_ROOT, 'test/fixtures/bagit-conformance/v1.0');

describe('dossier verify, offline and without a data directory', () => {
  let work: string;
  beforeAll(async () => {
    work = await tempDir();
  });
  afterAll(async () => {
    await fs.rm(work, { recursive: true, force: true });
  });

  it('says a valid bag is valid, with what it checked, and exits 0', async () => {
    const result = await runCli(['verify', path.join(SUITE, 'valid/basicBag')], { DOSSIER_DATA: path.join(work, 'no-such-data-dir') });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^VALID bag: .*basicBag/);
    expect(result.stdout).toMatch(/ok   BagIt 1\.0 \(RFC 8493\), tag files in UTF-8: 1 payload files, 6 bytes; 3 digests checked against manifest-sha512\.txt, tagmanifest-sha512\.txt/);
    await expect(fs.access(path.join(work, 'no-such-data-dir'))).rejects.toThrow();
  });

  it('names what is wrong in an invalid bag and exits 10', async () => {
    const result = await runCli(['verify', path.join(SUITE, 'invalid/same-filename-listed-twice-with-different-hashes')]);
    expect(result.code).toBe(10);
    expect(result.stdout).toMatch(/^INVALID bag:/);
    expect(result.stdout).toMatch(/ERROR \S+ data\/\S+: /);
  });

  it('catches one changed byte of a payload file, naming the file, as --json too', async () => {
    const bag = path.join(work, 'tampered');
    await fs.cp(path.join(SUITE, 'valid/basicBag'), bag, { recursive: true });
    const [payload] = await fs.readdir(path.join(bag, 'data'));
    const file = path.join(bag, 'data', payload!);
    const bytes = await fs.readFile(file);
    bytes[0] = bytes[0]! ^ 1;
    await fs.writeFile(file, bytes);
    const result = await runCli(['--json', 'verify', bag]);
    expect(result.code).toBe(10);
    const report = JSON.parse(result.stdout) as { valid: boolean; errors: { code: string; path?: string }[] };
    expect(report.valid).toBe(false);
    expect(report.errors.map((e) => e.path)).toContain(`data/${payload}`);
  });

  it('refuses a path that does not exist, saying so (exit 3)', async () => {
    const result = await runCli(['verify', path.join(work, 'nothing-here')]);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain(`dossier: NOT_FOUND: ${path.join(work, 'nothing-here')} does not exist`);
  });

  describe('a case file written by dossier export bag', () => {
    let data: string;
    const cli = (...args: string[]) => runCli(['--data', data, ...args], { DOSSIER_ACTOR: 'cli:tester' });
    beforeAll(async () => {
      data = path.join(work, 'data');
      expect((await cli('init')).code).toBe(0);
      expect((await cli('case', 'create', 'douma-2018', '--title', 'Douma, April 2018')).code).toBe(0);
      await fs.writeFile(path.join(work, 'statement.txt'), 'What the witness saw on 7 April.\n');
      expect((await cli('add', path.join(work, 'statement.txt'), '--case', 'douma-2018')).code).toBe(0);
    });

    it('exports a .zip and a .tar that verify offline, saying what was checked', async () => {
      for (const name of ['douma.zip', 'douma.tar']) {
        const out = path.join(work, name);
        const exported = await cli('export', 'bag', '--case', 'douma-2018', '--profile', 'partner', out);
        expect(exported.code).toBe(0);
        expect(exported.stdout).toMatch(/^Wrote case file .*douma\.(zip|tar) \((zip|tar), partner profile\)/);
        const verified = await runCli(['verify', out]);
        expect(verified.code).toBe(0);
        expect(verified.stdout).toMatch(/^VALID case file: /);
        expect(verified.stdout).toMatch(/ok {3}custody: (\d+) of \1 entries proven included in the signed log/);
        expect(verified.stdout).toMatch(/ok {3}evidence: 1 of 1 files hash to a verified intake entry's SHA-256 and size/);
        expect(verified.stdout).toMatch(/ok {3}seal over tagmanifest-sha256\.txt: verified/);
      }
    });

    it('fails a case file whose log key is not the one the reader expects, and one with a changed file', async () => {
      const out = path.join(work, 'douma-dir');
      expect((await cli('export', 'bag', '--case', 'douma-2018', out)).code).toBe(0);
      const other = await runCli(['verify', out, '--log-key', 'elsewhere.example/log+01020304+AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA=']);
      expect(other.code).toBe(10);
      expect(other.stdout).toMatch(/ERROR LOG_KEY_UNEXPECTED data\/custody\/log-key\.txt/);
      await fs.appendFile(path.join(out, 'data/case/case.json'), '\n');
      const changed = await runCli(['--json', 'verify', out]);
      expect(changed.code).toBe(10);
      expect((JSON.parse(changed.stdout) as { errors: { path?: string }[] }).errors.map((e) => e.path)).toContain('data/case/case.json');
    });

    it('refuses an unknown profile or a destination that exists, naming the field', async () => {
      const profile = await cli('export', 'bag', '--case', 'douma-2018', '--profile', 'press', path.join(work, 'p'));
      expect(profile.code).toBe(2);
      expect(profile.stderr).toMatch(/profile: must be one of court, partner, public/);
      const taken = await cli('export', 'bag', '--case', 'douma-2018', path.join(work, 'douma.zip'));
      expect(taken.code).toBe(2);
      expect(taken.stderr).toMatch(/out.*already exists/);
      const noOut = await cli('export', 'bag', '--case', 'douma-2018');
      expect(noOut.code).toBe(2);
      expect(noOut.stderr).toMatch(/out: a case file needs a destination/);
    });
  });
});

describe('dossier verify of web archives', () => {
  const fixtures = path.join(PROJECT_ROOT, 'test/fixtures/warc');

  it('says a signed WACZ is valid, naming its signer, and a WARC with a wrong digest is not, naming the record', async () => {
    const signed = await runCli(['verify', path.join(fixtures, 'webrecorder-py-wacz/valid_signed_example_1.wacz')]);
    expect(signed.code).toBe(0);
    expect(signed.stdout).toMatch(/VALID WACZ 1\.1\.1/);
    expect(signed.stdout).toMatch(/ok {3}signature by domain btrix-sign-test\.webrecorder\.net, time-stamped 2022-01-18T19:00:12/);
    const bad = await runCli(['--json', 'verify', path.join(fixtures, 'webrecorder-warcio/example-digest.warc')]);
    expect(bad.code).toBe(10);
    const report = JSON.parse(bad.stdout) as { valid: boolean; errors: Array<{ code: string; offset: number }> };
    expect(report.valid).toBe(false);
    expect(report.errors.map((finding) => [finding.code, finding.offset])).toEqual([['PAYLOAD_DIGEST_MISMATCH', 0]]);
  });

  it('refuses a web archive that is not there, naming it (exit 3)', async () => {
    const result = await runCli(['verify', path.join(fixtures, 'no-such.wacz')]);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/NOT_FOUND: .*no-such\.wacz does not exist/);
  });
});
