import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FsBlobStore } from './fs-blob-store.js';
import type { FileStorePool } from './file-store-pool.js';
import type { StoredFile } from './blob-store.js';

describe('storing files on the vault’s workers', () => {
  let work: string;
  let vault: FsBlobStore;
  let pool: FileStorePool;
  beforeAll(async () => {
    work = await fs.mkdtemp(path.join(os.tmpdir(), 'dossier-file-pool-'));
    vault = await FsBlobStore.open(path.join(work, 'vault'));
    pool = vault.filePool();
  });
  afterAll(async () => {
    await pool.close();
    await fs.rm(work, { recursive: true, force: true });
  });

  it('stores each file at its address, read-only, once; the same bytes again are kept, not stored twice', async () => {
    const files = await Promise.all(
      Array.from({ length: 20 }, async (_, i) => {
        const file = path.join(work, `photo-${i}.jpg`);
        await fs.writeFile(file, `photo ${i % 10}`);
        return file;
      }),
    );
    const stored = await Promise.all(files.map((file) => pool.store(Buffer.from(file))));
    for (const [i, blob] of stored.entries()) {
      expect(blob.sha256).toBe(createHash('sha256').update(`photo ${i % 10}`).digest('hex'));
      expect(blob).toMatchObject({ size: `photo ${i % 10}`.length, changed: false, head: Buffer.from(`photo ${i % 10}`) });
      expect(await fs.readFile(vault.blobPath(blob.sha256), 'utf8')).toBe(`photo ${i % 10}`);
    }
    expect(stored.filter((blob) => blob.created)).toHaveLength(10);
    expect((await fs.stat(vault.blobPath(stored[0]!.sha256))).mode & 0o777).toBe(0o444);
    // Nothing left behind in the vault's temp folder.
    expect((await fs.readdir(path.join(work, 'vault', 'tmp'))).filter((name) => name.startsWith('ingest-'))).toEqual([]);
  });

  it('keeps the times the file had, and refuses an unreadable or missing file by name, placing nothing', async () => {
    const file = path.join(work, 'dated.jpg');
    await fs.writeFile(file, 'dated');
    const when = new Date('2013-03-19T07:00:00.000Z');
    await fs.utimes(file, when, when);
    expect(await pool.store(Buffer.from(file))).toMatchObject({ modifiedAt: when.toISOString() });
    await expect(pool.store(Buffer.from(path.join(work, 'gone.jpg')))).rejects.toMatchObject({ code: 'FILE_UNREADABLE', message: expect.stringContaining('gone.jpg') });
    await expect(pool.store(Buffer.from(work))).rejects.toMatchObject({ code: 'FILE_UNREADABLE' });
  });
});

describe('storing files where the file system cannot be flushed in one call', () => {
  it('fsyncs each file and directory instead, and stores the same', async () => {
    // A newline in the vault's path keeps the one-call flush out (its shell reads paths a line at a time).
    const work = await fs.mkdtemp(path.join(os.tmpdir(), 'dossier-file-pool-\nfallback-'));
    const vault = await FsBlobStore.open(path.join(work, 'vault'));
    const pool = vault.filePool();
    try {
      const files = await Promise.all(
        ['one', 'two', 'one'].map(async (text, i) => {
          const file = path.join(work, `file-${i}`);
          await fs.writeFile(file, text);
          return Buffer.from(file);
        }),
      );
      const stored = await pool.storeBatch([...files, Buffer.from(path.join(work, 'missing'))]);
      for (const [i, text] of ['one', 'two', 'one'].entries()) {
        const blob = stored[i] as StoredFile;
        expect(blob.sha256).toBe(createHash('sha256').update(text).digest('hex'));
        expect(await fs.readFile(vault.blobPath(blob.sha256), 'utf8')).toBe(text);
      }
      expect(stored[3]).toMatchObject({ code: 'FILE_UNREADABLE' });
      expect((await fs.readdir(path.join(work, 'vault', 'tmp'))).filter((name) => name.startsWith('ingest-'))).toEqual([]);
    } finally {
      await pool.close();
      await fs.rm(work, { recursive: true, force: true });
    }
  });
});

