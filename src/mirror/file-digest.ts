import { createHash } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';

/** A file's SHA-256 and size, streamed. */
export async function fileDigest(file: string): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of fs.createReadStream(file, { highWaterMark: 1 << 20 })) {
    hash.update(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  return { sha256: hash.digest('hex'), size };
}

/** Every regular file under `root`, as paths relative to it with forward slashes. */
export async function listFiles(root: string, under = ''): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await fsp.readdir(under ? `${root}/${under}` : root, { withFileTypes: true })) {
    const relative = under ? `${under}/${entry.name}` : entry.name;
    if (entry.isDirectory()) found.push(...(await listFiles(root, relative)));
    else found.push(relative);
  }
  return found;
}
