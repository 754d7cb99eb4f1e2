import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS } from '../src/access/permissions.js';
import { CASE_FILE_PATHS } from '../src/bag/case-file-layout.js';
import { createCase } from '../src/cases/cases.js';
import { postComment } from '../src/comments/comments.js';
import { createRecord } from '../src/records/record-store.js';
import { incidentKind } from '../src/incidents/incident-kind.js';
import { newDossier, runCli, tempDir } from './support/dossier.js';

/** `dossier export bag --include-deliberation`: the CLI face of the owner's choice, on a data directory of its own. */
describe('the record of deliberation from the command line', () => {
  let data: string;
  let work: string;
  const cli = (...args: string[]) => runCli(['--data', data, ...args], { DOSSIER_ACTOR: 'cli:owner' });
  const deliberationIn = (bag: string) => path.join(bag, ...CASE_FILE_PATHS.deliberation.split('/'));

  beforeAll(async () => {
    work = await tempDir();
    const dossier = await newDossier();
    data = dossier.config.dataDir;
    await createCase(dossier, 'test:setup', { id: 'aleppo-2016', title: 'Aleppo 2016' });
    const incident = await createRecord({ database: dossier.database, ledger: dossier.ledger, gazetteer: undefined }, incidentKind, 'test:setup', 'aleppo-2016', { title: 'Strike on the M10 hospital', types: ['air_strike'] });
    const author = { actor: 'user:nadia', username: 'nadia', permissions: new Set(ROLE_PERMISSIONS.owner) };
    await postComment({ database: dossier.database, ledger: dossier.ledger }, author, 'aleppo-2016', { subject: incident.id, body: 'The third strike hit the generator.' });
    await dossier.close();
  }, 60_000);
  afterAll(async () => {
    await fs.rm(work, { recursive: true, force: true });
    await fs.rm(data, { recursive: true, force: true });
  });

  it('leaves the discussion out unless --include-deliberation is given, and then carries it', async () => {
    const plain = path.join(work, 'plain');
    expect((await cli('export', 'bag', plain, '--case', 'aleppo-2016')).code).toBe(0);
    await expect(fs.stat(deliberationIn(plain))).rejects.toThrow();

    const chosen = path.join(work, 'chosen');
    const result = await cli('export', 'bag', chosen, '--case', 'aleppo-2016', '--include-deliberation');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('record of deliberation: 1 comment with every revision');
    const record = JSON.parse(await fs.readFile(deliberationIn(chosen), 'utf8')) as { comments: { author: string; revisions: { body: string }[] }[] };
    expect(record.comments).toMatchObject([{ author: 'nadia', revisions: [{ body: 'The third strike hit the generator.' }] }]);
    const verified = await cli('verify', chosen);
    expect(verified.code, verified.stdout).toBe(0);
    expect(verified.stdout).toContain('record of deliberation: 1 of 1 comment revisions make the commitment their entry logged');
  }, 60_000);

  it('refuses it for another profile or format, naming the option, and writes nothing', async () => {
    const partner = path.join(work, 'partner');
    const refused = await cli('export', 'bag', partner, '--case', 'aleppo-2016', '--profile', 'partner', '--include-deliberation');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('includeDeliberation');
    await expect(fs.stat(partner)).rejects.toThrow();
    const json = await cli('export', 'json', '--case', 'aleppo-2016', '--include-deliberation');
    expect(json.code).toBe(2);
    expect(json.stderr).toContain('include-deliberation');
  }, 60_000);
});
