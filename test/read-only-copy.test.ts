import BetterSqlite3 from 'better-sqlite3';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from './support/dossier.js';
import { fingerprint, giveToOtherUser, openToOthers, runCliAsOtherUser, writeProtect, writeUnprotect } from './support/other-user.js';

const NOT_LOGGED = 'this check is not logged';

/**
 * An auditor's write-protected copy of a data directory, read by a user the file modes bind (nobody when
 * the tests run as root): every reading command works, changes nothing, and says it logged nothing.
 */
describe('a read-only copy of a data directory', () => {
  let work: string;
  let copy: string;
  let before: Record<string, string>;
  beforeAll(async () => {
    work = await tempDir();
    await openToOthers(work);
    const data = path.join(work, 'data');
    const evidence = path.join(work, 'photo.txt');
    await fs.writeFile(evidence, 'a witness statement\n');
    await fs.chmod(evidence, 0o644);
    expect((await runCli(['--data', data, 'init'])).code).toBe(0);
    expect((await runCli(['--data', data, 'case', 'create', 'c1', '--title', 'A case'])).code).toBe(0);
    expect((await runCli(['--data', data, 'add', evidence, '--case', 'c1'])).code).toBe(0);
    copy = path.join(work, 'copy');
    await fs.cp(data, copy, { recursive: true });
    await giveToOtherUser(copy);
    await writeProtect(copy);
    before = await fingerprint(copy);
  });
  afterAll(async () => {
    await writeUnprotect(work);
    await fs.rm(work, { recursive: true, force: true });
  });

  it.each([
    [['log', 'verify'], /Ledger OK: 3 entries/],
    [['vault', 'verify'], /Vault OK: 1 blobs re-hashed/],
    [['evidence', 'list'], /photo\.txt/],
    [['log', 'proof', 'inclusion', '1'], /leaf 1 of 3/],
  ])('%j succeeds, says it is not logged, and logs nothing', async (args, output) => {
    const result = await runCliAsOtherUser(['--data', copy, ...args]);
    expect(result.stderr).toContain(`read-only data directory ${copy}: ${NOT_LOGGED}`);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(output);
    expect(result.stdout).not.toContain('Logged as ledger entry');
  });

  it('removes the database copies a killed reader left, and leaves none of its own', async () => {
    const reader = await runCliAsOtherUser(['-e', 'console.log(process.getuid())'], {}, { script: true });
    const copies = path.join(os.tmpdir(), `dossier-read-only-${reader.stdout.trim()}`);
    const dead = await runCliAsOtherUser(['-e', 'console.log(process.pid)'], {}, { script: true });
    const leftover = path.join(copies, `copy-${dead.stdout.trim()}-left`);
    await runCliAsOtherUser(['-e', `require('fs').mkdirSync(${JSON.stringify(leftover)}, { recursive: true, mode: 0o700 }); require('fs').writeFileSync(${JSON.stringify(path.join(leftover, 'dossier.db'))}, 'a copy')`], {}, { script: true });
    expect(await fs.readdir(copies)).toContain(path.basename(leftover));
    const result = await runCliAsOtherUser(['--data', copy, 'log', 'verify']);
    expect(result.code, result.stderr).toBe(0);
    expect(await fs.readdir(copies)).toEqual([]);
  });

  it.each([
    [['add', 'PHOTO', '--case', 'c1']],
    [['case', 'create', 'c2', '--title', 'Another']],
    [['serve', '--port', '0', '--capture-workers', '0']],
  ])('refuses %j with exit 6, naming the folder', async (args) => {
    const result = await runCliAsOtherUser(['--data', copy, ...args.map((arg) => (arg === 'PHOTO' ? path.join(work, 'photo.txt') : arg))]);
    expect(result.stderr).toContain(`dossier: DATA_DIR_READ_ONLY: the data directory ${copy} is read-only here`);
    expect(result.stderr).not.toContain(NOT_LOGGED);
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(result.code).toBe(6);
  });

  it('exports a case file to a folder elsewhere, which verifies, and says the export is not logged', async () => {
    const out = path.join(work, 'out');
    await fs.mkdir(out);
    await giveToOtherUser(out);
    const result = await runCliAsOtherUser(['--data', copy, 'export', 'bag', '--case', 'c1', path.join(out, 'c1.zip')]);
    expect(result.stderr).toContain(NOT_LOGGED);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('not logged: the data directory is read-only');
    expect((await runCli(['verify', path.join(out, 'c1.zip')])).code).toBe(0);
  });

  it('is left exactly as it was: every file, byte for byte, and nothing added', async () => {
    expect(await fingerprint(copy)).toEqual(before);
  });

  it('refuses a copy whose database is behind this version, naming the missing migration (exit 6)', async () => {
    const older = path.join(work, 'older');
    await fs.cp(path.join(work, 'data'), older, { recursive: true });
    const handle = new BetterSqlite3(path.join(older, 'dossier.db'));
    const last = handle.prepare('select name from kysely_migration order by name desc limit 1').pluck().get() as string;
    handle.prepare('delete from kysely_migration where name = ?').run(last);
    handle.close();
    const result = await runCli(['--read-only', '--data', older, 'log', 'verify']);
    expect(result.stderr).toContain(`dossier: DATA_DIR_TOO_OLD: `);
    expect(result.stderr).toContain(last);
    expect(result.code).toBe(6);
  });

  it('--read-only on a writable data directory reads without logging', async () => {
    const data = path.join(work, 'data');
    const entries = async () => JSON.parse((await runCli(['--json', '--data', data, 'log', 'list'])).stdout) as unknown[];
    const count = (await entries()).length;
    const result = await runCli(['--read-only', '--data', data, 'vault', 'verify']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(NOT_LOGGED);
    expect((await entries()).length).toBe(count);
  });
});
