import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, runCli, tempDir } from './support/dossier.js';

/** `dossier witness serve` as its own process, and the port it listens on once it says so. */
async function serveWitness(dir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [CLI, 'witness', 'serve', dir, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening at (http:\/\/\S+)\/add-checkpoint/.exec(out);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`witness serve exited with ${code}`)));
  });
  return { child, url };
}

describe('witnesses from the command line', () => {
  let root: string;
  let data: string;
  let witness: { child: ChildProcess; url: string } | undefined;
  const cli = (...args: string[]) => runCli(['--data', data, ...args], { DOSSIER_ACTOR: 'cli:admin' });

  beforeAll(async () => {
    root = await tempDir('dossier-cli-witness-');
    data = path.join(root, 'data');
    expect((await cli('init')).code).toBe(0);
  });
  afterAll(async () => {
    // Waits for the witness to end (it removes its claim on the way out) before its folder goes.
    if (witness && witness.child.exitCode === null && witness.child.signalCode === null) {
      const ended = new Promise((resolve) => witness!.child.once('exit', resolve));
      witness.child.kill('SIGTERM');
      await ended;
    }
    await fs.rm(root, { recursive: true, force: true });
  });

  it('runs a witness that cosigns the archive\'s checkpoint, which `log verify` then checks against its key', async () => {
    const wdir = path.join(root, 'witness');
    const init = await runCli(['--json', 'witness', 'init', wdir, '--name', 'witness.test/cli']);
    expect(init.code).toBe(0);
    const witnessKey = JSON.parse(init.stdout).verifierKey as string;
    expect((await runCli(['witness', 'init', wdir, '--name', 'witness.test/again'])).code).toBe(6);
    const logKey = JSON.parse((await cli('--json', 'log', 'key')).stdout).verifierKey as string;
    expect((await runCli(['witness', 'follow', wdir, logKey])).code).toBe(0);
    witness = await serveWitness(wdir);
    // One process serves a witness directory: a second would hold its own copy of the heads.
    const second = await runCli(['witness', 'serve', wdir, '--port', '0']);
    expect(second.code).toBe(4);
    expect(second.stderr).toContain(`already served by process ${witness.child.pid}`);

    expect((await cli('case', 'create', 'homs', '--title', 'Homs')).code).toBe(0);
    const added = await cli('log', 'witness', 'add', witness.url, witnessKey);
    expect(added.code).toBe(0);
    expect((await cli('log', 'witness', 'add', 'not a url', witnessKey)).stderr).toContain('url');
    expect((await cli('log', 'witness', 'quorum', '1')).code).toBe(0);
    const pushed = await cli('log', 'witness', 'push');
    expect(pushed.code).toBe(0);
    expect(pushed.stdout).toContain('witness.test/cli: cosigned');

    const checkpoint = await cli('log', 'checkpoint');
    expect(checkpoint.stdout).toMatch(/\n\n— test\S* \S+\n— witness\.test\/cli \S+\n$|\n\n— \S+ \S+\n— witness\.test\/cli \S+\n$/);
    const saved = path.join(root, 'checkpoint.txt');
    await fs.writeFile(saved, checkpoint.stdout);
    const verified = await cli('log', 'verify', '--checkpoint', saved, '--witness', witnessKey);
    expect(verified.code).toBe(0);
    expect(verified.stdout).toContain('Witnessed: the saved checkpoint is cosigned by witness.test/cli (1 required)');
    expect(verified.stdout).toContain('Cosignatures OK: 1 kept');

    // Two witnesses asked for, one of which never saw this checkpoint: not witnessed enough.
    const other = JSON.parse((await runCli(['--json', 'witness', 'init', path.join(root, 'other'), '--name', 'witness.test/other'])).stdout).verifierKey as string;
    const short = await cli('log', 'verify', '--checkpoint', saved, '--witness', witnessKey, '--witness', other);
    expect(short.code).toBe(9);
    expect(short.stdout).toContain('NOT WITNESSED ENOUGH: the saved checkpoint is cosigned by 1 of the 2 witnesses required');
    expect((await cli('log', 'verify', '--checkpoint', saved, '--witness', witnessKey, '--witnesses', '2')).code).toBe(2);

    // The witness's view: the log it follows and the size it cosigned.
    const shown = JSON.parse((await runCli(['--json', 'witness', 'show', wdir])).stdout);
    expect(shown.logs[0].cosignedSize).toBeGreaterThan(0);

    // A witness that is down: the push says so and exits 11; the checkpoint and its earlier cosignature stand.
    witness.child.kill('SIGTERM');
    await new Promise((resolve) => witness!.child.once('exit', resolve));
    expect((await cli('case', 'create', 'hama', '--title', 'Hama')).code).toBe(0);
    const down = await cli('log', 'witness', 'push');
    expect(down.code).toBe(11);
    expect(down.stdout).toContain('unreachable');
    const later = await cli('log', 'verify');
    expect(later.code).toBe(0);
    expect(later.stdout).toContain('has 0 of the 1 cosignatures the policy asks for');
  });
});
