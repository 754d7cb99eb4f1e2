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

  it('copies a blob to a new file, never over an existing one, and names a blob that is gone', async () => {
    const data = randomBytes(300_000);
    const { sha256: hash } = await store.put(chunksOf(data, [65536]));
    const copy = path.join(root, 'copy.bin');
    await store.copyTo(hash, copy);
    expect(sha256(await fs.readFile(copy))).toBe(hash);
    await expect(store.copyTo(hash, copy)).rejects.toMatchObject({ code: 'EEXIST' });
    await expect(store.copyTo('0'.repeat(64), path.join(root, 'other.bin'))).rejects.toMatchObject({ code: 'VAULT_BLOB_MISSING' });
  });

  it('hashes exactly as sha256sum does, over odd chunk sizes', async () => {
    const data = randomBytes(5 * 1024 * 1024 + 17);
    const stored = await store.put(chunksOf(data, [1, 4095, 65536, 1 << 20, 333]));
    const file = path.join(root, 'input.bin');
    await fs.writeFile(file, data);
    expect(stored.sha256).toBe(execFileSync('sha256sum', [file]).toString().split(' ')[0]);
    expect(stored.head.length).toBe(4100);
  });

  it('stores the same content once', async () => {
    const data = Buffer.from('the same testimony');
    const first = await store.put(chunksOf(data, [3]));
    const second = await store.put(chunksOf(data, [7]));
    expect([first.created, second.created]).toEqual([true, false]);
    expect(second.sha256).toBe(first.sha256);
    expect(await collect(store.list())).toEqual([first.sha256]);
  });

  it('names a blob with a flipped byte as corrupt, with the hash it has now', async () => {
    const good = await store.put(chunksOf(Buffer.from('untouched'), [9]));
    const bad = await store.put(chunksOf(Buffer.from('to be altered'), [9]));
    const file = store.blobPath(bad.sha256);
    await fs.chmod(file, 0o644);
    const bytes = await fs.readFile(file);
    bytes[3] = bytes[3]! ^ 0x01;
    await fs.writeFile(file, bytes);
    const checks = await collect(store.checkAll());
    expect(checks.find((c) => c.sha256 === good.sha256)).toMatchObject({ ok: true });
    expect(checks.find((c) => c.sha256 === bad.sha256)).toEqual({ sha256: bad.sha256, ok: false, problem: 'corrupt', actualSha256: sha256(bytes), path: file });
  });

  it('reports a deleted blob as missing', async () => {
    const stored = await store.put(chunksOf(Buffer.from('gone'), [4]));
    await fs.rm(store.blobPath(stored.sha256));
    expect(await store.check(stored.sha256)).toMatchObject({ ok: false, problem: 'missing' });
    expect(await store.has(stored.sha256)).toBe(false);
    await expect(store.read(stored.sha256)).rejects.toMatchObject({ code: 'VAULT_BLOB_MISSING' });
  });

  it('replaces a stored copy of the wrong size when the right bytes arrive again', async () => {
    const data = Buffer.from('original bytes');
    const stored = await store.put(chunksOf(data, [14]));
    const file = store.blobPath(stored.sha256);
    await fs.chmod(file, 0o644);
    await fs.writeFile(file, 'trunc');
    await store.put(chunksOf(data, [14]));
    expect(await fs.readFile(file, 'utf8')).toBe('original bytes');
    expect(await store.check(stored.sha256)).toMatchObject({ ok: true });
  });

  it('refuses content over the size limit or with an unexpected digest, keeping nothing', async () => {
    const data = Buffer.alloc(10_000, 1);
    await expect(store.put(chunksOf(data, [1000]), { maxBytes: 9_999 })).rejects.toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
    await expect(store.put(chunksOf(data, [1000]), { expectedSha256: '0'.repeat(64) })).rejects.toMatchObject({ code: 'VAULT_BLOB_CORRUPT' });
    expect(await collect(store.list())).toEqual([]);
    expect(await tempFiles()).toEqual([]);
    const accepted = await store.put(chunksOf(data, [1000]), { maxBytes: 10_000, expectedSha256: sha256(data) });
    expect(accepted.created).toBe(true);
  });

  it('keeps nothing when the source fails mid-stream', async () => {
    async function* failing(): AsyncIterable<Uint8Array> {
      yield Buffer.alloc(1 << 20, 2);
      throw new Error('connection reset');
    }
    await expect(store.put(failing())).rejects.toThrow('connection reset');
    expect(await collect(store.list())).toEqual([]);
    expect(await tempFiles()).toEqual([]);
  });

  describe('a local file stored whole (copied in the kernel, the copy hashed)', () => {
    it('stores it under the hash sha256sum gives, with its first bytes, once', async () => {
      const file = path.join(root, 'video.mp4');
      await fs.writeFile(file, randomBytes(3 * 1024 * 1024 + 17));
      const stored = await store.putFile(file);
      const expected = execFileSync('sha256sum', [file]).toString().split(' ')[0];
      expect(stored).toMatchObject({ sha256: expected, size: 3 * 1024 * 1024 + 17, created: true });
      expect(Buffer.from(stored.head)).toEqual((await fs.readFile(file)).subarray(0, stored.head.length));
      expect(stored.head.length).toBe(4100);
      expect(await store.check(stored.sha256)).toMatchObject({ ok: true });
      expect((await fs.stat(store.blobPath(stored.sha256))).mode & 0o777).toBe(0o444);
      expect(await store.putFile(file)).toMatchObject({ sha256: expected, created: false });
      expect(await tempFiles()).toEqual([]);
    });

    it('refuses a file over the size limit, with another digest, or unreadable, keeping nothing', async () => {
      const file = path.join(root, 'photo.jpg');
      await fs.writeFile(file, Buffer.alloc(10_000, 3));
      await expect(store.putFile(file, { maxBytes: 9_999 })).rejects.toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
      await expect(store.putFile(file, { expectedSha256: '0'.repeat(64) })).rejects.toMatchObject({ code: 'VAULT_BLOB_CORRUPT' });
      await expect(store.putFile(path.join(root, 'gone.jpg'))).rejects.toMatchObject({ code: 'FILE_UNREADABLE', message: expect.stringContaining('gone.jpg') });
      expect(await collect(store.list())).toEqual([]);
      expect(await tempFiles()).toEqual([]);
    });

    it('refuses a file that grows while it is stored, keeping nothing', async () => {
      const file = path.join(root, 'recording.mp4');
      await fs.writeFile(file, randomBytes(64 * 1024 * 1024));
      // Another program appends to it all the while (a camera still recording).
      const writer = spawn('sh', ['-c', `while :; do echo more >> '${file}'; done`]);
      try {
        await new Promise((resolve) => setTimeout(resolve, 100));
        await expect(store.putFile(file)).rejects.toMatchObject({ code: 'FILE_UNREADABLE', message: expect.stringContaining('changed while it was read') });
      } finally {
        writer.kill();
        await once(writer, 'exit');
      }
      expect(await collect(store.list())).toEqual([]);
      expect(await tempFiles()).toEqual([]);
    });

    it('reads a named pipe as a stream', async () => {
      const fifo = path.join(root, 'pipe');
      execFileSync('mkfifo', [fifo]);
      const data = randomBytes(200_000);
      const writing = fs.writeFile(fifo, data);
      const stored = await store.putFile(fifo);
      await writing;
      expect(stored).toMatchObject({ sha256: sha256(data), size: data.length, created: true });
    });
  });

  it('removes temp files of dead writers on open, and keeps those of live ones', async () => {
    const dead = spawn(process.execPath, ['-e', '']);
    await once(dead, 'exit');
    await fs.writeFile(path.join(root, 'tmp', `ingest-${dead.pid}-abc`), 'partial');
    await fs.writeFile(path.join(root, 'tmp', `ingest-${process.pid}-def`), 'in progress');
    await FsBlobStore.open(root);
    expect(await tempFiles()).toEqual([`ingest-${process.pid}-def`]);
  });

  it('rejects anything but a SHA-256 as a blob address', async () => {
    for (const bad of ['../../etc/passwd', 'A'.repeat(64), 'ab', `${'a'.repeat(62)}/x`]) {
      await expect(store.read(bad)).rejects.toMatchObject({ code: 'VALIDATION_FAILED', details: { field: 'sha256' } });
      await expect(store.check(bad)).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    }
  });

  it('ignores files that are not blobs in their right place', async () => {
    const stored = await store.put(chunksOf(Buffer.from('real'), [4]));
    const dir = path.dirname(store.blobPath(stored.sha256));
    await fs.writeFile(path.join(dir, 'notes.txt'), 'x');
    await fs.writeFile(path.join(dir, 'f'.repeat(64)), 'misplaced');
    expect(await collect(store.list())).toEqual([stored.sha256]);
  });
});
