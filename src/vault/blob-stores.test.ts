// The behaviour every vault owes, run on the file vault and on the S3 vault (a real Ceph RGW) alike.
import { execFileSync, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { once } from 'node:events';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { storesUnderTest, type StoreUnderTest } from '../../test/support/blob-stores.js';
import type { StoredFile } from './blob-store.js';
import { DossierError } from '../common/errors.js';

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

async function* chunksOf(data: Buffer, sizes: number[]): AsyncIterable<Uint8Array> {
  let offset = 0;
  for (let i = 0; offset < data.length; i++) {
    const size = sizes[i % sizes.length]!;
    yield data.subarray(offset, offset + size);
    offset += size;
  }
}

/** A source that reuses one buffer, as readFileChunks does: a store must be done with a chunk before the next. */
async function* reusingOneBuffer(data: Buffer, size: number): AsyncIterable<Uint8Array> {
  const buffer = Buffer.alloc(size);
  for (let offset = 0; offset < data.length; offset += size) {
    const n = data.copy(buffer, 0, offset, offset + size);
    yield buffer.subarray(0, n);
  }
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

async function bytesOf(stream: NodeJS.ReadableStream): Promise<Buffer> {
  return Buffer.concat((await collect(stream as AsyncIterable<Buffer>)) as Buffer[]);
}

const stores = await storesUnderTest();

describe.each(stores)('the $name vault', ({ open }) => {
  let vault: StoreUnderTest;
  let work: string;
  beforeEach(async () => {
    vault = await open();
    work = await fs.mkdtemp(path.join(os.tmpdir(), 'dossier-vault-input-'));
  });
  afterEach(async () => {
    await vault.cleanup();
    await fs.rm(work, { recursive: true, force: true });
  });

  it('stores bytes under their SHA-256 and reads them back', async () => {
    const data = Buffer.from('a video of the strike');
    const stored = await vault.store.put(chunksOf(data, [5]));
    expect(stored).toMatchObject({ sha256: sha256(data), size: data.length, created: true });
    expect(Buffer.from(stored.head).toString()).toBe('a video of the strike');
    expect((await bytesOf(await vault.store.read(stored.sha256))).toString()).toBe('a video of the strike');
    expect(await vault.store.size(stored.sha256)).toBe(data.length);
    expect(await vault.store.has(stored.sha256)).toBe(true);
    expect((await vault.store.stat(stored.sha256)).size).toBe(data.length);
    expect(await collect(vault.store.list())).toEqual([stored.sha256]);
    expect(await vault.leftovers()).toEqual([]);
  });

  it('hashes exactly as sha256sum does, over odd chunk sizes and a reused buffer, across several upload parts', async () => {
    const data = randomBytes(19 * 1024 * 1024 + 17);
    const file = path.join(work, 'input.bin');
    await fs.writeFile(file, data);
    const expected = execFileSync('sha256sum', [file]).toString().split(' ')[0]!;
    const odd = await vault.store.put(chunksOf(data, [1, 4095, 65536, 1 << 20, 333]));
    expect(odd.sha256).toBe(expected);
    expect(odd.head.length).toBe(4100);
    await vault.remove(odd.sha256);
    const reused = await vault.store.put(reusingOneBuffer(data, 1 << 20));
    expect(reused).toMatchObject({ sha256: expected, created: true });
    expect(sha256(await bytesOf(await vault.store.read(expected)))).toBe(expected);
  });

  it('reads one range of a blob (a video player seeking), within its bounds', async () => {
    const data = randomBytes(3 * 1024 * 1024);
    const { sha256: hash } = await vault.store.put(chunksOf(data, [1 << 20]));
    expect((await bytesOf(await vault.store.read(hash, { start: 1_000_000, end: 1_999_999 }))).equals(data.subarray(1_000_000, 2_000_000))).toBe(true);
    expect((await bytesOf(await vault.store.read(hash, { start: data.length - 10, end: data.length + 100 }))).equals(data.subarray(data.length - 10))).toBe(true);
  });

  it('stores the same content once', async () => {
    const data = Buffer.from('the same testimony');
    const first = await vault.store.put(chunksOf(data, [3]));
    const second = await vault.store.put(chunksOf(data, [7]));
    expect([first.created, second.created]).toEqual([true, false]);
    expect(second.sha256).toBe(first.sha256);
    expect(await collect(vault.store.list())).toEqual([first.sha256]);
  });

  it('copies a blob to a new file, never over an existing one, and names a blob that is gone', async () => {
    const data = randomBytes(300_000);
    const { sha256: hash } = await vault.store.put(chunksOf(data, [65536]));
    const copy = path.join(work, 'copy.bin');
    await vault.store.copyTo(hash, copy);
    expect(sha256(await fs.readFile(copy))).toBe(hash);
    await expect(vault.store.copyTo(hash, copy)).rejects.toMatchObject({ code: 'EEXIST' });
    await expect(vault.store.copyTo('0'.repeat(64), path.join(work, 'other.bin'))).rejects.toMatchObject({ code: 'VAULT_BLOB_MISSING' });
  });

  it('names a blob altered behind its back as corrupt, with the hash it has now', async () => {
    const good = await vault.store.put(chunksOf(Buffer.from('untouched'), [9]));
    const bad = await vault.store.put(chunksOf(Buffer.from('to be altered'), [9]));
    const altered = Buffer.from('to be altereD');
    await vault.tamper(bad.sha256, altered);
    const checks = await collect(vault.store.checkAll());
    expect(checks.map((c) => c.sha256).sort()).toEqual([good.sha256, bad.sha256].sort());
    expect(checks.find((c) => c.sha256 === good.sha256)).toMatchObject({ ok: true });
    expect(checks.find((c) => c.sha256 === bad.sha256)).toMatchObject({ sha256: bad.sha256, ok: false, problem: 'corrupt', actualSha256: sha256(altered), path: vault.where(bad.sha256) });
  });

  it('reports a deleted blob as missing', async () => {
    const stored = await vault.store.put(chunksOf(Buffer.from('gone'), [4]));
    await vault.remove(stored.sha256);
    expect(await vault.store.check(stored.sha256)).toMatchObject({ ok: false, problem: 'missing' });
    expect(await vault.store.has(stored.sha256)).toBe(false);
    await expect(vault.store.read(stored.sha256)).rejects.toMatchObject({ code: 'VAULT_BLOB_MISSING' });
    await expect(vault.store.touch(stored.sha256)).rejects.toMatchObject({ code: 'VAULT_BLOB_MISSING' });
  });

  it('replaces a stored copy of the wrong size when the right bytes arrive again', async () => {
    const data = Buffer.from('original bytes');
    const stored = await vault.store.put(chunksOf(data, [14]));
    await vault.tamper(stored.sha256, Buffer.from('trunc'));
    await vault.store.put(chunksOf(data, [14]));
    expect((await bytesOf(await vault.store.read(stored.sha256))).toString()).toBe('original bytes');
    expect(await vault.store.check(stored.sha256)).toMatchObject({ ok: true });
  });

  it('refuses content over the size limit or with an unexpected digest, keeping nothing', async () => {
    const data = Buffer.alloc(10_000, 1);
    await expect(vault.store.put(chunksOf(data, [1000]), { maxBytes: 9_999 })).rejects.toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
    await expect(vault.store.put(chunksOf(data, [1000]), { expectedSha256: '0'.repeat(64) })).rejects.toMatchObject({ code: 'VAULT_BLOB_CORRUPT' });
    expect(await collect(vault.store.list())).toEqual([]);
    expect(await vault.leftovers()).toEqual([]);
    const accepted = await vault.store.put(chunksOf(data, [1000]), { maxBytes: 10_000, expectedSha256: sha256(data) });
    expect(accepted.created).toBe(true);
  });

  it('keeps nothing when the source fails mid-stream, also after several upload parts were sent', async () => {
    async function* failing(): AsyncIterable<Uint8Array> {
      for (let i = 0; i < 20; i++) yield Buffer.alloc(1 << 20, i);
      throw new Error('connection reset');
    }
    await expect(vault.store.put(failing())).rejects.toThrow('connection reset');
    expect(await collect(vault.store.list())).toEqual([]);
    expect(await vault.leftovers()).toEqual([]);
  });

  it('rejects anything but a SHA-256 as a blob address', async () => {
    for (const bad of ['../../etc/passwd', 'A'.repeat(64), 'ab', `${'a'.repeat(62)}/x`]) {
      await expect(vault.store.read(bad)).rejects.toMatchObject({ code: 'VALIDATION_FAILED', details: { field: 'sha256' } });
      await expect(vault.store.check(bad)).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    }
  });

  describe('a local file stored whole', () => {
    it('stores it under the hash sha256sum gives, with its first bytes, once', async () => {
      const file = path.join(work, 'video.mp4');
      await fs.writeFile(file, randomBytes(11 * 1024 * 1024 + 17));
      const stored = await vault.store.putFile(file);
      const expected = execFileSync('sha256sum', [file]).toString().split(' ')[0];
      expect(stored).toMatchObject({ sha256: expected, size: 11 * 1024 * 1024 + 17, created: true });
      expect(Buffer.from(stored.head)).toEqual((await fs.readFile(file)).subarray(0, 4100));
      expect(await vault.store.check(stored.sha256)).toMatchObject({ ok: true });
      expect(await vault.store.putFile(file)).toMatchObject({ sha256: expected, created: false });
    });

    it('refuses a file over the size limit, with another digest, or unreadable, keeping nothing', async () => {
      const file = path.join(work, 'photo.jpg');
      await fs.writeFile(file, Buffer.alloc(10_000, 3));
      await expect(vault.store.putFile(file, { maxBytes: 9_999 })).rejects.toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
      await expect(vault.store.putFile(file, { expectedSha256: '0'.repeat(64) })).rejects.toMatchObject({ code: 'VAULT_BLOB_CORRUPT' });
      await expect(vault.store.putFile(path.join(work, 'gone.jpg'))).rejects.toMatchObject({ code: 'FILE_UNREADABLE', message: expect.stringContaining('gone.jpg') });
      expect(await collect(vault.store.list())).toEqual([]);
      expect(await vault.leftovers()).toEqual([]);
    });

    it('refuses a file that grows while it is stored, keeping nothing', async () => {
      const file = path.join(work, 'recording.mp4');
      await fs.writeFile(file, randomBytes(64 * 1024 * 1024));
      // Another program appends to it all the while (a camera still recording).
      const writer = spawn('sh', ['-c', `while :; do echo more >> '${file}'; done`]);
      try {
        await new Promise((resolve) => setTimeout(resolve, 100));
        await expect(vault.store.putFile(file)).rejects.toMatchObject({ code: 'FILE_UNREADABLE', message: expect.stringContaining('changed while it was read') });
      } finally {
        writer.kill();
        await once(writer, 'exit');
      }
      expect(await collect(vault.store.list())).toEqual([]);
      expect(await vault.leftovers()).toEqual([]);
    });

    it('reads a named pipe as a stream', async () => {
      const fifo = path.join(work, 'pipe');
      execFileSync('mkfifo', [fifo]);
      const data = randomBytes(200_000);
      const writing = fs.writeFile(fifo, data);
      const stored = await vault.store.putFile(fifo);
      await writing;
      expect(stored).toMatchObject({ sha256: sha256(data), size: data.length, created: true });
    });
  });

  it('stores a batch of files at once, telling an unreadable one apart, keeping their times', async () => {
    const files = await Promise.all(
      Array.from({ length: 10 }, async (_, i) => {
        const file = path.join(work, `IMG_${i}.JPG`);
        await fs.writeFile(file, randomBytes(1000 + i));
        return file;
      }),
    );
    const pool = vault.store.filePool();
    try {
      const stored = await pool.storeBatch([...files, path.join(work, 'gone.jpg')].map((f) => Buffer.from(f)));
      for (const [i, file] of files.entries()) {
        const blob = stored[i] as StoredFile;
        expect(blob).toMatchObject({ sha256: sha256(await fs.readFile(file)), created: true, changed: false, modifiedAt: (await fs.stat(file)).mtime.toISOString() });
      }
      expect(stored[10]).toBeInstanceOf(DossierError);
      expect(stored[10]).toMatchObject({ code: 'FILE_UNREADABLE' });
      expect((await collect(vault.store.list())).length).toBe(10);
    } finally {
      await pool.close();
    }
  });
});
