import fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAccount } from '../src/access/accounts.js';
import { openDossier } from '../src/app/open.js';
import { createCase } from '../src/cases/cases.js';
import { createRecord, readRestricted } from '../src/records/record-store.js';
import { MASTER_KEY_FILE, STAGED_MASTER_KEY_FILE, createMasterKeyFile, masterKeyFrom } from '../src/sealing/master-key.js';
import { sourceKind } from '../src/sources/source-kind.js';
import { runCli, tempDir, testConfig } from './support/dossier.js';

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const witness = { name: 'Witness W-7', sourceType: 'witness', reliability: 'B', partyToConflict: 'no', protectionLevel: 'restricted' } as const;

/**
 * A key rotation is cut short by SIGKILL at each of its steps (DOSSIER_FAILPOINT), then the operator does
 * what any operator does: runs it again. Every sealed field must still open, and no key file is ever
 * overwritten while the database may need it.
 */
describe('key rotations killed at each step', () => {
  let work: string;
  let data: string;
  let sealed: { caseId: string; sourceId: string; userId: string };
  const cli = (args: string[], env: Record<string, string> = {}) => runCli(['--data', data, ...args], env);
  const keyId = async (file: string) => masterKeyFrom(await fs.readFile(path.join(data, file), 'utf8'), file).id;

  /** Opens the data directory in this process and reads back every sealed value. */
  async function readEverything(): Promise<{ fullName: unknown; totp: string }> {
    const dossier = await openDossier(testConfig(data));
    try {
      expect(dossier.keyring.problem).toBeUndefined();
      const deps = { database: dossier.database, ledger: dossier.ledger, keyring: dossier.keyring };
      const source = await readRestricted(deps, sourceKind, 'test:reader', sealed.sourceId, sealed.caseId);
      const user = await dossier.database.db.selectFrom('users').select('totp_secret').where('id', '=', sealed.userId).executeTakeFirstOrThrow();
      return { fullName: (source.restricted as { fullName: unknown }).fullName, totp: dossier.keyring.openAccountSecret(sealed.userId, user.totp_secret!) };
    } finally {
      await dossier.close();
    }
  }

  beforeEach(async () => {
    work = await tempDir();
    data = path.join(work, 'data');
    expect((await cli(['init'])).code).toBe(0);
    const dossier = await openDossier(testConfig(data));
    try {
      await createCase(dossier, 'test:a', { id: 'kept', title: 'Kept' });
      const deps = { database: dossier.database, ledger: dossier.ledger, keyring: dossier.keyring };
      const source = await createRecord(deps, sourceKind, 'test:a', 'kept', { ...witness, restricted: { fullName: 'Sealed Name' } });
      const account = await createAccount(dossier.database.db, 'test:a', { username: 'second-factor', password: 'a long enough password' });
      await dossier.database.writeTransaction(async (trx) => trx.updateTable('users').set({ totp_secret: await dossier.keyring.sealAccountSecret(trx, account.id, SECRET) }).where('id', '=', account.id).execute());
      sealed = { caseId: 'kept', sourceId: source.id, userId: account.id };
    } finally {
      await dossier.close();
    }
  });
  afterEach(() => fs.rm(work, { recursive: true, force: true }));

  it('killed after staging the new key: the retry goes on with that key and overwrites nothing', async () => {
    const original = await keyId(MASTER_KEY_FILE);
    const killed = await cli(['keys', 'rotate-master'], { DOSSIER_FAILPOINT: 'rotate-master:staged' });
    expect(killed.signal).toBe('SIGKILL');
    const staged = await keyId(STAGED_MASTER_KEY_FILE);
    expect(staged).not.toBe(original);
    // Meanwhile the database still uses the original key, and everything opens.
    expect(await readEverything()).toEqual({ fullName: 'Sealed Name', totp: SECRET });

    const retry = await cli(['--json', 'keys', 'rotate-master']);
    expect(retry.code, retry.stderr).toBe(0);
    expect(JSON.parse(retry.stdout)).toMatchObject({ previous: original, next: staged, resumed: true, rewrapped: 1 });
    expect(await keyId(MASTER_KEY_FILE)).toBe(staged);
    await expect(fs.access(path.join(data, STAGED_MASTER_KEY_FILE))).rejects.toThrow();
    expect(await readEverything()).toEqual({ fullName: 'Sealed Name', totp: SECRET });
  });

  it('killed after staging, a retry naming another key is refused, naming the staged file', async () => {
    await cli(['keys', 'rotate-master'], { DOSSIER_FAILPOINT: 'rotate-master:staged' });
    const other = path.join(work, 'other.key');
    await fs.writeFile(other, Buffer.alloc(32, 7).toString('base64url'));
    const refused = await cli(['keys', 'rotate-master', '--new-key-file', other]);
    expect(refused.code).toBe(4);
    expect(refused.stderr).toContain('master.key.next');
    expect(await readEverything()).toEqual({ fullName: 'Sealed Name', totp: SECRET });
  });

  it('killed after the database committed: the next start finishes the rename, and the retry rotates again', async () => {
    const killed = await cli(['keys', 'rotate-master'], { DOSSIER_FAILPOINT: 'rotate-master:committed' });
    expect(killed.signal).toBe('SIGKILL');
    const staged = await keyId(STAGED_MASTER_KEY_FILE);
    expect(await keyId(MASTER_KEY_FILE)).not.toBe(staged);

    const retry = await cli(['--json', 'keys', 'rotate-master']);
    expect(retry.code, retry.stderr).toBe(0);
    expect(retry.stderr).toContain(`finished a master-key rotation a crash interrupted: keys/master.key now holds key ${staged}`);
    expect(JSON.parse(retry.stdout)).toMatchObject({ previous: staged, resumed: false, rewrapped: 1 });
    await expect(fs.access(path.join(data, STAGED_MASTER_KEY_FILE))).rejects.toThrow();
    expect(await readEverything()).toEqual({ fullName: 'Sealed Name', totp: SECRET });
  });

  it('killed after the database committed: any command that opens the data directory finishes it', async () => {
    await cli(['keys', 'rotate-master'], { DOSSIER_FAILPOINT: 'rotate-master:committed' });
    const staged = await keyId(STAGED_MASTER_KEY_FILE);
    expect((await cli(['case', 'list'])).code).toBe(0);
    expect(await keyId(MASTER_KEY_FILE)).toBe(staged);
    expect(await readEverything()).toEqual({ fullName: 'Sealed Name', totp: SECRET });
  });

  it('a case-key rotation killed before its commit leaves nothing, and the retry adds the version', async () => {
    const killed = await cli(['keys', 'rotate-case', 'kept'], { DOSSIER_FAILPOINT: 'rotate-case:before-commit' });
    expect(killed.signal).toBe('SIGKILL');
    const retry = await cli(['--json', 'keys', 'rotate-case', 'kept']);
    expect(retry.code, retry.stderr).toBe(0);
    expect(JSON.parse(retry.stdout)).toEqual({ case: 'kept', version: 2 });
    expect(await readEverything()).toEqual({ fullName: 'Sealed Name', totp: SECRET });
  });

  it('a process opened before a rotation cannot seal under the retired key afterwards', async () => {
    const stale = await openDossier(testConfig(data));
    try {
      const rotated = await cli(['keys', 'rotate-master']);
      expect(rotated.code, rotated.stderr).toBe(0);
      await createCase(stale, 'test:a', { id: 'later', title: 'Opened after the rotation' });
      const deps = { database: stale.database, ledger: stale.ledger, keyring: stale.keyring };
      await expect(createRecord(deps, sourceKind, 'test:a', 'later', { ...witness, restricted: { fullName: 'Sealed Late' } })).rejects.toThrow(/the master key was rotated since\): restart it; nothing was sealed/);
      await expect(stale.database.writeTransaction((trx) => stale.keyring.sealAccountSecret(trx, sealed.userId, SECRET))).rejects.toMatchObject({ code: 'KEY_INVALID' });
    } finally {
      await stale.close();
    }
    // Nothing was wrapped under the retired key: everything opens with the new one, and the new case seals.
    expect(await readEverything()).toEqual({ fullName: 'Sealed Name', totp: SECRET });
    const fresh = await openDossier(testConfig(data));
    try {
      const deps = { database: fresh.database, ledger: fresh.ledger, keyring: fresh.keyring };
      const late = await createRecord(deps, sourceKind, 'test:a', 'later', { ...witness, restricted: { fullName: 'Sealed Late' } });
      expect((await readRestricted(deps, sourceKind, 'test:a', late.id, 'later')).restricted).toEqual({ fullName: 'Sealed Late' });
    } finally {
      await fresh.close();
    }
  });

  it('a rotation to the key in use is refused before anything is staged, and jams nothing', async () => {
    const current = path.join(work, 'current.key');
    await fs.copyFile(path.join(data, MASTER_KEY_FILE), current);
    const refused = await cli(['keys', 'rotate-master', '--new-key-file', current]);
    expect(refused.code).toBe(9);
    expect(refused.stderr).toContain('the new master key is the current one');
    await expect(fs.access(path.join(data, STAGED_MASTER_KEY_FILE))).rejects.toThrow();
    // A staged copy of the key in use (put there by hand, say) is dropped, not resumed.
    await fs.copyFile(current, path.join(data, STAGED_MASTER_KEY_FILE));
    const rotated = await cli(['--json', 'keys', 'rotate-master']);
    expect(rotated.code, rotated.stderr).toBe(0);
    expect(JSON.parse(rotated.stdout)).toMatchObject({ resumed: false });
    expect(await readEverything()).toEqual({ fullName: 'Sealed Name', totp: SECRET });
  });

  it('the server refuses to start with a key that does not open the database, naming the key it needs', async () => {
    const needed = await keyId(MASTER_KEY_FILE);
    await fs.rename(path.join(data, MASTER_KEY_FILE), path.join(work, 'master.key.saved'));
    await fs.writeFile(path.join(data, MASTER_KEY_FILE), Buffer.alloc(32, 9).toString('base64url'), { mode: 0o600 });
    const serve = await cli(['serve', '--port', '0', '--capture-workers', '0']);
    expect(serve.code).toBe(9);
    expect(serve.stderr).toContain(`wrapped by master key ${needed}`);
    expect(serve.stderr).toContain(`keys/master.key holds master key ${masterKeyFrom(Buffer.alloc(32, 9).toString('base64url'), '').id}`);
    const rotate = await cli(['keys', 'rotate-master']);
    expect(rotate.code).toBe(9);
    expect(rotate.stderr).toContain(needed);
  });
});

describe('key files are created, never replaced', () => {
  it('a master key made by another process first is the one used', async () => {
    const dir = await tempDir();
    try {
      const file = path.join(dir, 'keys', 'master.key');
      const [a, b] = await Promise.all([createMasterKeyFile(file), createMasterKeyFile(file)]);
      expect(a.id).toBe(b.id);
      expect(masterKeyFrom(await fs.readFile(file, 'utf8'), file).id).toBe(a.id);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it('init on a folder that lost its dossier.json keeps the signing key, and says why', async () => {
    const dir = await tempDir();
    try {
      const data = path.join(dir, 'data');
      expect((await runCli(['--data', data, 'init'])).code).toBe(0);
      const key = await fs.readFile(path.join(data, 'keys', 'checkpoint.skey'));
      await fs.rm(path.join(data, 'dossier.json'));
      const again = await runCli(['--data', data, 'init']);
      expect(again.code).toBe(6);
      expect(again.stderr).toContain('checkpoint.skey already exists');
      expect(await fs.readFile(path.join(data, 'keys', 'checkpoint.skey'))).toEqual(key);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
