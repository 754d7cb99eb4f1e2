/**
 * Captures of a case, end to end on SQLite and PostgreSQL: queued, run two at a time, stored as evidence
 * with custody (an intake entry per item and one capture entry that commits to the URL rather than writing
 * it), the WACZ signed by the instance and verifiable, the page's text searchable back to its item; a
 * failed capture says why; a capture left running by a stopped process is run again at the next start.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCaptureQueue } from '../src/app/open-capture-queue.js';
import type { Dossier } from '../src/app/open.js';
import { checkWaczFile } from '../src/capture/wacz-check.js';
import { createCase } from '../src/cases/cases.js';
import { searchEvidenceTexts } from '../src/db/evidence-text-index.js';
import { listEvidence } from '../src/evidence/evidence.js';
import { commitText } from '../src/ledger/proofs/commitment.js';
import { getCapture, listCaptures, requestCaptures } from '../src/web-capture/captures.js';
import { browserAvailable } from './support/browser.js';
import { startCaptureSite, type CaptureSite } from './support/capture-site.js';
import { newDossier, tempDir } from './support/dossier.js';
import { enginesUnderTest } from './support/engines.js';

const engines = await enginesUnderTest();
const fast = { allowPrivateNetwork: true, timeoutMs: 20_000, quietMs: 300, settleMaxMs: 3_000, loadMaxMs: 5_000 };

describe.runIf(browserAvailable()).each(engines)('web captures of a case on $name', (engine) => {
  let site: CaptureSite;
  let dossier: Dossier;
  let work: string;

  beforeAll(async () => {
    site = await startCaptureSite();
    work = await tempDir('dossier-web-capture-');
    dossier = await newDossier(await engine.createDatabase());
    await createCase(dossier, 'test:owner', { id: 'strikes', title: 'Strikes on hospitals' });
  });
  afterAll(async () => {
    await site.close();
    await dossier.close();
    await engine.dropAll();
    await fs.rm(work, { recursive: true, force: true });
  });

  it('stores the WACZ, screenshot, PDF and text as evidence with their custody, and logs the capture', async () => {
    const [queued] = await requestCaptures(dossier.database, 'test:analyst', 'strikes', [`${site.origin}/redirect/1`]);
    expect(queued).toMatchObject({ state: 'queued', caseId: 'strikes', requestedBy: 'test:analyst' });
    const queue = await openCaptureQueue(dossier, fast);
    await queue.start();
    await queue.drained();
    await queue.stop();
    const capture = await getCapture(dossier.database.db, queued!.id);
    expect(capture).toMatchObject({ state: 'done', httpStatus: 200, finalUrl: `${site.origin}/static`, error: null, attempts: 1 });

    const items = await listEvidence(dossier, { caseId: 'strikes' });
    const byId = new Map(items.map((item) => [item.id, item]));
    expect(byId.get(capture.items.wacz!)?.originalName).toMatch(/^127\.0\.0\.1-\d{8}T\d{6}Z\.wacz$/);
    expect([byId.get(capture.items.screenshot!)?.mediaType, byId.get(capture.items.pdf!)?.mediaType, byId.get(capture.items.text!)?.mediaType]).toEqual(['image/png', 'application/pdf', 'text/plain']);

    const entries = await dossier.ledger.entries({});
    const intakes = entries.filter((entry) => entry.action === 'intake' && (entry.details.provenance as { captureId?: string } | undefined)?.captureId === capture.id);
    expect(intakes.map((entry) => (entry.details.provenance as { role: string }).role).sort()).toEqual(['pdf', 'screenshot', 'text', 'wacz']);
    const logged = await dossier.ledger.entry(capture.ledgerSeq!);
    expect(logged).toMatchObject({ action: 'capture', actor: 'test:analyst', subject: { case: 'strikes', evidence: byId.get(capture.items.wacz!)!.sha256 }, details: { captureId: capture.id, httpStatus: 200 } });
    // The URL may name a person: the entry commits to it, the database row keeps it.
    expect(JSON.stringify(logged)).not.toContain('127.0.0.1');
    const salt = (await dossier.database.db.selectFrom('web_captures').select('salt').where('id', '=', capture.id).executeTakeFirstOrThrow()).salt;
    expect((logged.details.committed as Record<string, unknown>).url).toEqual(commitText(salt, 'url', capture.url));

    const waczFile = path.join(work, 'stored.wacz');
    const stream = await dossier.vault.read(byId.get(capture.items.wacz!)!.sha256);
    await fs.writeFile(waczFile, stream as AsyncIterable<Uint8Array>);
    const check = await checkWaczFile(waczFile);
    expect(check.errors).toEqual([]);
    expect(check.signature).toMatchObject({ status: 'verified', signer: `public key ${String(logged.details.waczSigningKey)}` });
    expect(check.pages[0]).toMatchObject({ url: `${site.origin}/static`, title: 'Hospital strike in Kafr Nabl' });
    expect(check.warcs[0]!.check.records.filter((record) => record.type === 'response').map((record) => record.http?.status)).toEqual(expect.arrayContaining([302, 301, 200]));

    const hits = await searchEvidenceTexts(dossier.database.db, dossier.database.engine, 'witnesses building', { caseIds: ['strikes'], limit: 10 });
    expect(hits).toEqual([expect.objectContaining({ evidenceId: capture.items.wacz, origin: 'web-page', locator: `${site.origin}/static`, snippet: expect.stringContaining('Witnesses said the main building was hit twice') })]);
    expect(await searchEvidenceTexts(dossier.database.db, dossier.database.engine, 'witnesses', { caseIds: ['other-case'], limit: 10 })).toEqual([]);
  });

  it('refuses a list with one bad URL whole, and a case that does not exist', async () => {
    await expect(requestCaptures(dossier.database, 'test:analyst', 'strikes', [`${site.origin}/static`, 'file:///etc/passwd'])).rejects.toMatchObject({ code: 'CAPTURE_URL_REFUSED', details: { field: 'url' } });
    await expect(requestCaptures(dossier.database, 'test:analyst', 'no-such-case', [`${site.origin}/static`])).rejects.toMatchObject({ code: 'CASE_NOT_FOUND' });
    expect((await listCaptures(dossier.database.db, 'strikes')).filter((capture) => capture.state === 'queued')).toEqual([]);
  });

  it('records a failed capture with its reason, and stores nothing for it', async () => {
    const before = (await listEvidence(dossier, { caseId: 'strikes' })).length;
    const [queued] = await requestCaptures(dossier.database, 'test:analyst', 'strikes', [`${site.origin}/large`]);
    const queue = await openCaptureQueue(dossier, { ...fast, maxBytes: 1024 * 1024 });
    await queue.start();
    await queue.drained();
    await queue.stop();
    const capture = await getCapture(dossier.database.db, queued!.id);
    expect(capture).toMatchObject({ state: 'failed', error: { code: 'CAPTURE_LIMIT', message: expect.stringContaining('1 MiB') }, items: { wacz: null } });
    expect((await listEvidence(dossier, { caseId: 'strikes' })).length).toBe(before);
    expect(await fs.readdir(path.join(dossier.config.dataDir, 'tmp'))).toEqual([]);
  });

  it('runs again, at the next start, a capture that was running when its process stopped', async () => {
    const [queued] = await requestCaptures(dossier.database, 'test:analyst', 'strikes', [`${site.origin}/script`]);
    // As a process that stopped leaves it: running, its lease run out.
    await dossier.database.db.updateTable('web_captures').set({ state: 'running', attempts: 1, lease_until: new Date(Date.now() - 1000).toISOString() }).where('id', '=', queued!.id).execute();
    const queue = await openCaptureQueue(dossier, fast);
    expect(await queue.start()).toBe(1);
    await queue.drained();
    await queue.stop();
    expect(await getCapture(dossier.database.db, queued!.id)).toMatchObject({ state: 'done', attempts: 2 });
  });
});
