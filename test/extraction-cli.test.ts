import fs from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { actorKind } from '../src/actors/actor-kind.js';
import type { Dossier } from '../src/app/open.js';
import { CHROMIUM } from '../src/capture/browser-capture.js';
import { createCase } from '../src/cases/cases.js';
import { incidentKind } from '../src/incidents/incident-kind.js';
import { extractEvidenceText } from '../src/evidence/evidence-text.js';
import { ingestEvidence } from '../src/evidence/evidence.js';
import { addEvidenceTexts, INDEX_PART_CHARS } from '../src/db/evidence-text-index.js';
import { sourceOfEvidence } from '../src/extraction/extraction-source.js';
import { createRecord } from '../src/records/record-store.js';
import { browserAvailable } from './support/browser.js';
import { newDossier, runCli, tempDir } from './support/dossier.js';

// Written for this test in the style of an NGO casualty report; not taken from any published text.
const REPORT = `Monthly casualty report, 2 August 2016

On 15 July 2016, Government aircraft dropped barrel bombs on the vegetable market in Erbin. At least 14 civilians, among them four children, were killed and dozens were injured. We have reasonable grounds to believe the Syrian Arab Air Force carried out the strike.

In the last month, chemical weapons were used in the town of Duma. At least two persons died.`;

describe('dossier extract', () => {
  let dossier: Dossier;
  let dir: string;
  let documented: string;
  const data = () => dossier.config.dataDir;

  beforeAll(async () => {
    dossier = await newDossier();
    dir = await tempDir('dossier-extract-');
    await createCase(dossier, 'test:owner', { id: 'reports', title: 'Reports' });
    await createCase(dossier, 'test:owner', { id: 'other', title: 'Another case' });
    await createRecord({ database: dossier.database, ledger: dossier.ledger, gazetteer: await dossier.places() }, actorKind, 'test:analyst', 'reports', {
      name: 'Syrian Arab Air Force',
      actorKind: 'organisation',
      actorType: 'state_armed_forces',
    });
    // Already documented: the Erbin strike (it may be corroborated), and a shelling of Erbin that day (another type).
    const deps = { database: dossier.database, ledger: dossier.ledger, gazetteer: await dossier.places() };
    const place = { precision: 'settlement', pcodes: { community: 'C2321' } };
    documented = (await createRecord(deps, incidentKind, 'test:analyst', 'reports', { title: 'Market in Erbin struck', types: ['barrel_bomb'], date: { edtf: '2016-07' }, place })).id;
    await createRecord(deps, incidentKind, 'test:analyst', 'reports', { title: 'Erbin shelled', types: ['artillery_rocket_missile'], date: { edtf: '2016-07-15' }, place });
    await fs.writeFile(path.join(dir, 'report.txt'), REPORT);
  });
  afterAll(async () => {
    await dossier?.close();
  });

  it('prints mentions and candidate incidents of a text file as JSON, saving nothing', async () => {
    const entriesBefore = await dossier.ledger.currentSize();
    const run = await runCli(['--data', data(), '--json', 'extract', path.join(dir, 'report.txt'), '--case', 'reports']);
    expect(run.code, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.anchor).toEqual({ date: '2016-08-02', from: 'text' });
    expect(out.places).toEqual(expect.arrayContaining([expect.objectContaining({ text: 'Erbin', pcode: 'C2321' }), expect.objectContaining({ text: 'Duma', ambiguous: true })]));
    expect(out.dates).toEqual(expect.arrayContaining([expect.objectContaining({ text: '15 July 2016', edtf: '2016-07-15' }), expect.objectContaining({ text: 'In the last month', edtf: '2016-07-02/2016-08-02' })]));
    expect(out.counts).toEqual(expect.arrayContaining([expect.objectContaining({ text: 'At least 14', qualifier: 'at_least', min: 14, max: null })]));
    expect(out.actors).toEqual(expect.arrayContaining([expect.objectContaining({ text: 'Syrian Arab Air Force', vocab: 'actor' })]));
    expect(out.incidents).toHaveLength(2);
    const [erbin, duma] = out.incidents;
    expect(erbin).toMatchObject({ type: 'barrel_bomb', place: { pcode: 'C2321' }, date: { edtf: '2016-07-15' }, killed: { min: 14, qualifier: 'at_least' }, injured: { qualifier: 'vague' }, actor: { text: 'Syrian Arab Air Force' }, target: [{ term: 'market' }], means: [{ term: 'barrel_bomb' }] });
    expect(REPORT.slice(erbin.evidenceSpan.start, erbin.evidenceSpan.end)).toBe(erbin.evidenceSpan.text);
    expect(erbin.evidenceSpan.page).toMatchObject({ locator: 'page 1' });
    expect(duma).toMatchObject({ type: 'chemical_attack', killed: { min: 2 } });
    // The strike already documented in July 2016 at Erbin is proposed for corroboration; the shelling is not.
    expect(erbin.matches).toEqual([{ id: documented, title: 'Market in Erbin struck' }]);
    expect(duma.matches).toEqual([]);
    expect(await dossier.ledger.currentSize()).toBe(entriesBefore);

    const words = await runCli(['--data', data(), 'extract', path.join(dir, 'report.txt'), '--case', 'reports', '--date-anchor', '2016-09-30']);
    expect(words.code, words.stderr).toBe(0);
    expect(words.stdout).toContain('Relative dates read against 2016-09-30 (as given)');
    expect(words.stdout).toContain('2 candidate incidents');
    expect(words.stdout).toContain(`may corroborate ${documented}`);
  });

  it.runIf(browserAvailable())("reads an evidence item's stored text, giving each passage its page", async () => {
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
    let pdf: Buffer;
    try {
      const page = await browser.newPage();
      await page.setContent('<body style="font:12px sans-serif"><p>Situation report, 2 August 2016.</p><p style="break-before:page">On 15 July 2016 artillery shelled the school in Erbin; 3 children were killed.</p></body>');
      pdf = await page.pdf({ format: 'A5' });
    } finally {
      await browser.close();
    }
    const { item } = await ingestEvidence(dossier, 'test:analyst', { caseId: 'reports', originalName: 'sitrep.pdf', content: [pdf] });
    await extractEvidenceText({ database: dossier.database, vault: dossier.vault, tmpDir: `${data()}/tmp` }, item, 'reports');
    const run = await runCli(['--data', data(), '--json', 'extract', item.id, '--case', 'reports']);
    expect(run.code, run.stderr).toBe(0);
    const [incident] = JSON.parse(run.stdout).incidents;
    expect(incident).toMatchObject({ type: 'artillery_rocket_missile', place: { pcode: 'C2321' }, killed: { min: 3 }, target: [{ term: 'school' }] });
    expect(incident.evidenceSpan.page.locator).toBe('page 2');

    // An item of another case is not found from this one, and says nothing of where it is.
    const elsewhere = await runCli(['--data', data(), 'extract', item.id, '--case', 'other']);
    expect(elsewhere.code).toBe(3);
    expect(elsewhere.stderr).toContain('not in case other');
  });

  it('keeps an extraction of an evidence item for review with --save, logged; a file path is refused', async () => {
    const { item } = await ingestEvidence(dossier, 'test:analyst', { caseId: 'reports', originalName: 'report.txt', content: [Buffer.from(REPORT)] });
    await extractEvidenceText({ database: dossier.database, vault: dossier.vault, tmpDir: `${data()}/tmp` }, item, 'reports');
    const run = await runCli(['--data', data(), '--json', 'extract', item.id, '--case', 'reports', '--save']);
    expect(run.code, run.stderr).toBe(0);
    const saved = JSON.parse(run.stdout);
    expect(saved).toMatchObject({ evidenceId: item.id, candidates: 2, open: 2 });
    expect(saved.review.map((r: { status: string }) => r.status)).toEqual(['open', 'open']);
    const entry = await dossier.ledger.entry(saved.ledgerSeq);
    expect(entry).toMatchObject({ action: 'extract', subject: { case: 'reports', evidence: item.sha256 }, details: { extraction: saved.id, resultSha256: saved.resultSha256 } });

    const words = await runCli(['--data', data(), 'extract', item.id, '--case', 'reports', '--save']);
    expect(words.stdout).toMatch(/Saved for review as extraction ext_\w+ \(ledger entry \d+\): 2 candidates open/);
    const file = await runCli(['--data', data(), 'extract', path.join(dir, 'report.txt'), '--case', 'reports', '--save']);
    expect(file.code).toBe(2);
    expect(file.stderr).toContain('take the file in first');
  });

  it('reads back a page longer than one indexed part whole, its parts in order', async () => {
    const { item } = await ingestEvidence(dossier, 'test:analyst', { caseId: 'reports', originalName: 'long.txt', content: [Buffer.from('long page')] });
    // Eight parts written within one millisecond (the clock held still): their ids alone would not keep the order.
    const page = Array.from({ length: Math.ceil((INDEX_PART_CHARS * 7.5) / 10) }, (_, i) => String(i).padStart(9, '0') + ' ').join('');
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      await dossier.database.writeTransaction((trx) => addEvidenceTexts(trx, dossier.database.engine, [{ evidenceId: item.id, caseId: 'reports', origin: 'pdf', locator: 'page 1', text: page }]));
    } finally {
      vi.useRealTimers();
    }
    const source = await sourceOfEvidence(dossier.database, 'reports', item.id);
    expect(source.text).toBe(page);
    expect(source.pages).toEqual([{ locator: 'page 1', start: 0, end: page.length }]);
  });

  it('answers bad input in words, with a non-zero exit', async () => {
    const lang = await runCli(['--data', data(), 'extract', path.join(dir, 'report.txt'), '--case', 'reports', '--lang', 'fr']);
    expect(lang.code).toBe(2);
    expect(lang.stderr).toContain('lang');
    const anchor = await runCli(['--data', data(), 'extract', path.join(dir, 'report.txt'), '--case', 'reports', '--date-anchor', '2016-02-30']);
    expect(anchor.code).toBe(2);
    expect(anchor.stderr).toContain('date-anchor');
    await fs.writeFile(path.join(dir, 'photo.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0x00, 0x10]));
    const binary = await runCli(['--data', data(), 'extract', path.join(dir, 'photo.jpg'), '--case', 'reports']);
    expect(binary.code).toBe(2);
    expect(binary.stderr).toContain('not text');
    const unknown = await runCli(['--data', data(), 'extract', 'ev_nothing', '--case', 'reports']);
    expect(unknown.code).toBe(3);
  });
});
