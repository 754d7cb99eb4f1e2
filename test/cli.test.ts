import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyCheckpoint } from '../src/ledger/proofs/checkpoint.js';
import { verifyConsistency, verifyInclusion } from '../src/ledger/proofs/merkle.js';
import { runCli, tempDir } from './support/dossier.js';

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');
/** The evidence hash of the first intake among these entries. */
const added0 = (entries: Array<{ action: string; subject: { evidence?: string } }>) => entries.find((e) => e.action === 'intake')!.subject.evidence!;

describe('the dossier CLI, end to end', () => {
  let work: string;
  let data: string;
  const cli = (...args: string[]) => runCli(['--data', data, ...args], { DOSSIER_ACTOR: 'cli:tester' });
  const json = async (...args: string[]) => {
    const result = await cli('--json', ...args);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    return JSON.parse(result.stdout);
  };

  beforeAll(async () => {
    work = await tempDir();
    data = path.join(work, 'data');
    await fs.writeFile(path.join(work, 'report.txt'), 'Witness account of the strike on the market.\n');
    await fs.writeFile(path.join(work, 'photo.jpg'), Buffer.concat([Buffer.from('ffd8ffe000104a46494600', 'hex'), Buffer.alloc(500, 3)]));
  });
  afterAll(() => fs.rm(work, { recursive: true, force: true }));

  it('prints help listing every command', async () => {
    const result = await runCli(['--help']);
    expect(result.code).toBe(0);
    for (const command of ['init', 'case', 'add', 'evidence', 'log', 'vault', 'serve']) expect(result.stdout).toContain(command);
  });

  it('refuses to work without a data directory, saying how to make one', async () => {
    const result = await cli('case', 'list');
    expect(result.code).toBe(6);
    expect(result.stderr).toContain('DATA_DIR_MISSING');
    expect(result.stderr).toContain('dossier init');
  });

  it('initialises, creates a case, adds files and lists them', async () => {
    const init = await json('init', '--origin', 'example.org/dossier-test');
    expect(init.verifierKey).toMatch(/^example\.org\/dossier-test\+[0-9a-f]{8}\+[A-Za-z0-9+/=]+$/);
    expect((await cli('init')).code).toBe(6);

    await json('case', 'create', 'market-2016', '--title', 'Market strike', '--description', 'Air strike on a market');
    const added = await json('add', path.join(work, 'report.txt'), path.join(work, 'photo.jpg'), '--case', 'market-2016', '--source', 'NGO field team');
    expect(added.map((r: { item: { mediaType: string } }) => r.item.mediaType)).toEqual(['text/plain', 'image/jpeg']);
    expect(added[0].item.sha256).toBe(sha256(await fs.readFile(path.join(work, 'report.txt'))));

    const human = await cli('add', path.join(work, 'report.txt'), '--case', 'market-2016');
    expect(human.code).toBe(0);
    expect(human.stdout).toContain('already in vault, intake recorded');

    const items = await json('evidence', 'list', '--case', 'market-2016');
    expect(items).toHaveLength(2);
    const shown = await json('evidence', 'show', added[0].item.sha256.slice(0, 10));
    expect(shown.intakes).toHaveLength(2);
    expect(shown.intakes[0]).toMatchObject({ actor: `cli:tester/local:${os.userInfo().username}`, caseId: 'market-2016', source: 'NGO field team' });
  });

  it('prints entries, a signed checkpoint, the key, and proofs that verify offline', async () => {
    const entries = await json('log');
    expect(entries.map((e: { action: string }) => e.action)).toEqual(['init', 'create', 'intake', 'intake', 'intake']);
    const note = (await cli('log', 'checkpoint')).stdout;
    const key = (await cli('log', 'key')).stdout.trim();
    const checkpoint = verifyCheckpoint(note, key, 'example.org/dossier-test');
    expect(checkpoint.treeSize).toBe(5);

    const inclusion = await json('log', 'proof', 'inclusion', '2');
    const hex = (h: string) => Buffer.from(h, 'hex');
    expect(() => verifyInclusion(2, 5, hex(inclusion.leafHash), inclusion.proof.map(hex), checkpoint.rootHash)).not.toThrow();
    const consistency = await json('log', 'proof', 'consistency', '3', '5');
    expect(() => verifyConsistency(3, 5, consistency.proof.map(hex), hex(consistency.rootHash1), checkpoint.rootHash)).not.toThrow();

    const copy = path.join(work, 'copy-of-report.txt');
    const got = await json('evidence', 'get', added0(entries), '--out', copy);
    expect(await fs.readFile(copy, 'utf8')).toBe(await fs.readFile(path.join(work, 'report.txt'), 'utf8'));
    expect(got.copy).toBe(copy);
    const clobber = await cli('evidence', 'get', got.sha256, '--out', copy);
    expect(clobber.code).toBe(2);
    expect(clobber.stderr).toContain('already exists');

    const verify = await json('log', 'verify');
    expect(verify).toMatchObject({ ok: true, entries: 6, signedSize: 6, records: { ok: true } });
    const vault = await json('vault', 'verify');
    expect(vault).toMatchObject({ ok: true, checked: 2 });
  });

  it('gives bad input a clear error and a non-zero exit, and writes nothing', async () => {
    const before = (await json('log', '--limit', '1000')).length;
    const missing = await cli('add', path.join(work, 'nope.mp4'), '--case', 'market-2016');
    expect(missing.code).toBe(5);
    expect(missing.stderr).toContain(path.join(work, 'nope.mp4'));
    expect(missing.stderr).toContain('does not exist');

    const unknownCase = await cli('add', path.join(work, 'report.txt'), '--case', 'no-such-case');
    expect(unknownCase.code).toBe(3);
    expect(unknownCase.stderr).toContain('case no-such-case does not exist');

    const badIndex = await cli('log', 'proof', 'inclusion', 'abc');
    expect(badIndex.code).toBe(2);
    expect(badIndex.stderr).toContain('index');
    const jsonError = await cli('--json', 'log', 'proof', 'inclusion', '999');
    expect(JSON.parse(jsonError.stdout).error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'index' });

    expect((await json('log', '--limit', '1000')).length).toBe(before);
  });

  it('exposes a rewritten ledger row and a flipped blob byte, naming them', async () => {
    const copy = path.join(work, 'tampered');
    await fs.cp(data, copy, { recursive: true });
    const inCopy = (...args: string[]) => runCli(['--data', copy, ...args]);
    const saved = path.join(work, 'saved-checkpoint.txt');
    await fs.writeFile(saved, (await inCopy('log', 'checkpoint')).stdout);

    execFileSync('node', [
      '-e',
      `const D=require('better-sqlite3');const db=new D(process.argv[1]);db.prepare("update ledger_entries set entry=replace(entry,'image/jpeg','text/plain') where seq=3").run();`,
      path.join(copy, 'dossier.db'),
    ], { cwd: path.resolve('.') });
    const log = await inCopy('log', 'verify', '--checkpoint', saved);
    expect(log.code).toBe(9);
    expect(log.stdout).toContain('at index 3');

    const report = await json('evidence', 'list');
    const hash: string = report[0].sha256;
    const blob = path.join(copy, 'blobs/sha256', hash.slice(0, 2), hash.slice(2, 4), hash);
    await fs.chmod(blob, 0o644);
    const bytes = await fs.readFile(blob);
    bytes[10] = bytes[10]! ^ 0xff;
    await fs.writeFile(blob, bytes);
    const vault = await inCopy('vault', 'verify');
    expect(vault.code).toBe(8);
    expect(vault.stdout).toContain(`CORRUPT ${hash}`);
  });

  it('refuses a data dir from a newer version and a damaged database, naming them', async () => {
    const newer = path.join(work, 'newer');
    await fs.cp(data, newer, { recursive: true });
    const manifest = JSON.parse(await fs.readFile(path.join(newer, 'dossier.json'), 'utf8'));
    await fs.writeFile(path.join(newer, 'dossier.json'), JSON.stringify({ ...manifest, format: 99 }));
    const tooNew = await runCli(['--data', newer, 'case', 'list']);
    expect(tooNew.code).toBe(6);
    expect(tooNew.stderr).toContain('DATA_DIR_TOO_NEW');

    const migrated = path.join(work, 'migrated');
    await fs.cp(data, migrated, { recursive: true });
    execFileSync('node', [
      '-e',
      `const D=require('better-sqlite3');const db=new D(process.argv[1]);db.prepare("insert into kysely_migration (name, timestamp) values ('9999-from-the-future', 'x')").run();`,
      path.join(migrated, 'dossier.db'),
    ]);
    const unknownMigration = await runCli(['--data', migrated, 'case', 'list']);
    expect(unknownMigration.code).toBe(6);
    expect(unknownMigration.stderr).toContain('9999-from-the-future');

    const damaged = path.join(work, 'damaged');
    await fs.cp(data, damaged, { recursive: true });
    await fs.rm(path.join(damaged, 'dossier.db-wal'), { force: true });
    await fs.rm(path.join(damaged, 'dossier.db-shm'), { force: true });
    await fs.writeFile(path.join(damaged, 'dossier.db'), Buffer.alloc(8192, 0x42));
    const corrupt = await runCli(['--data', damaged, 'case', 'list']);
    expect(corrupt.code).toBe(7);
    expect(corrupt.stderr).toContain(path.join(damaged, 'dossier.db'));
  });
});
