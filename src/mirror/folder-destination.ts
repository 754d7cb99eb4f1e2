/**
 * A mirror in a folder. Every file lands under a temp name in its own folder, is fsynced and renamed, so a holder
 * never sees half of one under its final name, and a power cut leaves the old file or the new.
 */
import { randomBytes } from 'node:crypto';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { fsyncDirectory } from '../common/durable-fs.js';
import { DossierError, invalidField } from '../common/errors.js';
import type { MirrorDestination } from './destination.js';

/** What a write cut off leaves; the next push's prune removes it. */
export const TEMP_SUFFIX = '.tmp';

export class FolderDestination implements MirrorDestination {
  readonly where: string;

  constructor(private readonly root: string) {
    this.where = root;
  }

  async read(key: string): Promise<Buffer | undefined> {
    return fsp.readFile(this.file(key)).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw unreadable(this.file(key), error);
    });
  }

  async readStream(key: string): Promise<AsyncIterable<Uint8Array> | undefined> {
    const file = this.file(key);
    // Opened first, so that a missing file is told here rather than as the stream's first error.
    const handle = await fsp.open(file, 'r').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT' || error.code === 'EISDIR') return undefined;
      throw unreadable(file, error);
    });
    if (!handle) return undefined;
    if (!(await handle.stat()).isFile()) {
      await handle.close();
      return undefined;
    }
    return handle.createReadStream({ highWaterMark: 1 << 20 });
  }

  async write(key: string, source: AsyncIterable<Uint8Array> | Uint8Array): Promise<void> {
    const file = this.file(key);
    await fsp.mkdir(path.dirname(file), { recursive: true });
    const temp = `${file}.${process.pid}-${randomBytes(4).toString('hex')}${TEMP_SUFFIX}`;
    const handle = await fsp.open(temp, 'w', 0o644);
    try {
      for await (const chunk of source instanceof Uint8Array ? [source] : source) await handle.write(chunk);
      await handle.sync();
    } catch (error) {
      await handle.close();
      await fsp.rm(temp, { force: true });
      throw error;
    }
    await handle.close();
    await fsp.rename(temp, file);
    await fsyncDirectory(path.dirname(file));
  }

  async size(key: string): Promise<number | undefined> {
    const stat = await fsp.stat(this.file(key)).catch(() => undefined);
    return stat?.isFile() ? stat.size : undefined;
  }

  async *list(under = ''): AsyncIterable<string> {
    yield* this.walk(under);
  }

  async remove(key: string): Promise<void> {
    await fsp.rm(this.file(key), { force: true });
    // Folders a push made and no longer holds anything go too (a state folder of an old push); never the root.
    for (let dir = path.dirname(key); dir !== '.' && dir !== ''; dir = path.dirname(dir)) {
      if (!(await fsp.rmdir(path.join(this.root, dir)).then(() => true, () => false))) break;
    }
  }

  close(): void {}

  /** A key's file, never outside the mirror's folder: keys come from manifests a holder could have written. */
  private file(key: string): string {
    const file = path.resolve(this.root, key);
    if (file !== path.resolve(this.root) && !file.startsWith(path.resolve(this.root) + path.sep)) {
      throw new DossierError('MIRROR_INVALID', `the mirror names a file outside its folder: ${key}`, { file: key });
    }
    return file;
  }

  private async *walk(under: string): AsyncIterable<string> {
    const dir = under ? path.join(this.root, under) : this.root;
    const entries = await fsp.readdir(dir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [];
      if (error.code === 'ENOTDIR') throw invalidField('DEST', `${dir} is a file, not a folder`, dir);
      throw unreadable(dir, error);
    });
    for (const entry of entries) {
      const relative = under ? `${under}/${entry.name}` : entry.name;
      if (entry.isDirectory()) yield* this.walk(relative);
      else yield relative;
    }
  }
}

function unreadable(file: string, error: NodeJS.ErrnoException): DossierError {
  return new DossierError('FILE_UNREADABLE', `cannot read ${file}: ${error.code ?? error.message}`, { path: file }, { cause: error });
}

