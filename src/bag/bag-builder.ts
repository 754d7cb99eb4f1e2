/**
 * Writes a BagIt 1.0 bag (RFC 8493) into a new directory: payload files are hashed (SHA-256 and SHA-512)
 * while they are written, so the manifests never need a second read of the payload; every file and folder
 * is flushed to disk before finish() returns, and the caller only then moves the bag into place.
 * Pure BagIt: knows nothing of cases or evidence.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fsyncDirectory } from '../common/durable-fs.js';
import { encodeManifestPath, unsafePathReason } from './bag-path.js';
import { HashPool } from './hash-pool.js';
import { DossierError, InvariantError } from '../common/errors.js';

export const BAG_ALGORITHMS = ['sha256', 'sha512'] as const;
type Algorithm = (typeof BAG_ALGORITHMS)[number];

export interface PayloadFile {
  /** Relative to the bag root, starting with "data/". */
  path: string;
  size: number;
  digests: Record<Algorithm, string>;
}

export interface BagInfoField {
  label: string;
  value: string;
}

export interface FinishedBag {
  dir: string;
  /** Every payload file with its digests, in manifest order. */
  payload: PayloadFile[];
  payloadOxum: string;
  payloadFiles: number;
  payloadBytes: number;
  /** SHA-256 of tagmanifest-sha256.txt: one value that fixes every byte of the bag. */
  tagManifestSha256: string;
}

export type Content = Uint8Array | string | AsyncIterable<Uint8Array>;

export class BagBuilder {
  private readonly payload = new Map<string, PayloadFile>();
  private readonly tagFiles = new Map<string, Record<Algorithm, string>>();
  /** Files written and not yet flushed: flushed together at the end, where the disk can batch them. */
  private readonly unflushed: string[] = [];
  /** Payload files copied in whole, hashed together on worker threads when the bag is finished. */
  private readonly copied: string[] = [];
  private finished = false;

  private constructor(readonly dir: string) {}

  /** Creates the bag's directory, which must not exist yet. */
  static async create(dir: string): Promise<BagBuilder> {
    await fs.mkdir(dir);
    await fs.mkdir(path.join(dir, 'data'));
    return new BagBuilder(dir);
  }

  /** Writes one payload file at `relative` (below data/), streaming and hashing; returns its digests. */
  async addPayload(relative: string, content: Content): Promise<PayloadFile> {
    const bagPath = this.checkPayloadPath(relative);
    const { size, digests } = await this.writeHashed(bagPath, content);
    const file = { path: bagPath, size, digests };
    this.payload.set(bagPath, file);
    return file;
  }

  /**
   * Puts a payload file in place by `copy` (for instance a kernel copy from the vault), to be hashed with
   * the other copies on every core when the bag is finished: faster than streaming it through this thread.
   */
  async addCopiedPayload(relative: string, copy: (target: string) => Promise<void>): Promise<void> {
    const bagPath = this.checkPayloadPath(relative);
    const target = path.join(this.dir, ...bagPath.split('/'));
    await fs.mkdir(path.dirname(target), { recursive: true });
    this.payload.set(bagPath, { path: bagPath, size: 0, digests: { sha256: '', sha512: '' } });
    await copy(target);
    this.copied.push(bagPath);
    this.unflushed.push(target);
  }

  private checkPayloadPath(relative: string): string {
    const bagPath = `data/${relative}`;
    const unsafe = unsafePathReason(bagPath);
    if (unsafe) throw new DossierError('BAG_INVALID', `payload path ${JSON.stringify(relative)}: ${unsafe}`, { path: relative });
    if (this.payload.has(bagPath)) throw new DossierError('BAG_INVALID', `payload path ${JSON.stringify(relative)} is written twice`, { path: relative });
    return bagPath;
  }

  /** A tag file of the bag's own (outside data/); listed in the tag manifests. */
  async addTagFile(name: string, content: string): Promise<void> {
    if (name.includes('/') || /^(bagit|bag-info|fetch)\.txt$|^(tag)?manifest-/.test(name)) throw new DossierError('BAG_INVALID', `tag file name ${name} is reserved or not at the bag root`, { path: name });
    this.tagFiles.set(name, (await this.writeHashed(name, content)).digests);
  }

