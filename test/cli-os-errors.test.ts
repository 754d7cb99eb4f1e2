import fs from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir, type CliResult } from './support/dossier.js';
import { openToOthers, runCliAsOtherUser } from './support/other-user.js';

/** An error said in words: its exit code, its code on stderr, and no stack trace. */
function expectRefusal(result: CliResult, exit: number, code: string): void {
  expect(result.stderr).toContain(`dossier: ${code}: `);
  expect(result.stderr).not.toMatch(/INTERNAL|^\s+at /m);
  expect(result.code).toBe(exit);
}

describe('operating-system errors are said in words, with their exit codes', () => {
  let work: string;
  let data: string;
  beforeAll(async () => {
    work = await tempDir();
    await openToOthers(work);
    data = path.join(work, 'data');
    expect((await runCli(['--data', data, 'init'])).code).toBe(0);
    expect((await runCli(['--data', data, 'case', 'create', 'c1', '--title', 'A case'])).code).toBe(0);
  });
  afterAll(async () => {
    await fs.rm(work, { recursive: true, force: true });
  });

  it('verify of a file that is neither a bag nor an archive reports it invalid (exit 10)', async () => {
    const file = path.join(work, 'notes.txt');
    await fs.writeFile(file, 'not a bag\n');
    const result = await runCli(['verify', file]);
    expect(result.code).toBe(10);
    expect(result.stdout).toMatch(/^INVALID bag: .*notes\.txt/);
    expect(result.stdout).toContain('ERROR NOT_A_BAG');
    expect(result.stderr).not.toMatch(/INTERNAL|^\s+at /m);
  });

  it('verify of a path that does not exist says so (exit 3)', async () => {
    const result = await runCli(['verify', path.join(work, 'no-such-bag')]);
    expectRefusal(result, 3, 'NOT_FOUND');
    expect(result.stderr).toContain(`${path.join(work, 'no-such-bag')} does not exist`);
  });

  it('export bag into a folder that does not exist names the folder (exit 2)', async () => {
    const result = await runCli(['--data', data, 'export', 'bag', '--case', 'c1', path.join(work, 'no/such/folder/x.zip')]);
    expectRefusal(result, 2, 'VALIDATION_FAILED');
    expect(result.stderr).toContain(`the folder ${path.join(work, 'no/such/folder')} does not exist`);
  });

  it('--data pointing at a file is refused by init and by a reading command (exit 6)', async () => {
    const file = path.join(work, 'a-file');
    await fs.writeFile(file, 'x');
    const init = await runCli(['--data', file, 'init']);
    expectRefusal(init, 6, 'DATA_DIR_EXISTS');
    expect(init.stderr).toContain('is a file');
    const list = await runCli(['--data', file, 'log', 'list']);
    expectRefusal(list, 6, 'DATA_DIR_MISSING');
    expect(list.stderr).toContain(`${file} is a file, not a data directory`);
  });

  it('init and serve --demo where the user may not write name the folder (exit 6)', async () => {
    const target = path.join(work, 'not-mine', 'data');
    await fs.mkdir(path.dirname(target), { mode: 0o755 });
    for (const args of [['init'], ['serve', '--demo', '--capture-workers', '0', '--port', '0']]) {
      const result = await runCliAsOtherUser(['--data', target, ...args]);
      expectRefusal(result, 6, 'DATA_DIR_READ_ONLY');
      expect(result.stderr).toContain(`cannot create a data directory at ${target}`);
    }
  });

  it('a data directory the user may not read is said to be unreadable, not missing (exit 6)', async () => {
    const locked = path.join(work, 'locked');
    await fs.cp(data, locked, { recursive: true });
    await fs.chmod(locked, 0o700);
    const result = await runCliAsOtherUser(['--data', locked, 'log', 'verify']);
    expectRefusal(result, 6, 'DATA_DIR_UNREADABLE');
    expect(result.stderr).toContain(`the data directory ${locked} exists but this user may not read it`);
    expect(result.stderr).not.toContain('no Dossier data directory');
  });

  it('a second server on a busy port suggests --port (exit 4)', async () => {
    const holder = net.createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const port = (holder.address() as net.AddressInfo).port;
    try {
      const result = await runCli(['--data', data, 'serve', '--port', String(port), '--capture-workers', '0']);
      expectRefusal(result, 4, 'PORT_IN_USE');
      expect(result.stderr).toContain(`port ${port} on 127.0.0.1 is already in use`);
      expect(result.stderr).toContain('--port');
    } finally {
      holder.close();
    }
  });

  it('usage errors from commander exit 2, help exits 0', async () => {
    expect((await runCli(['log', 'list', '--no-such-option'])).code).toBe(2);
    expect((await runCli(['verify'])).code).toBe(2);
    expect((await runCli(['case', 'create', 'x'])).code).toBe(2);
    expect((await runCli(['--help'])).code).toBe(0);
  });
});
