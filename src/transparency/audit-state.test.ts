import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isDossierError } from '../common/errors.js';
import { defaultStateFile, readAuditState, writeAuditState } from './audit-state.js';

const KEY = 'dossier.example/ledger+8a3f21c0+AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA=';
const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'dossier-audit-state-'));
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

describe('what an auditor keeps between runs', () => {
  it('keeps one file a log key under the cache directory, named by the key so two logs never share one', () => {
    const file = defaultStateFile(KEY, { XDG_CACHE_HOME: '/var/cache/auditor' });
    expect(file).toMatch(/^\/var\/cache\/auditor\/dossier\/log-audit\/dossier\.example_ledger-[0-9a-f]{16}\.json$/);
    expect(defaultStateFile(`${KEY.slice(0, -2)}B=`, { XDG_CACHE_HOME: '/var/cache/auditor' })).not.toBe(file);
    expect(defaultStateFile(KEY, {})).toBe(path.join(os.homedir(), '.cache', path.relative('/var/cache/auditor', file)));
  });

  it('reads back the head it wrote, and nothing when it has none yet', async () => {
    const file = path.join(dir, 'nested', 'state.json');
    expect(await readAuditState(file)).toBeUndefined();
    const head = { origin: 'dossier.example/ledger', treeSize: 42, rootHash: 'q83vEjRWeJA=', checkpoint: 'dossier.example/ledger\n42\nq83vEjRWeJA=\n' };
    await writeAuditState(file, head);
    expect(await readAuditState(file)).toEqual(head);
    expect((await fs.stat(file)).mode & 0o777).toBe(0o600);
  });

  it('refuses a file it did not write rather than audit from a wrong head', async () => {
    for (const [name, text] of [['bad-json', '{'], ['negative', '{"origin":"o","treeSize":-1,"rootHash":"r","checkpoint":"c"}'], ['no-root', '{"origin":"o","treeSize":1,"checkpoint":"c"}'], ['null', 'null']] as const) {
      const file = path.join(dir, `${name}.json`);
      await fs.writeFile(file, text);
      const refused = await readAuditState(file).catch((error: unknown) => error);
      expect(isDossierError(refused, 'FILE_UNREADABLE'), name).toBe(true);
    }
  });
});
