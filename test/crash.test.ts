import { execFileSync, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { once } from 'node:events';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeWorkDir } from '../src/common/work-dir.js';
import { CLI, runCli, tempDir } from './support/dossier.js';

/**
 * A CLI process is SIGKILLed while it streams a large file into the vault, right after it acknowledged
 * another file. The intake in flight must vanish without a trace; the acknowledged one must remain.
 */
describe('an intake killed mid-stream', () => {
  let work: string;
  let data: string;

  beforeAll(async () => {
    work = await tempDir();
    data = path.join(work, 'data');
    expect((await runCli(['--data', data, 'init'])).code).toBe(0);
    expect((await runCli(['--data', data, 'case', 'create', 'c1', '--title', 'Crash'])).code).toBe(0);
  });
  afterAll(() => fsp.rm(work, { recursive: true, force: true }));

  it('leaves no partial blob, keeps the acknowledged file, and both verifications pass', async () => {
    const acknowledged = path.join(work, 'statement.txt');
    await fsp.writeFile(acknowledged, `signed statement ${randomBytes(8).toString('hex')}\n`);
    // A named pipe lets the test hold the large file's stream open and kill the writer mid-way, every time.
    const pipe = path.join(work, 'large-video.mp4');
    execFileSync('mkfifo', [pipe]);

    const child = spawn(process.execPath, [CLI, '--data', data, 'add', acknowledged, pipe, '--case', 'c1'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (d) => (stdout += d));
    const feeder = fs.createWriteStream(pipe);
    const sent = createHash('sha256');
    const chunk = randomBytes(1 << 20);
    for (let mib = 0; mib < 48; mib++) {
      sent.update(chunk);
      if (!feeder.write(chunk)) await once(feeder, 'drain');
    }
    await waitFor(() => stdout.includes('statement.txt'), 'the acknowledgement of the first file');
    await waitFor(() => tempBytes(data) >= 16 << 20, 'the large file to be partly written to the vault');

    child.kill('SIGKILL');
    const [code, signal] = await once(child, 'close');
    expect([code, signal]).toEqual([null, 'SIGKILL']);
    feeder.destroy();
    const partialHash = sent.digest('hex');

    const list = JSON.parse((await runCli(['--data', data, '--json', 'evidence', 'list'])).stdout);
    expect(list.map((i: { originalName: string }) => i.originalName)).toEqual(['statement.txt']);
    expect(await fsp.readdir(path.join(data, 'tmp'))).toEqual([]);
    const blobs = await listBlobs(path.join(data, 'blobs'));
    expect(blobs).toEqual([list[0].sha256]);
    expect(blobs).not.toContain(partialHash);

    const vault = await runCli(['--data', data, 'vault', 'verify']);
    expect(vault.code, vault.stdout + vault.stderr).toBe(0);
    const log = await runCli(['--data', data, '--json', 'log', 'verify']);
    expect(log.code, log.stdout + log.stderr).toBe(0);
    expect(JSON.parse(log.stdout)).toMatchObject({ ok: true });
  });
});

function tempBytes(data: string): number {
  try {
    return fs.readdirSync(path.join(data, 'tmp')).reduce((sum, name) => sum + fs.statSync(path.join(data, 'tmp', name)).size, 0);
  } catch {
    return 0;
  }
}

async function waitFor(condition: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function listBlobs(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await fsp.readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) found.push(entry.name);
  }
  return found.sort();
}

/**
 * A process killed in the middle of work leaves its temp folder in DATA/tmp. The next command must open
 * the data directory all the same (it used to fail on a leftover folder) and clear what the dead process
 * left, never what a live one is using.
 */
describe('work folders left by a killed process', () => {
  it('are removed at the next start, while a live process keeps its own', async () => {
    const work = await tempDir();
    try {
      const data = path.join(work, 'data');
      expect((await runCli(['--data', data, 'init'])).code).toBe(0);
      expect((await runCli(['--data', data, 'case', 'create', 'c1', '--title', 'Crash'])).code).toBe(0);
      const bag = path.join(work, 'partner.zip');
      expect((await runCli(['--data', data, 'export', 'bag', '--case', 'c1', bag])).code).toBe(0);

      const killed = await runCli(['--data', data, 'import', 'bag', bag, '--case', 'c1'], { DOSSIER_FAILPOINT: 'import-bag:unpacked' });
      expect(killed.signal).toBe('SIGKILL');
      const left = (await fsp.readdir(path.join(data, 'tmp'))).filter((name) => name.startsWith('dossier-unpack-'));
      expect(left).toHaveLength(1);
      const live = await makeWorkDir(path.join(data, 'tmp'), 'capture');
      await fsp.writeFile(path.join(live, 'page.warc.gz'), 'in progress');

      const next = await runCli(['--data', data, 'case', 'list']);
      expect(next.code, next.stderr).toBe(0);
      const now = await fsp.readdir(path.join(data, 'tmp'));
      expect(now).not.toContain(left[0]);
      expect(now).toContain(path.basename(live));
      expect((await runCli(['--data', data, 'import', 'bag', bag, '--case', 'c1'])).code).toBe(0);
    } finally {
      await fsp.rm(work, { recursive: true, force: true });
    }
  });
});
