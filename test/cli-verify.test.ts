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
    expect(result.stdout).toMatch(/1 payload files \(6 bytes\); 3 digests checked against manifest-sha512\.txt, tagmanifest-sha512\.txt/);
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

  it('refuses a path that is not a bag, saying so', async () => {
    const result = await runCli(['verify', path.join(work, 'nothing-here')]);
    expect(result.code).toBe(10);
    expect(result.stdout).toMatch(/NOT_A_BAG_DIRECTORY .*nothing-here|nothing-here is not a directory/);
  });
});
