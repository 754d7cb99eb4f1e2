import fs from 'node:fs/promises';
import path from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from './support/dossier.js';

/** Every package.json below node_modules, nested ones included. */
async function installedPackages(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await fs.readdir(dir, { withFileTypes: true }).catch(() => [])) {
    if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
    const folder = path.join(dir, entry.name);
    if (entry.name.startsWith('@')) {
      found.push(...(await installedPackages(folder)));
      continue;
    }
    found.push(path.join(folder, 'package.json'));
    found.push(...(await installedPackages(path.join(folder, 'node_modules'))));
  }
  return found;
}

describe('the Node version the README and package.json name', () => {
  it('is one every installed package says it supports (npm ci gives no engine warning)', async () => {
    const ours = JSON.parse(await fs.readFile(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { engines: { node: string } };
    const oldest = semver.minVersion(ours.engines.node)!.version;
    const refusing: string[] = [];
    for (const file of await installedPackages(path.join(PROJECT_ROOT, 'node_modules'))) {
      const manifest = JSON.parse(await fs.readFile(file, 'utf8').catch(() => '{}')) as { name?: string; version?: string; engines?: { node?: string } };
      const wanted = manifest.engines?.node;
      if (wanted && semver.validRange(wanted) && !semver.satisfies(oldest, wanted)) refusing.push(`${manifest.name}@${manifest.version} wants node ${wanted}`);
    }
    expect(refusing).toEqual([]);
  });
});
