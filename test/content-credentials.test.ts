/**
 * Content credentials kept with their items on SQLite and PostgreSQL: read by the examiner's step after intake,
 * read again without doubling, refused above the size bound without copying; and the CLI's
 * `evidence credentials --json` and `evidence show` on the built program.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dossier } from '../src/app/open.js';
import { createCase } from '../src/cases/cases.js';
import type { ContentCredentialsReport } from '../src/evidence/content-credentials.js';
import { getEvidenceCredentials, readEvidenceCredentials } from '../src/evidence/evidence-credentials.js';
import { ingestEvidence } from '../src/evidence/evidence.js';
import { EvidenceExaminer } from '../src/evidence/examinations.js';
import { newDossier, PROJECT_ROOT, runCli, tempDir } from './support/dossier.js';
import { enginesUnderTest } from './support/engines.js';

const FIXTURES = path.join(PROJECT_ROOT, 'test/fixtures/c2pa');
const engines = await enginesUnderTest();

describe.each(engines)('content credentials kept with their items on $name', (engine) => {
  let dossier: Dossier;
  let examiner: EvidenceExaminer;
  const deps = () => ({ database: dossier.database, vault: dossier.vault, ledger: dossier.ledger, tmpDir: `${dossier.config.dataDir}/tmp` });
  const ingest = async (name: string) =>
    (await ingestEvidence(dossier, 'test:analyst', { caseId: 'photos', originalName: name, content: [await fs.readFile(path.join(FIXTURES, name))] })).item;

  beforeAll(async () => {
    dossier = await newDossier(await engine.createDatabase());
    await createCase(dossier, 'test:owner', { id: 'photos', title: 'Photos' });
    examiner = new EvidenceExaminer(deps());
  });
  afterAll(async () => {
    await examiner.close();
    await dossier.close();
    await engine.dropAll();
    await fs.rm(dossier.config.dataDir, { recursive: true, force: true });
  });

  it('reads each photo through the examiner’s credentials step and keeps the verdict with it', async () => {
    const step = examiner.step('credentials');
    expect(step.applies('image/jpeg') && step.applies('video/mp4')).toBe(true);
    expect(step.applies('application/pdf')).toBe(false);
    const verdicts: Record<string, string> = {};
    for (const name of ['CA.jpg', 'XCA.jpg', 'E-sig-CA.jpg', 'no_manifest.jpg']) {
      const item = await ingest(name);
      await step.run(item, 'photos', 'test:analyst');
      const stored = await getEvidenceCredentials(dossier.database, item.id);
      expect(stored?.tool).toBe('@trustnxt/c2pa-ts 0.9.4');
      verdicts[name] = stored!.report.state;
      if (name === 'XCA.jpg') expect(stored!.report.failures.map((f) => f.code)).toEqual(['assertion.dataHash.mismatch']);
    }
    expect(verdicts).toEqual({ 'CA.jpg': 'valid', 'XCA.jpg': 'invalid', 'E-sig-CA.jpg': 'invalid', 'no_manifest.jpg': 'none' });
  });

  it('reads again in place of the last reading, and refuses an item above the bound', async () => {
    const item = await ingest('C.jpg');
    await readEvidenceCredentials(deps(), item);
    const refused = await readEvidenceCredentials(deps(), item, { maxBytes: 1024 });
    expect(refused.report).toMatchObject({ state: 'unreadable', reason: expect.stringContaining('not checked'), reasonWording: { code: 'credentials.tooLargeToHold', values: { max: 1024 } } });
    const rows = await dossier.database.db.selectFrom('evidence_credentials').select(['state']).where('evidence_id', '=', item.id).execute();
    expect(rows).toEqual([{ state: 'unreadable' }]);
    expect((await readEvidenceCredentials(deps(), item)).report.state).toBe('valid');
    expect((await getEvidenceCredentials(dossier.database, item.id))?.report.activeManifest?.title).toBe('C.jpg');
  });
});

describe('the credentials of a case’s photos from the CLI', () => {
  let work: string;
  let data: string;

  beforeAll(async () => {
    work = await tempDir('dossier-credentials-');
    data = path.join(work, 'data');
    const photos = path.join(work, 'photos');
    await fs.mkdir(photos);
    for (const name of ['CA.jpg', 'XCA.jpg', 'no_manifest.jpg']) await fs.copyFile(path.join(FIXTURES, name), path.join(photos, name));
    // Not an image: left out of the reading.
    await fs.writeFile(path.join(photos, 'notes.txt'), 'seen at the market\n');
    expect((await runCli(['--data', data, 'init'])).code).toBe(0);
    expect((await runCli(['--data', data, 'case', 'create', 'c', '--title', 'Photos'])).code).toBe(0);
    expect((await runCli(['--data', data, 'add', photos, '--case', 'c'])).code).toBe(0);
  });
  afterAll(async () => {
    await fs.rm(work, { recursive: true, force: true });
  });

  it('reports each photo’s verdict as JSON, and shows it with the item in words', async () => {
    const run = await runCli(['--data', data, '--json', 'evidence', 'credentials', '--case', 'c']);
    expect(run.code, run.stderr).toBe(0);
    const results = JSON.parse(run.stdout) as { id: string; name: string; report: ContentCredentialsReport }[];
    const byName = new Map(results.map((result) => [result.name, result]));
    expect([...byName.keys()].sort()).toEqual(['CA.jpg', 'XCA.jpg', 'no_manifest.jpg']);
    expect(byName.get('CA.jpg')?.report).toMatchObject({ state: 'valid', trust: 'untrusted', activeManifest: { title: 'CA.jpg', ingredients: [{ title: 'A.jpg', relationship: 'parentOf' }] } });
    expect(byName.get('XCA.jpg')?.report).toMatchObject({ state: 'invalid', failures: [{ code: 'assertion.dataHash.mismatch' }] });
    expect(byName.get('no_manifest.jpg')?.report.state).toBe('none');

    const shown = await runCli(['--data', data, 'evidence', 'show', byName.get('XCA.jpg')!.id]);
    expect(shown.code, shown.stderr).toBe(0);
    expect(shown.stdout).toContain('content credentials: (@trustnxt/c2pa-ts 0.9.4');
    expect(shown.stdout).toContain('INVALID content credentials: 1 check failed;');
    expect(shown.stdout).toContain('failed:    the file’s bytes changed after signing');
    expect(shown.stdout).toContain('not on any trust list Dossier checks');

    const words = await runCli(['--data', data, 'evidence', 'credentials', '--case', 'c', byName.get('CA.jpg')!.id]);
    expect(words.stdout).toContain('Valid structure and signature, signer untrusted');
    expect(words.stdout).toContain('ingredient: A.jpg (image/jpeg), parentOf, no content credentials of its own');
  });
});
