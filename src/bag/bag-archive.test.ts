import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import tarStream from 'tar-stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packBag, unpackBag } from './bag-archive.js';

async function writeTar(file: string, entries: Array<{ name: string; type?: 'file' | 'symlink'; linkname?: string; body?: string }>): Promise<void> {
  const pack = tarStream.pack();
  const done = pipeline(pack, createWriteStream(file));
  for (const entry of entries) pack.entry({ name: entry.name, type: entry.type ?? 'file', ...(entry.linkname ? { linkname: entry.linkname } : {}) }, entry.body ?? '');
  pack.finalize();
  await done;
}

describe('bag archives', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'bag-archive-'));
    await mkdir(join(dir, 'bag/data/sub'), { recursive: true });
    await writeFile(join(dir, 'bag/bagit.txt'), 'BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n');
    await writeFile(join(dir, 'bag/data/sub/file.txt'), 'payload');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('packs a bag into .zip and .tar under one folder named after the archive, and unpacks it whole', async () => {
    for (const format of ['zip', 'tar'] as const) {
      const archive = join(dir, `case-7.${format}`);
      await packBag(join(dir, 'bag'), archive, format);
      const root = await unpackBag(archive, join(dir, `out-${format}`));
      expect(root).toBe(join(dir, `out-${format}`, 'case-7'));
      expect((await readdir(root)).sort()).toEqual(['bagit.txt', 'data']);
      expect(await readdir(join(root, 'data/sub'))).toEqual(['file.txt']);
    }
  });

  it('refuses to pack over an existing file', async () => {
    await writeFile(join(dir, 'taken.zip'), 'x');
    await expect(packBag(join(dir, 'bag'), join(dir, 'taken.zip'), 'zip')).rejects.toThrow(/EEXIST/);
  });

  it('refuses archive entries that climb out of the folder or are links, before writing them', async () => {
    await writeTar(join(dir, 'climb.tar'), [{ name: 'bag/bagit.txt' }, { name: 'bag/../../evil.txt', body: 'x' }]);
    await expect(unpackBag(join(dir, 'climb.tar'), join(dir, 'climb'))).rejects.toThrow(/"\.\." segment/);
    await writeTar(join(dir, 'link.tar'), [{ name: 'bag/data/passwd', type: 'symlink', linkname: '/etc/passwd' }]);
    await expect(unpackBag(join(dir, 'link.tar'), join(dir, 'link'))).rejects.toThrow(/symlink; a bag holds only files/);
    await writeTar(join(dir, 'two-roots.tar'), [{ name: 'one/bagit.txt' }, { name: 'two/bagit.txt' }]);
    await expect(unpackBag(join(dir, 'two-roots.tar'), join(dir, 'two'))).rejects.toThrow(/neither bagit\.txt nor a single bag folder/);
  });
});