  /** Writes bagit.txt, bag-info.txt (with Payload-Oxum, Bagging-Date and Bag-Size added), the manifests and tag manifests. */
  async finish(info: readonly BagInfoField[], baggingDate: Date = new Date()): Promise<FinishedBag> {
    if (this.finished) throw new InvariantError('the bag is already finished');
    this.finished = true;
    await this.hashCopies();
    const files = [...this.payload.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const payloadBytes = files.reduce((sum, file) => sum + file.size, 0);
    const payloadOxum = `${payloadBytes}.${files.length}`;
    const tagWrites: Array<[string, string]> = [
      ['bagit.txt', 'BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n'],
      [
        'bag-info.txt',
        formatBagInfo([
          ...info,
          { label: 'Bagging-Date', value: baggingDate.toISOString().slice(0, 10) },
          { label: 'Payload-Oxum', value: payloadOxum },
          { label: 'Bag-Size', value: humanSize(payloadBytes) },
        ]),
      ],
      ...BAG_ALGORITHMS.map((algorithm): [string, string] => [`manifest-${algorithm}.txt`, manifestText(files.map((f) => [f.path, f.digests[algorithm]]))]),
    ];
    for (const [name, text] of tagWrites) this.tagFiles.set(name, (await this.writeHashed(name, text)).digests);
    const tagged = [...this.tagFiles.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
    let tagManifestSha256 = '';
    for (const algorithm of BAG_ALGORITHMS) {
      const text = manifestText(tagged.map(([name, digests]) => [name, digests[algorithm]]));
      const { digests } = await this.writeHashed(`tagmanifest-${algorithm}.txt`, text);
      if (algorithm === 'sha256') tagManifestSha256 = digests.sha256;
    }
    await flushFiles(this.unflushed.splice(0));
    await fsyncTree(this.dir);
    return { dir: this.dir, payload: files, payloadOxum, payloadFiles: files.length, payloadBytes, tagManifestSha256 };
  }

  private async hashCopies(): Promise<void> {
    if (this.copied.length === 0) return;
    const pool = new HashPool();
    try {
      await Promise.all(
        this.copied.splice(0).map(async (bagPath) => {
          const target = path.join(this.dir, ...bagPath.split('/'));
          const [digests, stat] = await Promise.all([pool.digest(target, BAG_ALGORITHMS), fs.stat(target)]);
          this.payload.set(bagPath, { path: bagPath, size: stat.size, digests: { sha256: digests.get('sha256')!, sha512: digests.get('sha512')! } });
        }),
      );
    } finally {
      await pool.close();
    }
  }

  private async writeHashed(bagPath: string, content: Content): Promise<{ size: number; digests: Record<Algorithm, string> }> {
    const target = path.join(this.dir, ...bagPath.split('/'));
    await fs.mkdir(path.dirname(target), { recursive: true });
    const hashes = BAG_ALGORITHMS.map((algorithm) => createHash(algorithm));
    const handle = await fs.open(target, 'wx', 0o644);
    let size = 0;
    try {
      const chunks = typeof content === 'string' ? [Buffer.from(content, 'utf8')] : content instanceof Uint8Array ? [content] : content;
      for await (const chunk of chunks) {
        for (const hash of hashes) hash.update(chunk);
        await handle.write(chunk);
        size += chunk.length;
      }
    } finally {
      await handle.close();
    }
    this.unflushed.push(target);
    const [sha256, sha512] = hashes.map((hash) => hash.digest('hex')) as [string, string];
    return { size, digests: { sha256, sha512 } };
  }
}

function manifestText(lines: ReadonlyArray<readonly [string, string]>): string {
  return lines.map(([file, digest]) => `${digest}  ${encodeManifestPath(file)}\n`).join('');
}

/** Label: value lines; a value's own line breaks become continuation lines (RFC 8493 §2.2.2). */
export function formatBagInfo(fields: readonly BagInfoField[]): string {
  return fields
    .map(({ label, value }) => {
      if (!/^[^:\s][^:\r\n]*$/.test(label)) throw new DossierError('BAG_INVALID', `bag-info label ${JSON.stringify(label)} is not a valid label`, { path: 'bag-info.txt', field: label });
      return `${label}: ${value.replace(/\r\n?/g, '\n').split('\n').join('\n  ')}\n`;
    })
    .join('');
}

/** "2.1 GB" style, as BagIt's Bag-Size suggests: for people, not for checking. */
export function humanSize(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return unit === 0 ? `${bytes} bytes` : `${value.toFixed(1)} ${units[unit]}`;
}

/** Files flushed at once. One at a time, each fsync waits for its own journal commit; together they share them. */
const FLUSH_CONCURRENCY = 32;

async function flushFiles(files: readonly string[]): Promise<void> {
  let next = 0;
  const flushOne = async (): Promise<void> => {
    for (let i = next++; i < files.length; i = next++) {
      const handle = await fs.open(files[i]!, 'r');
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(FLUSH_CONCURRENCY, files.length) }, flushOne));
}

/** Flushes every directory of the bag, so its files' names survive a power cut as well as their bytes. */
async function fsyncTree(dir: string): Promise<void> {
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) await fsyncTree(path.join(dir, entry.name));
  }
  await fsyncDirectory(dir);
}
