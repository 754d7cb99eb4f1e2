import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PinnedAnalysis } from '../src/analysis/analysis-result.js';
import { pinAnalysis, getPinnedAnalysis } from '../src/analysis/pinned-analyses.js';
import { runAnalysis } from '../src/analysis/run-analysis.js';
import { DEMO_CASE_ID, seedDemoCase } from '../src/app/demo/demo-case.js';
import type { Dossier } from '../src/app/open.js';
import { analysisPath, CASE_FILE_PATHS } from '../src/bag/case-file-layout.js';
import { verifyCaseFile } from '../src/bag/verify-case-file.js';
import { exportCaseFile } from '../src/case-file/export-case-file.js';
import { rewriteManifests } from './support/bag-forgery.js';
import { newDossier, tempDir } from './support/dossier.js';

describe('pinned analyses in a case file', () => {
  let dossier: Dossier;
  let work: string;
  let pattern: PinnedAnalysis;
  let tempo: PinnedAnalysis;

  const exportAs = async (profile: string, name: string) => {
    const out = path.join(work, name);
    const deps = { database: dossier.database, ledger: dossier.ledger, vault: dossier.vault, gazetteer: await dossier.places(), verifierKey: dossier.dataDir.verifierKey };
    await exportCaseFile(deps, 'test:investigator', DEMO_CASE_ID, { out, profile });
    return out;
  };

  beforeAll(async () => {
    dossier = await newDossier();
    await seedDemoCase(dossier);
    work = await tempDir('dossier-analyses-bag-');
    const deps = { database: dossier.database, ledger: dossier.ledger, gazetteer: await dossier.places() };
    pattern = await pinAnalysis(dossier, 'test:analyst', await runAnalysis(deps, DEMO_CASE_ID, { analysis: 'pattern' }), 'Pattern of conduct, all incidents');
    tempo = await pinAnalysis(dossier, 'test:analyst', await runAnalysis(deps, DEMO_CASE_ID, { analysis: 'tempo', bin: 'month' }), 'Monthly tempo');
  });
  afterAll(async () => {
    await dossier?.close();
    await fs.rm(work, { recursive: true, force: true });
  });

  it('carries each pinned analysis exactly as pinned under the court profile, and verifies it against its entry', async () => {
    const bag = await exportAs('court', 'court');
    for (const pin of [pattern, tempo]) {
      const carried = await fs.readFile(path.join(bag, ...analysisPath(pin.id, 'json').split('/')), 'utf8');
      expect(carried).toBe((await getPinnedAnalysis(dossier.database, DEMO_CASE_ID, pin.id)).result);
    }
    const html = await fs.readFile(path.join(bag, ...analysisPath(pattern.id, 'html').split('/')), 'utf8');
    expect(html).toMatch(/<h1|<h2/);
    await expect(fs.stat(path.join(bag, ...analysisPath(tempo.id, 'html').split('/')))).rejects.toThrow();
    const report = await verifyCaseFile(bag);
    expect(report.errors).toEqual([]);
    expect(report.caseFile).toMatchObject({ analyses: 2, analysesMatchedToEntry: 2 });
    expect(await fs.readFile(path.join(bag, ...CASE_FILE_PATHS.readme.split('/')), 'utf8')).toContain('case/analyses/<id>.json');
  });

  it('leaves them out of the public profile, whose custody holds intakes only', async () => {
    const bag = await exportAs('public', 'public');
    await expect(fs.stat(path.join(bag, ...CASE_FILE_PATHS.analysesDir.split('/')))).rejects.toThrow();
    expect((await verifyCaseFile(bag)).caseFile).toMatchObject({ analyses: 0 });
  });

  it('names a figure changed after pinning, even with the manifests rewritten', async () => {
    const bag = await exportAs('partner', 'partner');
    const file = path.join(bag, ...analysisPath(tempo.id, 'json').split('/'));
    const text = await fs.readFile(file, 'utf8');
    await fs.writeFile(file, text.replace(/"certain":(\d+)/, (_, n: string) => `"certain":${Number(n) + 1}`));
    await rewriteManifests(bag);
    const report = await verifyCaseFile(bag);
    expect(report.valid).toBe(false);
    expect(report.errors.map((e) => `${e.code} ${e.path ?? ''}`)).toContain(`ANALYSIS_HASH_MISMATCH ${analysisPath(tempo.id, 'json')}`);
    expect(report.caseFile).toMatchObject({ analyses: 2, analysesMatchedToEntry: 1 });
  });
});
