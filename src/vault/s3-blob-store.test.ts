// What only the S3 vault does, against the real S3 server (Ceph RGW): object lock enforced by the server itself,
// legal holds, and its failures in words. The behaviour both vaults share is blob-stores.test.ts.
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DeleteObjectCommand, GetObjectRetentionCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { afterEach, describe, expect, it } from 'vitest';
import { adminClient, LOCKED_BUCKET, openS3Store, PLAIN_BUCKET, s3Available, testSettings, type StoreUnderTest } from '../../test/support/blob-stores.js';
import { S3BlobStore } from './s3-blob-store.js';
import { s3VaultSettings } from './s3-settings.js';

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');
const available = await s3Available();

describe.runIf(available)('the S3 vault on a real S3 server', () => {
  const opened: StoreUnderTest[] = [];
  afterEach(async () => {
    for (const vault of opened.splice(0)) await vault.cleanup();
  });
  const open = async (...args: Parameters<typeof openS3Store>) => {
    const vault = await openS3Store(...args);
    opened.push(vault);
    return vault;
  };

  it('locks each evidence object in compliance mode: the server itself refuses to delete it before the date', async () => {
    const vault = await open({ retentionSeconds: 5 });
    const data = Buffer.from('a video the court will need in ten years');
    const before = Date.now();
    const stored = await vault.store.put((async function* () { yield data; })());
    const key = (vault.store as S3BlobStore).key(stored.sha256);
    const client = adminClient();
    try {
      const retention = await client.send(new GetObjectRetentionCommand({ Bucket: LOCKED_BUCKET, Key: key }));
      expect(retention.Retention?.Mode).toBe('COMPLIANCE');
      const until = retention.Retention!.RetainUntilDate!.getTime();
      expect(until).toBeGreaterThanOrEqual(before + 4_000);
      expect(until).toBeLessThanOrEqual(Date.now() + 6_000);
      const check = await vault.store.check(stored.sha256);
      expect(check).toMatchObject({ ok: true, lock: { mode: 'COMPLIANCE', legalHold: false } });
      // Deleting the version itself (not adding a delete marker) is what destroys bytes: refused.
      const versions = await (vault.store as S3BlobStore).versionsOf(stored.sha256);
      await expect(client.send(new DeleteObjectCommand({ Bucket: LOCKED_BUCKET, Key: key, VersionId: versions[0] }))).rejects.toMatchObject({ name: 'AccessDenied' });
      expect(await vault.store.check(stored.sha256)).toMatchObject({ ok: true });
    } finally {
      client.destroy();
    }
  });

  it('locks a file sent in several parts too (the lock is set on the finished object)', async () => {
    // Files over 5 GiB go in parts: the limit lowered, a 20 MiB one does.
    const vault = await open({ retentionSeconds: 5, singlePutLimit: 8 * 1024 * 1024 });
    const work = await fs.mkdtemp(path.join(os.tmpdir(), 'dossier-s3-lock-'));
    try {
      const file = path.join(work, 'long-video.mp4');
      await fs.writeFile(file, randomBytes(20 * 1024 * 1024));
      const stored = await vault.store.putFile(file);
      const client = adminClient();
      try {
        const retention = await client.send(new GetObjectRetentionCommand({ Bucket: LOCKED_BUCKET, Key: (vault.store as S3BlobStore).key(stored.sha256) }));
        expect(retention.Retention?.Mode).toBe('COMPLIANCE');
      } finally {
        client.destroy();
      }
      expect(await vault.store.check(stored.sha256)).toMatchObject({ ok: true, lock: { mode: 'COMPLIANCE' } });
    } finally {
      await fs.rm(work, { recursive: true, force: true });
    }
  });

  it('locks a file sent in one PUT, and refuses one whose bytes changed after they were hashed', async () => {
    const vault = await open({ retentionSeconds: 5 });
    const work = await fs.mkdtemp(path.join(os.tmpdir(), 'dossier-s3-put-'));
    try {
      const file = path.join(work, 'photo.jpg');
      await fs.writeFile(file, randomBytes(3 * 1024 * 1024));
      const stored = await vault.store.putFile(file);
      expect(await vault.store.check(stored.sha256)).toMatchObject({ ok: true, lock: { mode: 'COMPLIANCE' } });
    } finally {
      await fs.rm(work, { recursive: true, force: true });
    }
  });

  it('puts a legal hold on an object and lifts it', async () => {
    const vault = await open();
    const store = vault.store as S3BlobStore;
    const stored = await store.put((async function* () { yield Buffer.from('exhibit P-17'); })());
    await store.setLegalHold(stored.sha256, true);
    expect(await store.check(stored.sha256)).toMatchObject({ ok: true, lock: { legalHold: true } });
    const client = adminClient();
    try {
      const [version] = await store.versionsOf(stored.sha256);
      await expect(client.send(new DeleteObjectCommand({ Bucket: LOCKED_BUCKET, Key: store.key(stored.sha256), VersionId: version }))).rejects.toMatchObject({ name: 'AccessDenied' });
      await store.setLegalHold(stored.sha256, false);
      expect(await store.check(stored.sha256)).toMatchObject({ lock: { legalHold: false } });
    } finally {
      client.destroy();
    }
    await expect(store.setLegalHold('0'.repeat(64), true)).rejects.toMatchObject({ code: 'VAULT_BLOB_MISSING' });
  });

  it('says which objects carry no retention', async () => {
    const vault = await open();
    const stored = await vault.store.put((async function* () { yield Buffer.from('stored before retention was set'); })());
    expect(await vault.store.check(stored.sha256)).toMatchObject({ ok: true, lock: { mode: null, retainUntil: null, legalHold: false } });
  });

  it('names an object overwritten behind its back, even when an older version is intact', async () => {
    const vault = await open();
    const data = Buffer.from('the original testimony');
    const stored = await vault.store.put((async function* () { yield data; })());
    const client = adminClient();
    try {
      await client.send(new PutObjectCommand({ Bucket: LOCKED_BUCKET, Key: (vault.store as S3BlobStore).key(stored.sha256), Body: Buffer.from('a forged testimony!!!') }));
    } finally {
      client.destroy();
    }
    expect(await vault.store.check(stored.sha256)).toMatchObject({ ok: false, problem: 'corrupt', actualSha256: sha256(Buffer.from('a forged testimony!!!')) });
  });

  it('refuses a bucket without object lock when retention is asked, naming the bucket', async () => {
    await expect(S3BlobStore.open(testSettings(PLAIN_BUCKET, 'refused/'), { retentionSeconds: 60 })).rejects.toMatchObject({
      code: 'VAULT_IO',
      message: expect.stringContaining(`the bucket ${PLAIN_BUCKET} has no object lock`),
    });
    const plain = await S3BlobStore.open(testSettings(PLAIN_BUCKET, 'plain/'));
    expect(plain.objectLock).toBe(false);
    plain.close();
  });

  it('says in words when the credentials are wrong, the bucket is missing or the server does not answer', async () => {
    const env = { ...process.env };
    await expect(S3BlobStore.open(s3VaultSettings(`s3://${LOCKED_BUCKET}/x`, { ...env, AWS_SECRET_ACCESS_KEY: 'wrong' }))).rejects.toMatchObject({
      code: 'VAULT_IO',
      message: expect.stringMatching(/refused the credentials/),
    });
    await expect(S3BlobStore.open(s3VaultSettings('s3://no-such-bucket-here/x', env))).rejects.toMatchObject({ code: 'VAULT_IO', message: expect.stringContaining('the bucket does not exist') });
    await expect(S3BlobStore.open(s3VaultSettings(`s3://${LOCKED_BUCKET}/x`, { ...env, DOSSIER_S3_ENDPOINT: 'http://127.0.0.1:9' }))).rejects.toMatchObject({
      code: 'VAULT_UNAVAILABLE',
      message: expect.stringContaining('does not answer'),
    });
  }, 60_000);
});
