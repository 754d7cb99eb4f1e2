/**
 * Sensitivity labels and the care of readers, through the API on both engines: labels set and removed (each a
 * ledger entry, the history kept), who may label, the case's own labels, suggestions at intake, each account's
 * blur setting and daily reminder, click-throughs counted and audited, and thumbnails of graphic items sent
 * blurred (measurably: less detail) until the reader clicks through.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../src/access/audit-log.js';
import type { Dossier } from '../src/app/open.js';
import { buildServer } from '../src/server/app.js';
import { auditLabels } from '../src/sensitivity/label-audit.js';
import { EVERY_ROLE, seatCaseTeam } from './support/case-team.js';
import { enginesUnderTest } from './support/engines.js';
import { newDossier, tempDir } from './support/dossier.js';
import { ffmpegForTests } from './support/ffmpeg.js';
import { makeTestVideo } from './support/test-video.js';
import { browserAvailable } from './support/browser.js';
import { startCaptureSite } from './support/capture-site.js';
import { getCapture, requestCaptures } from '../src/web-capture/captures.js';
import { openCaptureQueue } from '../src/app/open-capture-queue.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
const engines = await enginesUnderTest();
const ffmpeg = await ffmpegForTests('the sensitivity tests of a graphic video');
const CASE = 'ghouta-2018';
const OTHER = 'other-case';
const ROLES = ['owner', 'investigator', 'analyst', 'reviewer', 'external_counsel'] as const;
type Who = (typeof ROLES)[number] | 'outsider';

/** A picture full of fine detail (random noise over stripes), so a blur shows in its statistics. */
async function detailedPng(seed: number): Promise<Buffer> {
  const width = 400;
  const height = 300;
  const pixels = Buffer.alloc(width * height * 3);
  let state = seed;
  for (let i = 0; i < pixels.length; i++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const x = Math.floor(i / 3) % width;
    pixels[i] = (x % 8 < 4 ? 200 : 40) + (state % 50) - 25;
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } }).png().toBuffer();
}

