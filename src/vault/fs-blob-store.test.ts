// What only the file vault does (its layout, file modes, temp files of dead writers); the rest is blob-stores.test.ts.
import { execFileSync, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { once } from 'node:events';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FsBlobStore } from './fs-blob-store.js';

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

async function* chunksOf(data: Buffer, sizes: number[]): AsyncIterable<Uint8Array> {
  let offset = 0;
  for (let i = 0; offset < data.length; i++) {
    const size = sizes[i % sizes.length]!;
    yield data.subarray(offset, offset + size);
    offset += size;
  }
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe('the filesystem vault', () => {
  let root: string;
  let store: FsBlobStore;
  const tempFiles = () => fs.readdir(path.join(root, 'tmp'));

  beforeEach(async () => {
    root = await fs.mkdtemp(path.join(os.tmpdir(), 'dossier-vault-'));
    store = await FsBlobStore.open(root);
  });
  afterEach(() => fs.rm(root, { recursive: true, force: true }));

  it('stores bytes under their SHA-256, read-only, and reads them back', async () => {
    const data = Buffer.from('a video of the strike');
    const stored = await store.put(chunksOf(data, [5]));
    expect(stored).toMatchObject({ sha256: sha256(data), size: data.length, created: true });
    expect(Buffer.from(stored.head).toString()).toBe('a video of the strike');
    const file = store.blobPath(stored.sha256);
    expect(file).toBe(path.join(root, 'blobs/sha256', stored.sha256.slice(0, 2), stored.sha256.slice(2, 4), stored.sha256));
    expect((await fs.stat(file)).mode & 0o777).toBe(0o444);
    const read = await collect(await store.read(stored.sha256));
    expect(Buffer.concat(read as Buffer[]).toString()).toBe('a video of the strike');
    expect(await store.size(stored.sha256)).toBe(data.length);
    expect(await tempFiles()).toEqual([]);
  });

  it('removes temp files of dead writers on open, and keeps those of live ones', async () => {
    const dead = spawn(process.execPath, ['-e', '']);
    await once(dead, 'exit');
    await fs.writeFile(path.join(root, 'tmp', `ingest-${dead.pid}-abc`), 'partial');
    await fs.writeFile(path.join(root, 'tmp', `ingest-${process.pid}-def`), 'in progress');
    await FsBlobStore.open(root);
    expect(await tempFiles()).toEqual([`ingest-${process.pid}-def`]);
  });

  it('ignores files that are not blobs in their right place', async () => {
    const stored = await store.put(chunksOf(Buffer.from('real'), [4]));
    const dir = path.dirname(store.blobPath(stored.sha256));
    await fs.writeFile(path.join(dir, 'notes.txt'), 'x');
    await fs.writeFile(path.join(dir, 'f'.repeat(64)), 'misplaced');
    expect(await collect(store.list())).toEqual([stored.sha256]);
  });
});
