/**
 * Where the mirror suites put a mirror: a temp folder, and a prefix of its own in the test S3 server's bucket
 * without object lock (when that server answers; see blob-stores.ts). Each place is read and damaged here behind
 * the mirror code's back, with fs or a plain S3 client, as a holder would.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { CopyObjectCommand, DeleteObjectCommand, GetObjectCommand, ListObjectsV2Command, PutObjectCommand } from '@aws-sdk/client-s3';
import type { Readable } from 'node:stream';
import { adminClient, emptyPrefix, PLAIN_BUCKET, s3Available } from './blob-stores.js';
import { tempDir } from './dossier.js';

export interface MirrorPlace {
  name: 'folder' | 's3';
  /** What the mirror commands take as DEST. */
  dest: string;
  /** Every key, relative to the mirror, sorted. */
  keys(): Promise<string[]>;
  read(key: string): Promise<Buffer>;
  overwrite(key: string, bytes: Buffer): Promise<void>;
  remove(key: string): Promise<void>;
  /** Something that changes whenever the object is written again. */
  stamp(key: string): Promise<string>;
  /** A copy of the whole mirror, to damage without touching this one. */
  copy(): Promise<MirrorPlace>;
  cleanup(): Promise<void>;
}

export async function folderPlace(root?: string): Promise<MirrorPlace> {
  const parent = root ?? (await tempDir('dossier-mirror-place-'));
  const dest = path.join(parent, 'mirror');
  const walk = async (dir: string, under = ''): Promise<string[]> => {
    const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
    const found: string[] = [];
    for (const entry of entries) {
      const relative = under ? `${under}/${entry.name}` : entry.name;
      if (entry.isDirectory()) found.push(...(await walk(path.join(dir, entry.name), relative)));
      else found.push(relative);
    }
    return found;
  };
  return {
    name: 'folder',
    dest,
    keys: async () => (await walk(dest)).sort(),
    read: (key) => fs.readFile(path.join(dest, key)),
    async overwrite(key, bytes) {
      await fs.mkdir(path.dirname(path.join(dest, key)), { recursive: true });
      await fs.writeFile(path.join(dest, key), bytes);
    },
    remove: (key) => fs.rm(path.join(dest, key)),
    async stamp(key) {
      const stat = await fs.stat(path.join(dest, key));
      return `${stat.ino}:${stat.mtimeMs}`;
    },
    async copy() {
      const other = await folderPlace();
      await fs.cp(dest, other.dest, { recursive: true });
      return other;
    },
    cleanup: () => fs.rm(parent, { recursive: true, force: true }),
  };
}

export function s3Place(): MirrorPlace {
  const prefix = `mirror-${randomBytes(6).toString('hex')}/`;
  const client = adminClient();
  const bucket = PLAIN_BUCKET;
  const keys = async () => {
    const found: string[] = [];
    let token: string | undefined;
    do {
      const page = await client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }));
      found.push(...(page.Contents ?? []).map((o) => o.Key!.slice(prefix.length)));
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    return found.sort();
  };
  return {
    name: 's3',
    dest: `s3://${bucket}/${prefix}`,
    keys,
    async read(key) {
      const answer = await client.send(new GetObjectCommand({ Bucket: bucket, Key: prefix + key }));
      const chunks: Buffer[] = [];
      for await (const chunk of answer.Body as Readable) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
    overwrite: async (key, bytes) => void (await client.send(new PutObjectCommand({ Bucket: bucket, Key: prefix + key, Body: bytes }))),
    remove: async (key) => void (await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: prefix + key }))),
    async stamp(key) {
      const answer = await client.send(new GetObjectCommand({ Bucket: bucket, Key: prefix + key }));
      (answer.Body as Readable).destroy();
      return `${answer.ETag}:${answer.LastModified?.toISOString()}`;
    },
    async copy() {
      const other = s3Place();
      const target = other.dest.slice(`s3://${bucket}/`.length);
      for (const key of await keys()) await client.send(new CopyObjectCommand({ Bucket: bucket, Key: target + key, CopySource: `${bucket}/${prefix}${key}` }));
      return other;
    },
    async cleanup() {
      await emptyPrefix(client, bucket, prefix);
      client.destroy();
    },
  };
}

/** A folder always; an S3 prefix when the test server answers. */
export async function placesUnderTest(): Promise<Array<{ name: 'folder' | 's3'; make: () => Promise<MirrorPlace> }>> {
  const places: Array<{ name: 'folder' | 's3'; make: () => Promise<MirrorPlace> }> = [{ name: 'folder', make: () => folderPlace() }];
  if (await s3Available()) places.push({ name: 's3', make: async () => s3Place() });
  return places;
}
