/**
 * Text found in evidence, searchable on SQLite and PostgreSQL: an image made by the test with an English and
 * an Arabic line, read by tesseract; a two-page PDF's text layer, page by page; each hit pointing back at its
 * item and place; extracting again does not double the index.
 */
import fs from 'node:fs';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dossier } from '../src/app/open.js';
import { CHROMIUM } from '../src/capture/browser-capture.js';
import { createCase } from '../src/cases/cases.js';
import { searchEvidenceTexts } from '../src/db/evidence-text-index.js';
import { extractEvidenceText } from '../src/evidence/evidence-text.js';
import { ingestEvidence } from '../src/evidence/evidence.js';
import { ocrImage } from '../src/text/ocr.js';
import { browserAvailable } from './support/browser.js';
import { newDossier } from './support/dossier.js';
import { enginesUnderTest } from './support/engines.js';

const engines = await enginesUnderTest();
const ocr = await ocrImage('/nonexistent.png');
const ocrAvailable = ocr.status !== 'unavailable';
if (!ocrAvailable) {
  if (process.env.DOSSIER_REQUIRE_OCR) throw new Error(`OCR is required here: ${ocr.reason}`);
  console.warn(`\n!! ${ocr.reason}: the OCR tests are NOT RUN\n`);
}

/** A picture of two lines of text, English and Arabic, and a two-page PDF, both made by chromium. */
async function makeFiles(): Promise<{ png: Buffer; pdf: Buffer; scan: Buffer }> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ viewport: { width: 900, height: 260 } });
    await page.setContent('<body style="background:#fff;color:#000;font:40px \'DejaVu Sans\',sans-serif;padding:20px"><p>Hospital struck at dawn</p><p dir="rtl" lang="ar">قصف المستشفى عند الفجر</p></body>');
    const png = await page.screenshot();
    await page.setContent('<body style="font:14px sans-serif"><p>Field report twelve: the convoy was stopped at the checkpoint.</p><p style="break-before:page">Second page: two trucks burned near the warehouse.</p><p dir="rtl" lang="ar" style="font-family:\'DejaVu Sans\'">احترقت شاحنتان قرب المستودع</p></body>');
    const pdf = await page.pdf({ format: 'A5' });
    // A "scanned" page: the picture of text, with no text layer.
    await page.setContent(`<body style="margin:0"><img src="data:image/png;base64,${png.toString('base64')}" style="width:100%"></body>`);
    const scan = await page.pdf({ format: 'A4' });
    return { png, pdf, scan };
  } finally {
    await browser.close();
  }
}

describe.runIf(browserAvailable()).each(engines)('text found in evidence on $name', (engine) => {
  let dossier: Dossier;
  let files: { png: Buffer; pdf: Buffer; scan: Buffer };
  const deps = () => ({ database: dossier.database, vault: dossier.vault, tmpDir: `${dossier.config.dataDir}/tmp` });
  const search = (text: string, caseIds = ['reports']) => searchEvidenceTexts(dossier.database.db, dossier.database.engine, text, { caseIds, limit: 10 });

  beforeAll(async () => {
    files = await makeFiles();
    dossier = await newDossier(await engine.createDatabase());
    await createCase(dossier, 'test:owner', { id: 'reports', title: 'Field reports' });
  });
  afterAll(async () => {
    await dossier.close();
    await engine.dropAll();
    fs.rmSync(dossier.config.dataDir, { recursive: true, force: true });
  });

  it.runIf(ocrAvailable)('reads an image with an English and an Arabic line, and finds it by words of either', async () => {
    const { item } = await ingestEvidence(dossier, 'test:analyst', { caseId: 'reports', originalName: 'placard.png', content: [files.png] });
    const extraction = await extractEvidenceText(deps(), item, 'reports');
    expect(extraction).toMatchObject({ status: 'indexed', origin: 'ocr', parts: 1 });
    expect(await search('hospital dawn')).toEqual([expect.objectContaining({ evidenceId: item.id, origin: 'ocr', locator: 'image', snippet: expect.stringContaining('Hospital struck at dawn') })]);
    const arabic = await search('الفجر');
    expect(arabic.map((hit) => hit.evidenceId)).toEqual([item.id]);
    expect(arabic[0]!.snippet).toContain('عند الفجر');
  });

  it("indexes a PDF's text page by page, pointing at the page, and does not double it when done again", async () => {
    const { item } = await ingestEvidence(dossier, 'test:analyst', { caseId: 'reports', originalName: 'report-12.pdf', content: [files.pdf] });
    expect(await extractEvidenceText(deps(), item, 'reports')).toMatchObject({ status: 'indexed', origin: 'pdf', parts: 2 });
    expect((await search('trucks warehouse')).map((hit) => [hit.evidenceId, hit.locator])).toEqual([[item.id, 'page 2']]);
    expect((await search('convoy checkpoint')).map((hit) => [hit.evidenceId, hit.locator])).toEqual([[item.id, 'page 1']]);
    // Chromium writes Arabic glyph by glyph, right to left, in presentation forms: read back as words.
    const arabic = await search('المستودع');
    expect(arabic.map((hit) => [hit.evidenceId, hit.locator])).toEqual([[item.id, 'page 2']]);
    expect(arabic[0]!.snippet).toContain('احترقت شاحنتان قرب المستودع');
    await extractEvidenceText(deps(), item, 'reports');
    expect(await search('trucks')).toHaveLength(1);
    expect(await search('شاحنتان')).toHaveLength(1);
    expect(await search('trucks', ['another-case'])).toEqual([]);
  });

  it.runIf(ocrAvailable)('reads a scanned PDF page, which has no text layer, by OCR', async () => {
    const { item } = await ingestEvidence(dossier, 'test:analyst', { caseId: 'reports', originalName: 'scan.pdf', content: [files.scan] });
    expect(await extractEvidenceText(deps(), item, 'reports')).toMatchObject({ status: 'indexed', origin: 'pdf', parts: 1 });
    const hits = (await search('hospital dawn')).filter((hit) => hit.evidenceId === item.id);
    expect(hits).toEqual([expect.objectContaining({ origin: 'ocr', locator: 'page 1', snippet: expect.stringContaining('Hospital struck at dawn') })]);
    await extractEvidenceText(deps(), item, 'reports');
    expect((await search('hospital dawn')).filter((hit) => hit.evidenceId === item.id)).toHaveLength(1);
  });

  it('leaves other kinds of file alone', async () => {
    const { item } = await ingestEvidence(dossier, 'test:analyst', { caseId: 'reports', originalName: 'notes.bin', content: [Buffer.from([0, 1, 2, 3, 250, 251])] });
    expect(await extractEvidenceText(deps(), item, 'reports')).toEqual({ status: 'not-applicable' });
  });
});
