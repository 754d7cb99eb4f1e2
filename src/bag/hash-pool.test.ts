import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HashPool } from './hash-pool.js';

describe('HashPool', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'hash-pool-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('gives the same digests as node:crypto for many files at once, and reports every byte hashed', async () => {
    const files = await Promise.all(
      Array.from({ length: 12 }, async (_, i) => {
        const bytes = Buffer.alloc(i * 700_003 + 1, i);
        const file = join(dir, `f${i}`);
        await writeFile(file, bytes);
        return { file, bytes };
      }),
    );
    const pool = new HashPool(2);
    let hashed = 0;
    try {
      const results = await Promise.all(files.map(({ file }) => pool.digest(file, ['sha256', 'sha512'], (n) => (hashed += n))));
      for (const [i, { bytes }] of files.entries()) {
        expect(results[i]!.get('sha256')).toBe(createHash('sha256').update(bytes).digest('hex'));
        expect(results[i]!.get('sha512')).toBe(createHash('sha512').update(bytes).digest('hex'));
      }
    } finally {
      await pool.close();
    }
    expect(hashed).toBe(files.reduce((sum, { bytes }) => sum + bytes.length, 0));
  });

  it('fails the job of a file it cannot read and goes on with the others', async () => {
    await writeFile(join(dir, 'present'), 'here');
    const pool = new HashPool(1);
    try {
      await expect(pool.digest(join(dir, 'absent'), ['sha256'])).rejects.toThrow(/ENOENT/);
      expect((await pool.digest(join(dir, 'present'), ['sha256'])).get('sha256')).toBe(createHash('sha256').update('here').digest('hex'));
    } finally {
      await pool.close();
    }
    await expect(pool.digest(join(dir, 'present'), ['sha256'])).rejects.toThrow(/closed/);
  });
});
