/**
 * Derivatives over HTTP: made again on request, listed, their bytes shown inline with nosniff and a CSP, each
 * view audited as a read naming the item and the derivative (not a custody entry); refused for hashes that are not the item's, and
 * to anyone who cannot read the item's case.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../src/access/audit-log.js';
import type { Dossier } from '../src/app/open.js';
import { buildServer } from '../src/server/app.js';
import { signIn, testAccount } from './support/accounts.js';
import { newDossier, tempDir } from './support/dossier.js';
import { ffmpegForTests } from './support/ffmpeg.js';
import { makeTestVideo } from './support/test-video.js';

const ffmpeg = await ffmpegForTests('the derivative API tests');

describe.runIf(ffmpeg)('derivatives over the HTTP API', () => {
  let dossier: Dossier;
  let app: FastifyInstance;
  let work: string;
  let investigator: Record<string, string>;
  let outsider: Record<string, string>;

  beforeAll(async () => {
    work = await tempDir('dossier-derivatives-api-');
    makeTestVideo(path.join(work, 'clip.mp4'));
    dossier = await newDossier();
    app = await buildServer(dossier, {});
    await testAccount(dossier, 'investigator');
    await testAccount(dossier, 'outsider');
    investigator = await signIn(app, 'investigator');
    outsider = await signIn(app, 'outsider');
    const created = await app.inject({ method: 'POST', url: '/api/v1/cases', headers: investigator, payload: { id: 'strikes', title: 'Strikes' } });
    expect(created.statusCode).toBe(201);
  });
  afterAll(async () => {
    await app.close();
    await dossier.close();
    await fs.rm(dossier.config.dataDir, { recursive: true, force: true });
    await fs.rm(work, { recursive: true, force: true });
  });

  it('makes, lists and shows a video’s derivatives, each view logged; refuses others’ hashes and outsiders', async () => {
    const form = new FormData();
    form.append('file', new Blob([await fs.readFile(path.join(work, 'clip.mp4'))]), 'clip.mp4');
    const uploaded = await fetchVia(app, '/api/v1/cases/strikes/evidence', { method: 'POST', headers: investigator, body: form });
    const { id, sha256 } = ((await uploaded.json()) as { items: Array<{ item: { id: string; sha256: string } }> }).items[0]!.item;

    const made = await app.inject({ method: 'POST', url: `/api/v1/cases/strikes/evidence/${id}/derivatives`, headers: investigator });
    expect(made.statusCode).toBe(200);
    expect(made.json()).toMatchObject({ status: 'made', failures: [] });

    const listed = (await app.inject({ url: `/api/v1/evidence/${id}/derivatives`, headers: investigator })).json() as { derivatives: Array<{ kind: string; sha256: string }> };
    const preview = listed.derivatives.find((derivative) => derivative.kind === 'preview')!;
    const shown = await app.inject({ url: `/api/v1/evidence/${id}/derivatives/${preview.sha256}`, headers: investigator });
    expect(shown.statusCode).toBe(200);
    expect(shown.headers).toMatchObject({ 'content-type': 'video/mp4', 'x-content-type-options': 'nosniff', 'content-security-policy': "default-src 'none'; sandbox" });
    expect(String(shown.headers['content-disposition'])).toMatch(/^inline; /);
    expect(createHash('sha256').update(shown.rawPayload).digest('hex')).toBe(preview.sha256);

    // A player seeking in the preview asks for a range: answered 206, and logged as a read of those bytes.
    const part = await app.inject({ url: `/api/v1/evidence/${id}/derivatives/${preview.sha256}`, headers: { ...investigator, range: 'bytes=100-199' } });
    expect([part.statusCode, part.headers['content-range'], part.rawPayload.length]).toEqual([206, `bytes 100-199/${shown.rawPayload.length}`, 100]);
    expect(part.rawPayload.equals(shown.rawPayload.subarray(100, 200))).toBe(true);
    expect((await app.inject({ url: `/api/v1/evidence/${id}/derivatives/${preview.sha256}`, headers: { ...investigator, range: `bytes=${shown.rawPayload.length}-` } })).statusCode).toBe(416);

    // Each view audited as a read; none is a custody entry of the item (the derivative is not the evidence).
    const [rangeView, view] = await listAudit(dossier.database.db, { event: 'derivative_viewed' });
    expect(view).toMatchObject({ actor: 'user:investigator', details: { case: 'strikes', evidenceId: id, evidence: sha256, derivative: { kind: 'preview', sha256: preview.sha256 } } });
    expect(rangeView!.details).toMatchObject({ derivative: { sha256: preview.sha256 }, bytes: [100, 199] });
    expect((await dossier.ledger.entries({ evidenceSha256: sha256 })).filter((entry) => entry.action === 'view')).toEqual([]);

    // The original's own hash is no derivative of it; nor is anything the outsider may not read.
    expect((await app.inject({ url: `/api/v1/evidence/${id}/derivatives/${sha256}`, headers: investigator })).statusCode).toBe(404);
    expect((await app.inject({ url: `/api/v1/evidence/${id}/derivatives/${preview.sha256}`, headers: outsider })).statusCode).toBe(404);
    expect((await app.inject({ url: `/api/v1/evidence/${id}/derivatives`, headers: outsider })).statusCode).toBe(404);

    // The case's list names each item's thumbnail.
    const items = ((await app.inject({ url: '/api/v1/cases/strikes/evidence', headers: investigator })).json() as { items: Array<{ id: string; thumbnail: string | null }> }).items;
    expect(items.find((item) => item.id === id)!.thumbnail).toBe(listed.derivatives.find((derivative) => derivative.kind === 'thumbnail')!.sha256);
  });
});

/** A multipart upload through inject: fetch's FormData, serialised by a Request. */
async function fetchVia(app: FastifyInstance, url: string, init: { method: string; headers: Record<string, string>; body: FormData }): Promise<{ json(): Promise<unknown> }> {
  const request = new Request(`http://localhost${url}`, { method: init.method, body: init.body });
  const response = await app.inject({ method: 'POST', url, headers: { ...init.headers, 'content-type': request.headers.get('content-type')! }, payload: Buffer.from(await request.arrayBuffer()) });
  expect(response.statusCode).toBe(201);
  return { json: async () => response.json() };
}
