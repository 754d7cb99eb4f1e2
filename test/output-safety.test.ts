import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from './support/dossier.js';

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/**
 * A mistyped --out must never destroy the archive: commands that write a file refuse the data directory's
 * own files (database, keys, vault) whatever the flags, refuse an existing file unless --force, and with
 * --force replace only that file.
 */
describe('files written by commands', () => {
  let work: string;
  let data: string;
  let outside: string;
  let evidenceId: string;
  const cli = (...args: string[]) => runCli(['--data', data, ...args]);
  /** Every file of the data directory and the outside key, by content hash, to prove nothing changed. */
  const fingerprint = async () => {
    const files = [path.join(data, 'dossier.db'), path.join(data, 'keys', 'checkpoint.skey'), path.join(data, 'keys', 'master.key')];
    return Promise.all(files.map(async (file) => sha256(await fs.readFile(file))));
  };

  beforeAll(async () => {
    work = await tempDir();
    data = path.join(work, 'data');
    outside = path.join(work, 'out');
    await fs.mkdir(outside);
    expect((await cli('init')).code).toBe(0);
    expect((await cli('case', 'create', 'c', '--title', 'Case')).code).toBe(0);
    await fs.writeFile(path.join(work, 'statement.txt'), 'A statement\n');
    const added = await cli('--json', 'add', path.join(work, 'statement.txt'), '--case', 'c');
    evidenceId = JSON.parse(added.stdout)[0].item.id;
    // Opening refreshes the planner's statistics once after the intake (and its indexed text) changed the tables:
    // done here, so the fingerprints below compare only what the refused commands might write.
    expect((await cli('log', 'verify')).code).toBe(0);
  });
  afterAll(() => fs.rm(work, { recursive: true, force: true }));

  it('refuses --out onto the database or a key file, even with --force, and changes nothing', async () => {
    const before = await fingerprint();
    for (const target of [path.join(data, 'dossier.db'), path.join(data, 'keys', 'checkpoint.skey'), path.join(data, 'keys', 'fresh-name.csv'), path.join(data, 'blobs', 'x.csv')]) {
      for (const force of [[], ['--force']]) {
        const result = await cli('export', 'acled', '--case', 'c', '--out', target, ...force);
        expect(result.code, `${target} ${force.join(' ')}: ${result.stderr}`).toBe(2);
        expect(result.stderr).toContain('out:');
        expect(result.stderr).toContain('holds the archive itself');
      }
    }
    expect(await fingerprint()).toEqual(before);
    await expect(fs.access(path.join(data, 'keys', 'fresh-name.csv'))).rejects.toThrow();
    // The archive still works: the ledger verifies and a new intake is signed.
    expect((await cli('log', 'verify')).code).toBe(0);
  });

  it('sees through a symbolic link to the data directory', async () => {
    const link = path.join(outside, 'innocent-folder');
    await fs.symlink(data, link);
    const before = await fingerprint();
    const result = await cli('export', 'json', '--case', 'c', '--out', path.join(link, 'dossier.db'), '--force');
    expect(result.code, result.stderr).toBe(2);
    const fileLink = path.join(outside, 'report.json');
    await fs.symlink(path.join(data, 'keys', 'checkpoint.skey'), fileLink);
    expect((await cli('export', 'json', '--case', 'c', '--out', fileLink, '--force')).code).toBe(2);
    expect(await fingerprint()).toEqual(before);
  });

  it('refuses a master key file kept outside the data directory', async () => {
    const keyFile = path.join(outside, 'master.key');
    await fs.copyFile(path.join(data, 'keys', 'master.key'), keyFile);
    const before = await fs.readFile(keyFile);
    const result = await runCli(['--data', data, 'export', 'geojson', '--case', 'c', '--out', keyFile, '--force'], { DOSSIER_MASTER_KEY_FILE: keyFile });
    expect(result.code, result.stderr).toBe(2);
    expect(await fs.readFile(keyFile)).toEqual(before);
  });

  it('refuses an existing file without --force, and with it replaces only that file', async () => {
    const out = path.join(outside, 'incidents.csv');
    await fs.writeFile(out, 'an earlier export\n');
    const refused = await cli('export', 'acled', '--case', 'c', '--out', out);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('already exists; give --force');
    expect(await fs.readFile(out, 'utf8')).toBe('an earlier export\n');
    const forced = await cli('export', 'acled', '--case', 'c', '--out', out, '--force');
    expect(forced.code, forced.stderr).toBe(0);
    expect(await fs.readFile(out, 'utf8')).toMatch(/^event_id_cnty,/);
    expect((await fs.readdir(outside)).filter((name) => name.includes('partial'))).toEqual([]);
    expect((await cli('export', 'acled', '--case', 'c', '--out', outside, '--force')).stderr).toContain('is an existing folder');
  });

  it('applies the same rules to evidence copies and case files', async () => {
    const before = await fingerprint();
    expect((await cli('evidence', 'get', evidenceId, '--out', path.join(data, 'keys', 'master.key'), '--force')).code).toBe(2);
    expect((await cli('export', 'bag', '--case', 'c', path.join(data, 'case.zip'))).code).toBe(2);
    expect(await fingerprint()).toEqual(before);
    await expect(fs.access(path.join(data, 'case.zip'))).rejects.toThrow();

    const copy = path.join(outside, 'copy.txt');
    await fs.writeFile(copy, 'something else\n');
    expect((await cli('evidence', 'get', evidenceId, '--out', copy)).code).toBe(2);
    expect(await fs.readFile(copy, 'utf8')).toBe('something else\n');
    expect((await cli('evidence', 'get', evidenceId, '--out', copy, '--force')).code).toBe(0);
    expect(await fs.readFile(copy, 'utf8')).toBe('A statement\n');

    const bag = path.join(outside, 'case.zip');
    await fs.writeFile(bag, 'not a bag');
    expect((await cli('export', 'bag', '--case', 'c', bag)).code).toBe(2);
    expect(await fs.readFile(bag, 'utf8')).toBe('not a bag');
    const forced = await cli('export', 'bag', '--case', 'c', bag, '--force');
    expect(forced.code, forced.stderr).toBe(0);
    expect((await runCli(['verify', bag])).code).toBe(0);
    // A folder is never replaced, --force or not.
    const folder = path.join(outside, 'bag-folder');
    await fs.mkdir(folder);
    expect((await cli('export', 'bag', '--case', 'c', folder, '--force')).code).toBe(2);
  });
});
