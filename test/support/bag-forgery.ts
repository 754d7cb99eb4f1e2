import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

async function filesUnder(dir: string, prefix: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await fs.readdir(path.join(dir, prefix), { withFileTypes: true })) {
    const relative = `${prefix}/${entry.name}`;
    if (entry.isDirectory()) out.push(...(await filesUnder(dir, relative)));
    else out.push(relative);
  }
  return out.sort();
}

async function digestOf(file: string, algorithm: string): Promise<string> {
  return createHash(algorithm).update(await fs.readFile(file)).digest('hex');
}

/**
 * What a careful forger does after changing a bag: recomputes every payload manifest, Payload-Oxum and
 * the tag manifests, so that a plain BagIt check passes again. Only Dossier's own checks remain.
 */
export async function rewriteManifests(bagDir: string): Promise<void> {
  const payload = await filesUnder(bagDir, 'data');
  const root = await fs.readdir(bagDir);
  for (const name of root) {
    const algorithm = /^manifest-(\w+)\.txt$/.exec(name)?.[1];
    if (!algorithm) continue;
    const lines = await Promise.all(payload.map(async (file) => `${await digestOf(path.join(bagDir, file), algorithm)}  ${file}\n`));
    await fs.writeFile(path.join(bagDir, name), lines.join(''));
  }
  let octets = 0;
  for (const file of payload) octets += (await fs.stat(path.join(bagDir, file))).size;
  const info = await fs.readFile(path.join(bagDir, 'bag-info.txt'), 'utf8');
  await fs.writeFile(path.join(bagDir, 'bag-info.txt'), info.replace(/^Payload-Oxum: .*$/m, `Payload-Oxum: ${octets}.${payload.length}`));
  for (const name of root) {
    const algorithm = /^tagmanifest-(\w+)\.txt$/.exec(name)?.[1];
    if (!algorithm) continue;
    const tagFiles = root.filter((file) => /^(bagit|bag-info)\.txt$|^manifest-\w+\.txt$/.test(file)).sort();
    const lines = await Promise.all(tagFiles.map(async (file) => `${await digestOf(path.join(bagDir, file), algorithm)}  ${file}\n`));
    await fs.writeFile(path.join(bagDir, name), lines.join(''));
  }
}
