/**
 * The vaults every blob-store test runs on: the file vault in a temp folder, and the S3 vault on the real S3 server
 * scripts/s3-test-server starts (Ceph RGW), each test under a prefix of its own in the bucket with object lock. With
 * no S3 server answering, the S3 half is said loudly to be skipped, and fails when one is required (.ci/run).
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DeleteObjectCommand, DeleteObjectsCommand, ListMultipartUploadsCommand, ListObjectVersionsCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { BlobStore } from '../../src/vault/blob-store.js';
import { FsBlobStore } from '../../src/vault/fs-blob-store.js';
import { s3Client, S3BlobStore, type S3StoreOptions } from '../../src/vault/s3-blob-store.js';
import { s3VaultSettings, type S3VaultSettings } from '../../src/vault/s3-settings.js';

export interface StoreUnderTest {
  name: 'file' | 's3';
  store: BlobStore;
  /** Overwrites a blob's bytes behind the vault's back (as an intruder or a failing disk would). */
  tamper(sha256: string, bytes: Buffer): Promise<void>;
  /** Deletes a blob behind the vault's back. */
  remove(sha256: string): Promise<void>;
  /** Where check() says the blob is. */
  where(sha256: string): string;
  /** What a store left besides blobs: temp files, temporary objects, unfinished uploads. */
  leftovers(): Promise<string[]>;
  cleanup(): Promise<void>;
}

export const S3_ENDPOINT = process.env.DOSSIER_S3_ENDPOINT;
export const LOCKED_BUCKET = process.env.DOSSIER_S3_TEST_LOCKED_BUCKET ?? 'dossier-test-locked';
export const PLAIN_BUCKET = process.env.DOSSIER_S3_TEST_PLAIN_BUCKET ?? 'dossier-test-plain';

let s3Answer: Promise<boolean> | undefined;

/** Whether the test S3 server answers; throws when it must (DOSSIER_REQUIRE_S3) and does not. */
export async function s3Available(): Promise<boolean> {
  s3Answer ??= (async () => {
    if (!S3_ENDPOINT) return false;
    const store = await S3BlobStore.open(testSettings(LOCKED_BUCKET, 'probe/')).catch(() => undefined);
    store?.close();
    return store !== undefined;
  })();
  const answers = await s3Answer;
  if (!answers && process.env.DOSSIER_REQUIRE_S3) throw new Error(`an S3 server is required (DOSSIER_REQUIRE_S3) but none answers at ${S3_ENDPOINT ?? '(DOSSIER_S3_ENDPOINT unset)'}: start one with scripts/s3-test-server start`);
  if (!answers) {
    const banner = '!'.repeat(78);
    console.warn(`\n${banner}\n!! No S3 server answers (DOSSIER_S3_ENDPOINT=${S3_ENDPOINT ?? ''}):\n!! the S3 half of this suite is NOT RUN. Start one: eval "$(scripts/s3-test-server start)"\n${banner}\n`);
  }
  return answers;
}

export function testSettings(bucket: string, prefix: string): S3VaultSettings {
  return s3VaultSettings(`s3://${bucket}/${prefix}`, process.env);
}

export function adminClient(): S3Client {
  return s3Client(testSettings(LOCKED_BUCKET, ''));
}

/** Removes every version and delete marker under a prefix: what a test left that carries no retention. */
export async function emptyPrefix(client: S3Client, bucket: string, prefix: string): Promise<void> {
  for (;;) {
    const listed = await client.send(new ListObjectVersionsCommand({ Bucket: bucket, Prefix: prefix }));
    const objects = [...(listed.Versions ?? []), ...(listed.DeleteMarkers ?? [])].map((v) => ({ Key: v.Key!, VersionId: v.VersionId }));
    if (objects.length === 0) return;
    // Locked versions refuse; they stay until their (short, test-sized) retention ends.
    await client.send(new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: objects, Quiet: true } })).catch(() => undefined);
    if (!listed.IsTruncated) return;
  }
}

export async function openFileStore(): Promise<StoreUnderTest> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'dossier-vault-'));
  const store = await FsBlobStore.open(root);
  return {
    name: 'file',
    store,
    async tamper(sha256, bytes) {
      const file = store.blobPath(sha256);
      await fs.chmod(file, 0o644);
      await fs.writeFile(file, bytes);
    },
    remove: (sha256) => fs.rm(store.blobPath(sha256)),
    where: (sha256) => store.blobPath(sha256),
    leftovers: () => fs.readdir(path.join(root, 'tmp')),
    cleanup: () => fs.rm(root, { recursive: true, force: true }),
  };
}

export async function openS3Store(options: S3StoreOptions & { bucket?: string } = {}): Promise<StoreUnderTest> {
  const bucket = options.bucket ?? LOCKED_BUCKET;
  const prefix = `test-${randomBytes(6).toString('hex')}/`;
  const store = await S3BlobStore.open(testSettings(bucket, prefix), options);
  const client = adminClient();
  return {
    name: 's3',
    store,
    tamper: async (sha256, bytes) => void (await client.send(new PutObjectCommand({ Bucket: bucket, Key: store.key(sha256), Body: bytes }))),
    remove: async (sha256) => void (await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: store.key(sha256) }))),
    where: (sha256) => store.locate(store.key(sha256)),
    async leftovers() {
      const temps = await client.send(new ListObjectVersionsCommand({ Bucket: bucket, Prefix: `${prefix}tmp/` }));
      const uploads = await client.send(new ListMultipartUploadsCommand({ Bucket: bucket, Prefix: prefix }));
      return [...(temps.Versions ?? []), ...(temps.DeleteMarkers ?? []), ...(uploads.Uploads ?? [])].map((o) => o.Key!);
    },
    async cleanup() {
      store.close();
      await emptyPrefix(client, bucket, prefix);
      client.destroy();
    },
  };
}

/** The file vault always; the S3 vault when its server answers. */
export async function storesUnderTest(): Promise<Array<{ name: 'file' | 's3'; open: () => Promise<StoreUnderTest> }>> {
  const stores: Array<{ name: 'file' | 's3'; open: () => Promise<StoreUnderTest> }> = [{ name: 'file', open: openFileStore }];
  if (await s3Available()) stores.push({ name: 's3', open: () => openS3Store() });
  return stores;
}
