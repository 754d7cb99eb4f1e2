import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dossier } from '../src/app/open.js';
import { verifyCheckpoint } from '../src/ledger/proofs/checkpoint.js';
import { verifyInclusion } from '../src/ledger/proofs/merkle.js';
import { buildServer } from '../src/server/app.js';
import { sessionHeaders, TEST_PASSWORD, testAccount } from './support/accounts.js';
import { newDossier } from './support/dossier.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const json = async (response: Response | Promise<Response>): Promise<any> => (await response).json();

describe('the HTTP API on the embedded database', () => {
  let dossier: Dossier;
  let app: FastifyInstance;
  let base: string;
  let auth: Record<string, string> = {};
  // Every request of this suite is made by a signed-in investigator, as the browser would make it.
  const fetch = (url: string, init: RequestInit = {}) => globalThis.fetch(url, { ...init, headers: { ...auth, ...(init.headers as Record<string, string> | undefined) } });

  beforeAll(async () => {
    dossier = await newDossier();
    app = await buildServer(dossier, { maxUploadBytes: 4 << 20 });
    base = (await app.listen({ port: 0, host: '127.0.0.1' })) + '/api/v1';
    await testAccount(dossier, 'investigator');
    const login = await globalThis.fetch(`${base}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'investigator', password: TEST_PASSWORD }) });
    auth = sessionHeaders(login.headers.getSetCookie(), ((await login.json()) as { csrfToken: string }).csrfToken);
  });
  afterAll(async () => {
    await app.close();
    await dossier.close();
    await fs.rm(dossier.config.dataDir, { recursive: true, force: true });
  });

  const post = (path: string, body: unknown) =>
    fetch(base + path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  it('answers health', async () => {
    const response = await fetch(`${base}/health`);
    expect(await json(response)).toMatchObject({ status: 'ok', database: 'sqlite', ledgerSize: 1 });
  });

  it('creates and reads cases, and rejects bad ones as problem+json naming the field', async () => {
    const created = await post('/cases', { id: 'convoy-2016', title: 'Aid convoy attack' });
    expect(created.status).toBe(201);
    expect(await json(fetch(`${base}/cases/convoy-2016`))).toMatchObject({ id: 'convoy-2016', title: 'Aid convoy attack' });

    const bad = await post('/cases', { id: 'Not A Slug', title: 'x' });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
    expect(await json(bad)).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', field: 'id' });

    const missingTitle = await post('/cases', { id: 'x' });
    expect(missingTitle.status).toBe(400);
    expect((await json(missingTitle)).detail).toContain('title');

    const unknown = await fetch(`${base}/cases/nope`);
    expect(unknown.status).toBe(404);
    expect(await json(unknown)).toMatchObject({ code: 'CASE_NOT_FOUND' });
  });

  it('streams multipart uploads into the vault and logs each intake', async () => {
    const form = new FormData();
    form.append('source', 'Submitted by a field researcher');
    form.append('file', new Blob(['first testimony']), 'testimony-1.txt');
    form.append('file', new Blob([Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj\n')]), 'report.pdf');
    const response = await fetch(`${base}/cases/convoy-2016/evidence`, { method: 'POST', body: form });
    expect(response.status).toBe(201);
    const { items } = await json(response);
    expect(items.map((r: { item: { mediaType: string } }) => r.item.mediaType)).toEqual(['text/plain', 'application/pdf']);
    expect(items[0].item.sha256).toBe(createHash('sha256').update('first testimony').digest('hex'));
    expect(items[0].item.source).toBe('Submitted by a field researcher');

    const listed = await json(fetch(`${base}/cases/convoy-2016/evidence`));
    expect(listed.items).toHaveLength(2);

    const content = await fetch(`${base}/evidence/${items[0].item.id}/content`);
    expect(await content.text()).toBe('first testimony');
    const entries = await json(fetch(`${base}/ledger/entries?case=convoy-2016&evidence=${items[0].item.sha256}`));
    expect(entries.items.map((e: { action: string }) => e.action)).toEqual(['intake', 'view']);
  });

  it('refuses an upload over the size limit without storing any of it', async () => {
    const before = (await json(fetch(`${base}/health`))).ledgerSize;
    const form = new FormData();
    form.append('file', new Blob([Buffer.alloc(5 << 20, 1)]), 'too-big.bin');
    const response = await fetch(`${base}/cases/convoy-2016/evidence`, { method: 'POST', body: form });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({
      detail: 'file too-big.bin exceeds the upload size limit',
      wording: { code: 'upload.fileTooLarge', values: { name: 'too-big.bin' }, text: 'file too-big.bin exceeds the upload size limit' },
    });
    expect(await dossier.vault.has(createHash('sha256').update(Buffer.alloc(5 << 20, 1)).digest('hex'))).toBe(false);
    expect((await json(fetch(`${base}/health`))).ledgerSize).toBe(before);
  });

  it('answers a blob missing from the vault with a 500 problem naming it', async () => {
    const form = new FormData();
    form.append('file', new Blob(['will vanish']), 'شهادة.txt');
    const { items } = await json(fetch(`${base}/cases/convoy-2016/evidence`, { method: 'POST', body: form }));
    const { sha256, id } = items[0].item;
    const ok = await fetch(`${base}/evidence/${id}/content`);
    expect(ok.headers.get('content-disposition')).toBe(`attachment; filename*=UTF-8''${encodeURIComponent('شهادة.txt')}`);
    await ok.arrayBuffer();
    await fs.rm(path.join(dossier.config.dataDir, 'blobs/sha256', sha256.slice(0, 2), sha256.slice(2, 4), sha256));
    const gone = await fetch(`${base}/evidence/${id}/content`);
    expect(gone.status).toBe(500);
    expect(await json(gone)).toMatchObject({ code: 'VAULT_BLOB_MISSING', sha256 });
  });

  it('refuses an upload to an unknown case', async () => {
    const form = new FormData();
    form.append('file', new Blob(['x']), 'x.txt');
    const response = await fetch(`${base}/cases/nope/evidence`, { method: 'POST', body: form });
    expect(response.status).toBe(404);
  });

  it('serves the signed checkpoint, the key, and proofs that verify', async () => {
    const note = await (await fetch(`${base}/ledger/checkpoint`)).text();
    const { verifierKey, origin } = await json(fetch(`${base}/ledger/key`));
    const checkpoint = verifyCheckpoint(note, verifierKey, origin);
    const proof = await json(fetch(`${base}/ledger/proofs/inclusion?index=1`));
    const hex = (h: string) => Buffer.from(h, 'hex');
    expect(proof.treeSize).toBe(checkpoint.treeSize);
    expect(() => verifyInclusion(1, proof.treeSize, hex(proof.leafHash), proof.proof.map(hex), checkpoint.rootHash)).not.toThrow();

    const bad = await fetch(`${base}/ledger/proofs/inclusion?index=-1`);
    expect(bad.status).toBe(400);
    expect(await json(bad)).toMatchObject({ field: 'index', in: 'querystring' });
    expect((await fetch(`${base}/ledger/entries/99999`)).status).toBe(404);
  });
});
