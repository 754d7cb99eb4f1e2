// A case's own retention (issue 17): in an S3 vault with object lock (the real Ceph RGW of scripts/s3-test-server), a
// case set to keep its evidence N days has every object it holds locked in compliance mode that long, and every
// later intake too; the S3 server itself then refuses to delete them. Only ever lengthened; refused in words on a
// local vault; `vault verify` names an object locked for less than its case requires.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { DeleteObjectCommand, HeadObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDossier } from '../src/app/open.js';
import { loadConfig } from '../src/common/config.js';
import { adminClient, emptyPrefix, LOCKED_BUCKET, s3Available } from './support/blob-stores.js';
import { runCli, tempDir } from './support/dossier.js';

const available = await s3Available();
const DAY_MS = 86_400_000;

describe('a case retention on a vault without object lock', () => {
  it('is refused in words, and bad numbers of days are named', async () => {
    const work = await tempDir();
    const cli = (args: string[]) => runCli(['--data', path.join(work, 'data'), ...args]);
    try {
      expect((await cli(['init'])).code).toBe(0);
      expect((await cli(['case', 'create', 'idlib', '--title', 'Idlib'])).code).toBe(0);
      const local = await cli(['case', 'retention', 'idlib', '--days', '30']);
      expect([local.code, local.stderr]).toEqual([4, expect.stringContaining('has no object lock')]);
      for (const bad of ['0', '-3', '1.5', 'ten', '36501']) {
        const refused = await cli(['case', 'retention', 'idlib', '--days', bad]);
        expect([refused.code, refused.stderr], bad).toEqual([2, expect.stringContaining('days: must be a whole number of days from 1 to 36500')]);
      }
      const missing = await cli(['case', 'retention', 'no-such-case', '--days', '30']);
      expect(missing.code).toBe(3);
      // Nothing of the refusals was kept or logged.
      const listed = JSON.parse((await cli(['--json', 'case', 'list'])).stdout) as { retentionDays: number | null }[];
      expect(listed.map((c) => c.retentionDays)).toEqual([null]);
    } finally {
      await fs.rm(work, { recursive: true, force: true });
    }
  }, 60_000);
});

describe.runIf(available)('a case retention in an S3 vault with object lock', () => {
  const prefix = `retain-${randomBytes(6).toString('hex')}`;
  let work: string;
  let data: string;
  const cli = (args: string[]) => runCli(['--data', data, ...args]);
  const key = (sha256: string) => `${prefix}/blobs/sha256/${sha256.slice(0, 2)}/${sha256.slice(2, 4)}/${sha256}`;
  const lockOf = async (sha256: string) => {
    const client = adminClient();
    try {
      const head = await client.send(new HeadObjectCommand({ Bucket: LOCKED_BUCKET, Key: key(sha256) }));
      return { mode: head.ObjectLockMode, until: head.ObjectLockRetainUntilDate?.getTime() ?? 0, versionId: head.VersionId };
    } finally {
      client.destroy();
    }
  };
  const add = async (name: string) => {
    const file = path.join(work, name);
    await fs.writeFile(file, randomBytes(3000));
    const added = await cli(['--json', 'add', file, '--case', 'ghouta']);
    expect(added.code, added.stderr).toBe(0);
    return (JSON.parse(added.stdout) as [{ item: { sha256: string } }])[0].item.sha256;
  };

  beforeAll(async () => {
    work = await tempDir();
    data = path.join(work, 'data');
    const init = await runCli(['--data', data, 'init'], { DOSSIER_VAULT_URL: `s3://${LOCKED_BUCKET}/${prefix}` });
    expect(init.code, init.stderr).toBe(0);
    expect((await cli(['case', 'create', 'ghouta', '--title', 'Eastern Ghouta, 2013'])).code).toBe(0);
  });
  afterAll(async () => {
    // Locked objects stay until their retention ends (a day): the test server's cluster is made for that.
    const client = adminClient();
    await emptyPrefix(client, LOCKED_BUCKET, `${prefix}/`).catch(() => undefined);
    client.destroy();
    await fs.rm(work, { recursive: true, force: true });
  });

  it('locks what the case holds and what it takes in later, so the server refuses to delete it', async () => {
    const before = await add('before.jpg');
    expect((await lockOf(before)).mode).toBeUndefined();

    const set = await cli(['--json', 'case', 'retention', 'ghouta', '--days', '2']);
    expect(set.code, set.stderr).toBe(0);
    expect(JSON.parse(set.stdout)).toMatchObject({ caseId: 'ghouta', retentionDays: 2, objects: 1 });
    const locked = await lockOf(before);
    expect(locked.mode).toBe('COMPLIANCE');
    expect(locked.until).toBeGreaterThan(Date.now() + 2 * DAY_MS - 600_000);

    const after = await add('after.jpg');
    const later = await lockOf(after);
    expect(later.mode).toBe('COMPLIANCE');
    expect(later.until).toBeGreaterThan(Date.now() + 2 * DAY_MS - 600_000);

    // Not Dossier's word for it: the server itself refuses to delete the locked version.
    const client = adminClient();
    const deleting = client.send(new DeleteObjectCommand({ Bucket: LOCKED_BUCKET, Key: key(after), VersionId: later.versionId }));
    await expect(deleting).rejects.toMatchObject({ name: 'AccessDenied' });
    client.destroy();

    const listed = JSON.parse((await cli(['--json', 'case', 'list'])).stdout) as { id: string; retentionDays: number | null }[];
    expect(listed).toEqual([expect.objectContaining({ id: 'ghouta', retentionDays: 2 })]);
    const entries = JSON.parse((await cli(['--json', 'log', 'list'])).stdout) as { action: string; details: Record<string, unknown> }[];
    expect(entries.filter((e) => e.action === 'update' && e.details.kind === 'case')).toEqual([expect.objectContaining({ details: { kind: 'case', retentionDays: 2, objectsLocked: 1 } })]);
    const verify = JSON.parse((await cli(['--json', 'vault', 'verify'])).stdout);
    expect(verify.locks).toMatchObject({ locked: 2, unlocked: [], shortOfCase: [] });
    expect((await cli(['log', 'verify'])).code).toBe(0);
  }, 120_000);

  it('is only ever lengthened', async () => {
    const shorter = await cli(['case', 'retention', 'ghouta', '--days', '1']);
    expect([shorter.code, shorter.stderr]).toEqual([4, expect.stringContaining('only ever lengthened')]);
    const listed = JSON.parse((await cli(['--json', 'case', 'list'])).stdout) as { retentionDays: number | null }[];
    expect(listed[0]!.retentionDays).toBe(2);
  });

  it('has vault verify name an object locked for less than its case requires', async () => {
    // As after a crash between recording a longer period and locking the objects for it.
    const dossier = await openDossier(loadConfig({ data, env: process.env }));
    try {
      await dossier.database.db.updateTable('cases').set({ retention_days: 400 }).where('id', '=', 'ghouta').execute();
    } finally {
      await dossier.close();
    }
    const verify = await cli(['--json', 'vault', 'verify']);
    const short = JSON.parse(verify.stdout).locks.shortOfCase as { caseId: string; required: string; retainUntil: string }[];
    expect(short).toHaveLength(2);
    expect(short.every((s) => s.caseId === 'ghouta' && Date.parse(s.required) > Date.parse(s.retainUntil))).toBe(true);
    expect((await cli(['vault', 'verify'])).stdout).toContain('SHORT ');
  }, 60_000);
});
