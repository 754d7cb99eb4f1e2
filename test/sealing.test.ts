import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDossier, type Dossier } from '../src/app/open.js';
import { createAccount } from '../src/access/accounts.js';
import { createCase } from '../src/cases/cases.js';
import { isDossierError } from '../src/common/errors.js';
import { readRestricted, createRecord, updateRecord } from '../src/records/record-store.js';
import { auditRevisions } from '../src/records/revisions-audit.js';
import { MASTER_KEY_FILE } from '../src/sealing/master-key.js';
import { siteKind } from '../src/sites/site-kind.js';
import { sourceKind } from '../src/sources/source-kind.js';
import { newDossier, runCli } from './support/dossier.js';

const witness = { name: 'Witness W-12', sourceType: 'witness', reliability: 'C', partyToConflict: 'no', protectionLevel: 'restricted' } as const;

describe('sealed restricted fields and their keys', () => {
  let dossier: Dossier;
  const deps = () => ({ database: dossier.database, ledger: dossier.ledger, keyring: dossier.keyring });

  beforeAll(async () => {
    dossier = await newDossier();
    await createCase(dossier, 'test:a', { id: 'sealed', title: 'Sealed' });
  });
  afterAll(async () => {
    await dossier.close();
    await fs.rm(dossier.config.dataDir, { recursive: true, force: true });
  });

  it('keeps the master key in a 0600 file of the data directory, apart from the database', async () => {
    const stat = await fs.stat(path.join(dossier.config.dataDir, MASTER_KEY_FILE));
    expect(stat.mode & 0o777).toBe(0o600);
  });

  it('replaces the restricted part whole, removes it with null, keeps it when a patch leaves it out', async () => {
    const source = await createRecord(deps(), sourceKind, 'test:a', 'sealed', { ...witness, restricted: { fullName: 'First Name', contact: 'one' } });
    expect(source.hasRestricted).toBe(true);
    expect(source).not.toHaveProperty('restricted');
    await updateRecord(deps(), sourceKind, 'test:a', source.id, { description: 'Re-interviewed' });
    expect((await readRestricted(deps(), sourceKind, 'test:a', source.id, 'sealed')).restricted).toEqual({ fullName: 'First Name', contact: 'one' });
    await updateRecord(deps(), sourceKind, 'test:a', source.id, { restricted: { fullName: 'Second Name' } });
    expect((await readRestricted(deps(), sourceKind, 'test:a', source.id, 'sealed')).restricted).toEqual({ fullName: 'Second Name' });
    const removed = await updateRecord(deps(), sourceKind, 'test:a', source.id, { restricted: null });
    expect(removed.hasRestricted).toBeUndefined();
    expect(await readRestricted(deps(), sourceKind, 'test:a', source.id, 'sealed')).toMatchObject({ restricted: null, rev: 4 });
    expect((await auditRevisions(dossier.database.db)).problems).toEqual([]);
  });

  it('refuses an unknown restricted field, naming it', async () => {
    const error = await createRecord(deps(), sourceKind, 'test:a', 'sealed', { ...witness, restricted: { shoeSize: 9 } }).catch((e: unknown) => e);
    expect(isDossierError(error, 'VALIDATION_FAILED') && error.details.field).toBe('restricted.shoeSize');
  });

  it('names a sealed value moved onto another record, or edited, in the revisions audit', async () => {
    const a = await createRecord(deps(), siteKind, 'test:a', 'sealed', { name: 'Field hospital A', place: { precision: 'admin2', pcodes: { admin2: 'SY0300' } }, protectedSite: true, restricted: { exactLocation: { lat: 33.5, lon: 36.4 } } });
    const b = await createRecord(deps(), siteKind, 'test:a', 'sealed', { name: 'Field hospital B', place: { precision: 'admin2', pcodes: { admin2: 'SY0300' } }, protectedSite: true, restricted: { exactLocation: { lat: 33.6, lon: 36.3 } } });
    const sealedA = (await dossier.database.db.selectFrom('records').select('sealed').where('id', '=', a.id).executeTakeFirstOrThrow()).sealed!;
    await dossier.database.db.updateTable('records').set({ sealed: sealedA }).where('id', '=', b.id).execute();
    await dossier.database.db.updateTable('record_revisions').set({ sealed: sealedA }).where('record_id', '=', b.id).execute();
    // It does not open as B's (the record is part of what was encrypted), and the ledger names it.
    await expect(readRestricted(deps(), siteKind, 'test:a', b.id, 'sealed')).rejects.toThrow(/does not open/);
    expect((await auditRevisions(dossier.database.db)).problems).toEqual([{ record: `site:${b.id}@1`, problem: 'restricted part differs from what was logged' }]);
  });

  it('rotates the master key through the CLI and opens every sealed value with the new one only', async () => {
    const source = await createRecord(deps(), sourceKind, 'test:a', 'sealed', { ...witness, restricted: { fullName: 'Before Rotation' } });
    const account = await createAccount(dossier.database.db, 'test:a', { username: 'totp-user', password: 'a long enough password' });
    await dossier.database.writeTransaction(async (trx) => trx.updateTable('users').set({ totp_secret: await dossier.keyring.sealAccountSecret(trx, account.id, 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP') }).where('id', '=', account.id).execute());
    const dataDir = dossier.config.dataDir;
    const oldKey = await fs.readFile(path.join(dataDir, MASTER_KEY_FILE), 'utf8');
    await dossier.close();
    const rotated = await runCli(['--data', dataDir, '--json', 'keys', 'rotate-master']);
    expect(rotated.code, rotated.stderr).toBe(0);
    expect(JSON.parse(rotated.stdout)).toMatchObject({ rewrapped: 1 });
    const newKey = await fs.readFile(path.join(dataDir, MASTER_KEY_FILE), 'utf8');
    expect(newKey).not.toBe(oldKey);
    const caseKey = await runCli(['--data', dataDir, '--json', 'keys', 'rotate-case', 'sealed']);
    expect(JSON.parse(caseKey.stdout)).toEqual({ case: 'sealed', version: 2 });

    dossier = await openDossier(dossier.config);
    expect((await readRestricted(deps(), sourceKind, 'test:a', source.id, 'sealed')).restricted).toEqual({ fullName: 'Before Rotation' });
    const after = await createRecord(deps(), sourceKind, 'test:a', 'sealed', { ...witness, restricted: { fullName: 'After Rotation' } });
    const sealed = (await dossier.database.db.selectFrom('records').select('sealed').where('id', '=', after.id).executeTakeFirstOrThrow()).sealed!;
    expect(sealed.startsWith('v1.2.')).toBe(true);
    const totpSealed = (await dossier.database.db.selectFrom('users').select('totp_secret').where('id', '=', account.id).executeTakeFirstOrThrow()).totp_secret!;
    expect(dossier.keyring.openAccountSecret(account.id, totpSealed)).toBe('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP');
    await dossier.close();

    // With the old master key, the case keys do not open, and the error says which key is expected.
    process.env.DOSSIER_MASTER_KEY = oldKey.trim();
    try {
      dossier = await openDossier(dossier.config);
      await expect(readRestricted(deps(), sourceKind, 'test:a', source.id, 'sealed')).rejects.toThrow(/wrapped by master key [0-9a-f]{16}, but DOSSIER_MASTER_KEY holds master key [0-9a-f]{16}: set DOSSIER_MASTER_KEY to key/);
    } finally {
      delete process.env.DOSSIER_MASTER_KEY;
    }
    await dossier.close();
    dossier = await openDossier(dossier.config);
  });
});
