import { spawn } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSignIn } from '../src/access/accounts.js';
import { listAudit } from '../src/access/audit-log.js';
import { openDossier } from '../src/app/open.js';
import { CLI, runCli, tempDir, testConfig } from './support/dossier.js';

describe('accounts and members from the CLI, on the local data directory', () => {
  let work: string;
  let data: string;
  const cli = (...args: string[]) => runCli(['--data', data, ...args], { DOSSIER_ACTOR: 'it:operator' });
  const json = async (...args: string[]) => {
    const result = await cli('--json', ...args);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    return JSON.parse(result.stdout);
  };

  beforeAll(async () => {
    work = await tempDir();
    data = path.join(work, 'data');
    expect((await cli('init')).code).toBe(0);
    expect((await cli('case', 'create', 'ghouta', '--title', 'East Ghouta 2017')).code).toBe(0);
  });
  afterAll(() => fs.rm(work, { recursive: true, force: true }));

  it('creates an account with a one-time password and gives it a role', async () => {
    const created = await json('account', 'create', 'rania', '--name', 'Rania H.');
    expect(created).toMatchObject({ username: 'rania', mustChangePassword: true, isAdmin: false });
    expect(created.oneTimePassword).toHaveLength(24);
    expect(await json('member', 'set', 'ghouta', 'rania', 'investigator')).toMatchObject({ username: 'rania', role: 'investigator' });
    expect((await json('member', 'list', 'ghouta')).map((m: { username: string; role: string }) => [m.username, m.role])).toEqual([['rania', 'investigator']]);
    const bad = await cli('member', 'set', 'ghouta', 'rania', 'superuser');
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/role/);
    expect((await cli('member', 'set', 'no-such-case', 'rania', 'analyst')).code).not.toBe(0);
  });

  it('resets a locked-out account: a new one-time password, unlocked, sessions ended, and the reset on record', async () => {
    const created = await json('account', 'create', 'samir');
    let dossier = await openDossier(testConfig(data));
    for (let i = 0; i < 6; i++) await checkSignIn(dossier.database.db, 'samir', 'wrong password number ' + i, () => true);
    expect(await checkSignIn(dossier.database.db, 'samir', created.oneTimePassword, () => true)).toMatchObject({ ok: false, reason: 'locked' });
    await dossier.database.writeTransaction(async (trx) => trx.updateTable('users').set({ totp_secret: await dossier.keyring.sealAccountSecret(trx, created.id, 'JBSWY3DPEHPK3PXP') }).where('id', '=', created.id).execute());
    await dossier.close();
    const reset = await json('account', 'reset-password', 'samir');
    expect(reset.oneTimePassword).not.toBe(created.oneTimePassword);
    dossier = await openDossier(testConfig(data));
    expect(await checkSignIn(dossier.database.db, 'samir', reset.oneTimePassword, () => undefined)).toMatchObject({ ok: true });
    // A lost second factor is part of what a reset recovers: it is cleared, to be set again.
    expect((await dossier.database.db.selectFrom('users').select('totp_secret').where('id', '=', created.id).executeTakeFirstOrThrow()).totp_secret).toBeNull();
    const events = await listAudit(dossier.database.db, { event: 'password_changed' });
    expect(events[0]!.actor).toMatch(/^it:operator\/local:/);
    await dossier.close();
  });
});

describe('the first start of the server', () => {
  it('prints the one-time password with the command that makes a new one, and that command works', async () => {
    const work = await tempDir();
    const data = path.join(work, 'data');
    const server = spawn(process.execPath, [CLI, '--data', data, 'serve', '--demo', '--port', '0', '--capture-workers', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      let stdout = '';
      server.stdout.on('data', (chunk) => (stdout += chunk));
      const deadline = Date.now() + 60_000;
      while (!stdout.includes('First start') && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(stdout).toMatch(/one-time password \S+/);
      expect(stdout).toContain('`dossier account reset-password admin` makes a new one');
    } finally {
      server.kill('SIGTERM');
      await once(server, 'close');
    }
    const reset = await runCli(['--data', data, '--json', 'account', 'reset-password', 'admin']);
    expect(reset.code, reset.stderr).toBe(0);
    const dossier = await openDossier(testConfig(data));
    try {
      expect(await checkSignIn(dossier.database.db, 'admin', JSON.parse(reset.stdout).oneTimePassword, () => undefined)).toMatchObject({ ok: true });
    } finally {
      await dossier.close();
      await fs.rm(work, { recursive: true, force: true });
    }
  });
});