describe.each(engines)('sensitivity labels and care on $name', (engine) => {
  let dossier: Dossier;
  let app: FastifyInstance;
  let work: string;
  const auth = new Map<Who, Record<string, string>>();

  beforeAll(async () => {
    work = await tempDir('dossier-sensitivity-');
    dossier = await newDossier(await engine.createDatabase());
    app = await buildServer(dossier, { signInsPerMinute: 1000 });
    await app.ready();
    for (const [who, headers] of await seatCaseTeam(dossier, app, { caseId: CASE, title: 'East Ghouta 2018', otherCaseId: OTHER }, EVERY_ROLE)) auth.set(who, headers);
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await dossier?.close();
    await fs.rm(dossier.config.dataDir, { recursive: true, force: true });
    await fs.rm(work, { recursive: true, force: true });
    await engine.dropAll();
  });

  async function call(method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, as: Who, body?: object) {
    const response = await app.inject({ method, url: `/api/v1${url}`, headers: auth.get(as)!, ...(body !== undefined ? { payload: body } : {}) });
    return { status: response.statusCode, body: response.body ? (JSON.parse(response.body) as Json) : undefined };
  }
  async function upload(fileName: string, bytes: Buffer, note?: string): Promise<{ id: string; sha256: string }> {
    const form = new FormData();
    form.append('file', new Blob([bytes]), fileName);
    if (note) form.append('note', note);
    const request = new Request('http://localhost/', { method: 'POST', body: form });
    const response = await app.inject({
      method: 'POST',
      url: `/api/v1/cases/${CASE}/evidence`,
      headers: { ...auth.get('investigator')!, 'content-type': request.headers.get('content-type')! },
      payload: Buffer.from(await request.arrayBuffer()),
    });
    expect(response.statusCode, response.body).toBe(201);
    return (response.json() as Json).items[0].item;
  }
  async function newIncident(title: string): Promise<string> {
    const created = await call('POST', `/cases/${CASE}/incidents`, 'investigator', { title, types: ['air_strike'] });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    return created.body.id;
  }
  async function labelEntries(): Promise<Json[]> {
    const rows = await dossier.database.db.selectFrom('ledger_entries').select('entry').where('action', '=', 'label').orderBy('seq').execute();
    return rows.map((row) => JSON.parse(row.entry) as Json);
  }
  function expectRefused(response: { status: number; body: Json }, status: number, field?: string) {
    expect(response.status, JSON.stringify(response.body)).toBe(status);
    if (field) expect(response.body.field).toBe(field);
  }
  const labels = (kind: 'evidence' | 'incidents', ref: string, as: Who = 'analyst') => call('GET', `/cases/${CASE}/${kind}/${ref}/labels`, as);

  it('sets and removes labels on an item and an incident, each change one ledger entry, the history kept', async () => {
    const item = await upload('street.png', await detailedPng(1));
    const incident = await newIncident('Shelling of a market in Douma');
    const before = (await labelEntries()).length;

    expect((await call('PUT', `/cases/${CASE}/evidence/${item.id}/labels/graphic_violence`, 'analyst')).body.labels).toEqual(['graphic_violence']);
    expect((await call('PUT', `/cases/${CASE}/evidence/${item.sha256}/labels/personal_information`, 'reviewer')).body.labels).toEqual(['graphic_violence', 'personal_information']);
    // Setting a label that stands changes nothing, and logs nothing.
    expect((await call('PUT', `/cases/${CASE}/evidence/${item.id}/labels/graphic_violence`, 'investigator')).status).toBe(200);
    const removed = await call('DELETE', `/cases/${CASE}/evidence/${item.id}/labels/personal_information`, 'analyst');
    expect(removed.body.labels).toEqual(['graphic_violence']);
    expect(removed.body.history.map((h: Json) => [h.label, h.state, h.actor])).toEqual([
      ['graphic_violence', 'set', 'user:analyst'],
      ['personal_information', 'set', 'user:reviewer'],
      ['personal_information', 'removed', 'user:analyst'],
    ]);
    expect((await call('PUT', `/cases/${CASE}/incidents/${incident}/labels/deceptive`, 'reviewer')).body.labels).toEqual(['deceptive']);

    const entries = (await labelEntries()).slice(before);
    expect(entries.map((e) => [e.details.kind, e.details.id, e.details.label, e.details.from, e.details.to, e.actor])).toEqual([
      ['evidence', item.id, 'graphic_violence', 'none', 'set', 'user:analyst'],
      ['evidence', item.id, 'personal_information', 'none', 'set', 'user:reviewer'],
      ['evidence', item.id, 'personal_information', 'set', 'removed', 'user:analyst'],
      ['incident', incident, 'deceptive', 'none', 'set', 'user:reviewer'],
    ]);
    // An entry about an item names its bytes, as every custody entry of evidence does.
    expect(entries[0].subject).toEqual({ case: CASE, evidence: item.sha256 });
    // The removed label's state is kept, not deleted.
    const rows = await dossier.database.db.selectFrom('sensitivity_labels').select(['label', 'state']).where('subject_id', '=', item.id).orderBy('label').execute();
    expect(rows).toEqual([{ label: 'graphic_violence', state: 'set' }, { label: 'personal_information', state: 'removed' }]);
    // The list shows labels and filters by them.
    const listed = await call('GET', `/cases/${CASE}/evidence?label=graphic_violence`, 'analyst');
    expect(listed.body.items.map((i: Json) => [i.id, i.labels])).toEqual([[item.id, ['graphic_violence']]]);
    expect((await call('GET', `/cases/${CASE}/evidence?label=deceptive`, 'analyst')).body.items).toEqual([]);
    expect((await labels('incidents', incident)).body.labels).toEqual(['deceptive']);
  });

  it('lets those who annotate label, and nobody else; refuses bad labels naming the field, writing nothing', async () => {
    const item = await upload('roof.png', await detailedPng(2));
    const incident = await newIncident('Strike on a clinic');
    const before = (await labelEntries()).length;
    expectRefused(await call('PUT', `/cases/${CASE}/evidence/${item.id}/labels/graphic_violence`, 'external_counsel'), 403);
    expectRefused(await call('PUT', `/cases/${CASE}/incidents/${incident}/labels/graphic_violence`, 'external_counsel'), 403);
    expectRefused(await labels('evidence', item.id, 'external_counsel'), 403);
    // Another case's owner learns nothing of this case's items.
    expect([403, 404]).toContain((await call('PUT', `/cases/${CASE}/evidence/${item.id}/labels/graphic_violence`, 'outsider')).status);
    expectRefused(await call('PUT', `/cases/${OTHER}/evidence/${item.id}/labels/graphic_violence`, 'outsider'), 404, 'ref');
    expectRefused(await call('PUT', `/cases/${CASE}/evidence/${item.id}/labels/gory`, 'analyst'), 400, 'label');
    expectRefused(await call('DELETE', `/cases/${CASE}/evidence/${item.id}/labels/deceptive`, 'analyst'), 409, 'label');
    expectRefused(await call('PUT', `/cases/${CASE}/incidents/inc_nothing/labels/deceptive`, 'analyst'), 404, 'id');
    expect((await labelEntries()).length).toBe(before);
    expect((await labels('evidence', item.id)).body.history).toEqual([]);
  });

  it('keeps the case owners’ own labels: added, used, renamed, retired but never deleted', async () => {
    const item = await upload('document.png', await detailedPng(3));
    expectRefused(await call('PUT', `/cases/${CASE}/labels/minor_visible`, 'investigator', { name: 'A child is visible' }), 403);
    expectRefused(await call('PUT', `/cases/${CASE}/labels/Bad-Code`, 'owner', { name: 'x' }), 400, 'code');
    expectRefused(await call('PUT', `/cases/${CASE}/labels/graphic_violence`, 'owner', { name: 'Mine' }), 400, 'code');
    expectRefused(await call('PUT', `/cases/${CASE}/labels/minor_visible`, 'owner', { name: '   ' }), 400, 'name');
    expect((await call('PUT', `/cases/${CASE}/labels/minor_visible`, 'owner', { name: 'A child is visible' })).body).toEqual({ code: 'minor_visible', name: 'A child is visible', retired: false });
    expect((await call('PUT', `/cases/${CASE}/evidence/${item.id}/labels/minor_visible`, 'analyst')).body.labels).toEqual(['minor_visible']);
    await call('PUT', `/cases/${CASE}/labels/minor_visible`, 'owner', { name: 'A child is visible', retired: true });
    const other = await upload('document-2.png', await detailedPng(4));
    expectRefused(await call('PUT', `/cases/${CASE}/evidence/${other.id}/labels/minor_visible`, 'analyst'), 400, 'label');
    // The item labelled before keeps it; the list still names the label.
    expect((await labels('evidence', item.id)).body.labels).toEqual(['minor_visible']);
    expect((await call('GET', `/cases/${CASE}/labels`, 'external_counsel')).body).toEqual({
      builtIn: ['graphic_violence', 'personal_information', 'deleted_by_source', 'deceptive'],
      own: [{ code: 'minor_visible', name: 'A child is visible', retired: true }],
    });
    const entries = (await labelEntries()).filter((e) => e.details.kind === 'case-label');
    expect(entries.map((e) => [e.details.code, e.details.from, e.details.to])).toEqual([
      ['minor_visible', null, { name: 'A child is visible', retired: false }],
      ['minor_visible', { name: 'A child is visible', retired: false }, { name: 'A child is visible', retired: true }],
    ]);
  });

  it('suggests labels at intake from the words it was given, kept as suggestions until accepted', async () => {
    const graphic = await upload('massacre_aftermath.png', await detailedPng(5), 'جثث في الشارع بعد القصف');
    const plain = await upload('market_before.png', await detailedPng(6), 'the market the day before');
    const shown = await labels('evidence', graphic.id);
    expect(shown.body.labels).toEqual([]);
    expect(shown.body.suggestions).toMatchObject([{ label: 'graphic_violence', state: 'open', reason: { code: 'graphic_words', words: expect.arrayContaining(['massacre']) } }]);
    expect((await labels('evidence', plain.id)).body.suggestions).toEqual([]);
    const listed = (await call('GET', `/cases/${CASE}/evidence`, 'analyst')).body.items;
    expect(listed.find((i: Json) => i.id === graphic.id)).toMatchObject({ labels: [], suggestedLabels: ['graphic_violence'] });

    const suggestion = shown.body.suggestions[0].id;
    expectRefused(await call('POST', `/cases/${CASE}/evidence/${graphic.id}/suggestions/${suggestion}/accept`, 'external_counsel'), 403);
    const accepted = await call('POST', `/cases/${CASE}/evidence/${graphic.id}/suggestions/${suggestion}/accept`, 'reviewer');
    expect(accepted.body).toMatchObject({ id: suggestion, state: 'accepted', decidedBy: 'user:reviewer' });
    expect((await labels('evidence', graphic.id)).body).toMatchObject({ labels: ['graphic_violence'], history: [{ label: 'graphic_violence', state: 'set', suggestionId: suggestion }] });
    const [entry] = (await labelEntries()).slice(-1);
    expect(entry.details).toMatchObject({ kind: 'evidence', id: graphic.id, label: 'graphic_violence', to: 'set', suggestion });
    expectRefused(await call('POST', `/cases/${CASE}/evidence/${graphic.id}/suggestions/${suggestion}/accept`, 'reviewer'), 409, 'suggestionId');
    expectRefused(await call('POST', `/cases/${CASE}/evidence/${plain.id}/suggestions/${suggestion}/accept`, 'reviewer'), 404, 'suggestionId');

    // Dismissed, a suggestion is closed (logged) and the same file taken in again is not suggested again.
    const again = await upload('executed_prisoners.png', await detailedPng(7));
    const [open] = (await labels('evidence', again.id)).body.suggestions;
    expect((await call('POST', `/cases/${CASE}/evidence/${again.id}/suggestions/${open.id}/dismiss`, 'analyst')).body.state).toBe('dismissed');
    await upload('executed_prisoners_copy.png', await detailedPng(7));
    expect((await labels('evidence', again.id)).body.suggestions.map((s: Json) => s.state)).toEqual(['dismissed']);
    expect((await labels('evidence', again.id)).body.labels).toEqual([]);
  });

  it('keeps each account’s care settings and refuses values out of range by field', async () => {
    expect((await call('GET', '/auth/care', 'analyst')).body.settings).toEqual({ blur: 'graphic', dailyLimit: null });
    expect((await call('PUT', '/auth/care', 'analyst', { dailyLimit: 5 })).body.settings).toEqual({ blur: 'graphic', dailyLimit: 5 });
    expect((await call('PUT', '/auth/care', 'analyst', { blur: 'always' })).body.settings).toEqual({ blur: 'always', dailyLimit: 5 });
    expectRefused(await call('PUT', '/auth/care', 'analyst', { blur: 'sometimes' }), 400, 'blur');
    expectRefused(await call('PUT', '/auth/care', 'analyst', { dailyLimit: 0 }), 400, 'dailyLimit');
    expectRefused(await call('PUT', '/auth/care', 'analyst', { dailyLimit: 2.5 }), 400, 'dailyLimit');
    expect((await call('PUT', '/auth/care', 'analyst', { blur: 'graphic', dailyLimit: null })).body.settings).toEqual({ blur: 'graphic', dailyLimit: null });
    // Another account's settings are its own.
    expect((await call('GET', '/auth/care', 'reviewer')).body.settings).toEqual({ blur: 'graphic', dailyLimit: null });
  });

  it('sends a graphic item’s thumbnail blurred, measurably, until the reader clicks through; per setting', async () => {
    const item = await upload('clip-frame.png', await detailedPng(8));
    expect((await call('POST', `/cases/${CASE}/evidence/${item.id}/derivatives`, 'investigator')).body.status).toBe('made');
    const thumbnail = (await call('GET', `/evidence/${item.id}/derivatives`, 'reviewer')).body.derivatives.find((d: Json) => d.kind === 'thumbnail');
    const view = (as: Who) => app.inject({ url: `/api/v1/evidence/${item.id}/derivatives/${thumbnail.sha256}`, headers: auth.get(as)! });

    const plain = await view('reviewer');
    expect(createHash('sha256').update(plain.rawPayload).digest('hex')).toBe(thumbnail.sha256);
    await call('PUT', `/cases/${CASE}/evidence/${item.id}/labels/graphic_violence`, 'analyst');
    const blurred = await view('reviewer');
    expect(blurred.statusCode).toBe(200);
    expect(blurred.headers['content-type']).toBe('image/jpeg');
    expect(blurred.headers['x-dossier-blurred']).toBe('graphic_violence');
    expect(blurred.headers['cache-control']).toBe('no-store');
    expect(blurred.rawPayload.equals(plain.rawPayload)).toBe(false);
    const [plainStats, blurredStats] = await Promise.all([sharp(plain.rawPayload).stats(), sharp(blurred.rawPayload).stats()]);
    // Much less detail: sharpness (Laplacian) and the spread of values both fall.
    expect(blurredStats.sharpness).toBeLessThan(plainStats.sharpness / 5);
    expect(blurredStats.channels[0]!.stdev).toBeLessThan(plainStats.channels[0]!.stdev / 2);
    expect((await call('GET', `/cases/${CASE}/evidence`, 'reviewer')).body.items.find((i: Json) => i.id === item.id)).toMatchObject({ labels: ['graphic_violence'], blurred: true });

    // The click-through: recorded, and then the plain thumbnail is what comes.
    const revealed = await call('POST', `/cases/${CASE}/evidence/${item.id}/reveal`, 'reviewer');
    expect(revealed.body).toMatchObject({ evidenceId: item.id, labels: ['graphic_violence'], exposure: { graphicToday: 1 } });
    const after = await view('reviewer');
    expect(after.rawPayload.equals(plain.rawPayload)).toBe(true);
    expect((await call('GET', `/cases/${CASE}/evidence`, 'reviewer')).body.items.find((i: Json) => i.id === item.id).blurred).toBe(false);
    // Another reader, who has not clicked through, still gets it blurred; one whose setting is never, plain.
    expect((await view('investigator')).headers['x-dossier-blurred']).toBe('graphic_violence');
    await call('PUT', '/auth/care', 'investigator', { blur: 'never' });
    expect((await view('investigator')).rawPayload.equals(plain.rawPayload)).toBe(true);
    await call('PUT', '/auth/care', 'investigator', { blur: 'graphic' });
    // "Always" blurs an item with no label too.
    const other = await upload('crowd.png', await detailedPng(9));
    await call('POST', `/cases/${CASE}/evidence/${other.id}/derivatives`, 'investigator');
    const otherThumb = (await call('GET', `/evidence/${other.id}/derivatives`, 'owner')).body.derivatives.find((d: Json) => d.kind === 'thumbnail');
    const viewOther = () => app.inject({ url: `/api/v1/evidence/${other.id}/derivatives/${otherThumb.sha256}`, headers: auth.get('owner')! });
    expect((await viewOther()).headers['x-dossier-blurred']).toBeUndefined();
    await call('PUT', '/auth/care', 'owner', { blur: 'always' });
    expect((await viewOther()).headers['x-dossier-blurred']).toBe('always');
    await call('PUT', '/auth/care', 'owner', { blur: 'graphic' });
  });

  it('counts click-throughs to graphic items per day, audits each, and reminds once the day’s number is reached', async () => {
    const items = [await upload('a.png', await detailedPng(10)), await upload('b.png', await detailedPng(11)), await upload('c.png', await detailedPng(12))];
    for (const item of items.slice(0, 2)) await call('PUT', `/cases/${CASE}/evidence/${item.id}/labels/graphic_violence`, 'analyst');
    await call('PUT', '/auth/care', 'owner', { dailyLimit: 2 });
    const reveal = (id: string) => call('POST', `/cases/${CASE}/evidence/${id}/reveal`, 'owner');
    const start = (await call('GET', '/auth/care', 'owner')).body.exposure.graphicToday;
    expect((await reveal(items[0]!.id)).body.exposure).toMatchObject({ graphicToday: start + 1, dailyLimit: 2 });
    // The same item again is one item; an item not graphic is not counted.
    await reveal(items[0]!.id);
    expect((await reveal(items[2]!.id)).body.exposure.graphicToday).toBe(start + 1);
    const reached = (await reveal(items[1]!.id)).body.exposure;
    expect(reached).toMatchObject({ graphicToday: start + 2, remind: start + 2 >= 2 });
    expect(reached.remind).toBe(true);
    expect((await call('POST', '/auth/care/reminder/dismiss', 'owner')).body.exposure.remind).toBe(false);
    // Dismissed for the day: more graphic items do not bring it back today.
    expect((await reveal(items[1]!.id)).body.exposure.remind).toBe(false);
    const audited = (await listAudit(dossier.database.db, { event: 'graphic_revealed', limit: 1000 })).filter((a) => a.actor === 'user:owner');
    expect(audited.length).toBe(5);
    expect(audited[0]!.details).toMatchObject({ case: CASE, evidenceId: items[1]!.id, graphic: true });
    expectRefused(await call('POST', `/cases/${CASE}/evidence/${items[0]!.id}/reveal`, 'external_counsel'), 403);
  });

  it.runIf(browserAvailable())('suggests deleted by its source for a web capture whose page answered 404', async () => {
    const site = await startCaptureSite();
    try {
      const [queued] = await requestCaptures(dossier.database, 'user:investigator', CASE, [`${site.origin}/post/4411`]);
      const queue = await openCaptureQueue(dossier, { allowPrivateNetwork: true, timeoutMs: 20_000, quietMs: 300, settleMaxMs: 3_000, loadMaxMs: 5_000 });
      await queue.start();
      await queue.drained();
      await queue.stop();
      const capture = await getCapture(dossier.database.db, queued!.id);
      expect(capture).toMatchObject({ state: 'done', httpStatus: 404 });
      for (const itemId of [capture.items.wacz!, capture.items.screenshot!]) {
        const { suggestions } = (await labels('evidence', itemId)).body;
        expect(suggestions).toMatchObject([{ label: 'deleted_by_source', state: 'open', reason: { code: 'source_gone', httpStatus: 404 } }]);
      }
    } finally {
      await site.close();
    }
  }, 60_000);

  it('replays the ledger’s label entries against the labels stored, naming one changed outside Dossier', async () => {
    const before = await auditLabels(dossier.database.db);
    expect(before.problems).toEqual([]);
    expect(before.ok).toBe(true);
    expect(before.checked).toBeGreaterThan(5);
    const item = await upload('audited.png', await detailedPng(13));
    await call('PUT', `/cases/${CASE}/evidence/${item.id}/labels/deceptive`, 'analyst');
    // Someone with the database removes the label behind Dossier's back.
    await dossier.database.db.updateTable('sensitivity_labels').set({ state: 'removed' }).where('subject_id', '=', item.id).execute();
    const after = await auditLabels(dossier.database.db);
    expect(after.ok).toBe(false);
    expect(after.problems).toEqual([{ record: `evidence:${item.id} in ${CASE}: deceptive label`, problem: 'is stored removed, but the ledger says set' }]);
    await dossier.database.db.updateTable('sensitivity_labels').set({ state: 'set' }).where('subject_id', '=', item.id).execute();
    expect((await auditLabels(dossier.database.db)).ok).toBe(true);
  });

  it.runIf(ffmpeg)('refuses a graphic video’s preview until the click-through, its keyframes sent blurred', async () => {
    const file = path.join(work, 'clip.mp4');
    makeTestVideo(file);
    const item = await upload('clip.mp4', await fs.readFile(file));
    expect((await call('POST', `/cases/${CASE}/evidence/${item.id}/derivatives`, 'investigator')).body.status).toBe('made');
    await call('PUT', `/cases/${CASE}/evidence/${item.id}/labels/graphic_violence`, 'analyst');
    const derivatives = (await call('GET', `/evidence/${item.id}/derivatives`, 'reviewer')).body.derivatives as Json[];
    const preview = derivatives.find((d) => d.kind === 'preview');
    const keyframe = derivatives.find((d) => d.kind === 'keyframe');
    expectRefused(await call('GET', `/evidence/${item.id}/derivatives/${preview.sha256}`, 'reviewer'), 403, 'reveal');
    expect((await app.inject({ url: `/api/v1/evidence/${item.id}/derivatives/${keyframe.sha256}`, headers: auth.get('reviewer')! })).headers['x-dossier-blurred']).toBe('graphic_violence');
    await call('POST', `/cases/${CASE}/evidence/${item.id}/reveal`, 'reviewer');
    const played = await app.inject({ url: `/api/v1/evidence/${item.id}/derivatives/${preview.sha256}`, headers: auth.get('reviewer')! });
    expect([played.statusCode, played.headers['content-type']]).toEqual([200, 'video/mp4']);
  }, 60_000);
});
