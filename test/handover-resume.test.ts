import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, runCli, tempDir } from './support/dossier.js';

const FILES = 2000;
/** Every intake this suite starts, so that one still running when the suite ends (a hang, a timeout) is stopped. */
const started = new Set<ReturnType<typeof spawn>>();

/** Runs `dossier add` and kills it (SIGKILL, no chance to tidy up) once it has acknowledged `after` files. */
function addKilledAfter(args: string[], after: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    started.add(child);
    child.on('exit', () => started.delete(child));
    const acknowledged: string[] = [];
    let pending = '';
    child.stdout.on('data', (chunk: Buffer) => {
      pending += chunk.toString('utf8');
      const lines = pending.split('\n');
      pending = lines.pop()!;
      for (const line of lines) if (/^[0-9a-f]{64} /.test(line)) acknowledged.push(line);
      if (acknowledged.length >= after) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve(acknowledged) : reject(new Error(`dossier add ended by itself (${signal ?? _code}) before it was killed`))));
  });
}

describe('an interrupted intake of a handed-over folder', () => {
  let work: string;
  let data: string;
  let folder: string;

  beforeAll(async () => {
    work = await tempDir('dossier-resume-');
    data = path.join(work, 'data');
    folder = path.join(work, 'drive');
    expect((await runCli(['--data', data, 'init'])).code).toBe(0);
    expect((await runCli(['--data', data, 'case', 'create', 'c', '--title', 'Drive'])).code).toBe(0);
    for (let dir = 0; dir < FILES / 100; dir++) {
      await fs.mkdir(path.join(folder, `2013-${String(dir).padStart(2, '0')}`), { recursive: true });
      await Promise.all(Array.from({ length: 100 }, (_, i) => fs.writeFile(path.join(folder, `2013-${String(dir).padStart(2, '0')}`, `VID_${i}.bin`), randomBytes(512 + i))));
    }
  });
  afterAll(async () => {
    for (const child of started) child.kill('SIGKILL');
    await fs.rm(work, { recursive: true, force: true });
  });

  it('resumes after kill -9: nothing acknowledged lost, nothing taken twice, the log and vault verify', async () => {
    const acknowledged = await addKilledAfter(['--data', data, 'add', folder, '--case', 'c', '--medium', 'external drive'], 300);
    expect(acknowledged.length).toBeGreaterThanOrEqual(300);

    const receipt = path.join(work, 'receipt.txt');
    const resumed = await runCli(['--data', data, '--json', 'add', folder, '--case', 'c', '--receipt', receipt]);
    expect(resumed.code, resumed.stderr).toBe(0);
    const out = JSON.parse(resumed.stdout);
    // The same handover, continued: only what was not logged before the kill is taken now.
    const taken = out.items.map((r: { intake: { file: { path: string } } }) => r.intake.file.path);
    expect(taken.length).toBeLessThanOrEqual(FILES - acknowledged.length);
    expect(new Set(taken).size).toBe(taken.length);

    const key = (await runCli(['--data', data, 'log', 'key'])).stdout.trim();
    const verified = JSON.parse((await runCli(['--json', 'verify', receipt, '--log-key', key])).stdout);
    const listed: { path: string; ledgerSeq: number; sha256: string }[] = verified.receipt.files;
    expect(listed).toHaveLength(FILES);
    expect(new Set(listed.map((f) => f.path)).size).toBe(FILES);
    expect(listed.every((f) => f.path.startsWith('drive/2013-'))).toBe(true);
    // Every file acknowledged before the kill is in the receipt, under the entry it was acknowledged with.
    for (const line of acknowledged) {
      const [sha256, , ...rest] = line.split('  ');
      const seq = Number(/ledger #(\d+)\)$/.exec(rest.join('  '))![1]);
      expect(listed).toContainEqual(expect.objectContaining({ sha256, ledgerSeq: seq }));
    }
    const entries = JSON.parse((await runCli(['--data', data, '--json', 'log', 'list', '--case', 'c', '--limit', '5000'])).stdout);
    const intakes = (Array.isArray(entries) ? entries : entries.items).filter((e: { action: string; details: { handover?: string } }) => e.action === 'intake' && e.details.handover === out.handover.id);
    expect(intakes).toHaveLength(FILES);

    expect((await runCli(['--data', data, 'log', 'verify'])).code).toBe(0);
    const vault = await runCli(['--data', data, '--json', 'vault', 'verify']);
    expect(vault.code, vault.stdout).toBe(0);
    expect(JSON.parse(vault.stdout).failures).toEqual([]);
  }, 240_000);
});
