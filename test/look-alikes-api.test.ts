import fs from 'node:fs/promises';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setMember } from '../src/access/members.js';
import type { Dossier } from '../src/app/open.js';
import { createCase } from '../src/cases/cases.js';
import { buildServer } from '../src/server/app.js';
import { circulatedCopies, generatedScene } from '../src/similarity/test-scenes.js';
import { signIn, testAccount } from './support/accounts.js';
import { newDossier } from './support/dossier.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

describe('look-alikes through the API', () => {
  let dossier: Dossier;
  let app: FastifyInstance;
  let alice: Record<string, string>;
  let bob: Record<string, string>;
  const ids = new Map<string, string>();

  const upload = async (caseId: string, who: Record<string, string>, name: string, bytes: Buffer) => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(bytes)]), name);
    const response = await app.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/evidence`, headers: who, payload: form });
    expect(response.statusCode, response.body).toBe(201);
    const id = (JSON.parse(response.body) as Json).items[0].item.id as string;
    // Hashed in the background after the answer; asked again here, queued behind it, so the links are there now.
    const again = await app.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/evidence/${id}/look-alikes`, headers: who });
    expect(again.statusCode, again.body).toBe(200);
    ids.set(`${caseId}/${name}`, id);
    return id;
  };
  const similar = async (who: Record<string, string>, id: string) => {
    const response = await app.inject({ method: 'GET', url: `/api/v1/evidence/${id}/similar`, headers: who });
    return { status: response.statusCode, body: JSON.parse(response.body) as Json };
  };

  beforeAll(async () => {
    dossier = await newDossier();
    app = await buildServer(dossier, { signInsPerMinute: 1000 });
    await app.ready();
    await testAccount(dossier, 'alice');
    await testAccount(dossier, 'bob');
    await createCase(dossier, 'test:setup', { id: 'aleppo', title: 'Aleppo' }, (trx) => setMember(trx, 'test:setup', 'aleppo', 'alice', 'owner').then(() => undefined));
    await createCase(dossier, 'test:setup', { id: 'ghouta', title: 'Ghouta' }, (trx) => setMember(trx, 'test:setup', 'ghouta', 'bob', 'owner').then(() => undefined));
    alice = await signIn(app, 'alice');
    bob = await signIn(app, 'bob');
    const original = await generatedScene(21);
    const copies = await circulatedCopies(original);
    await upload('aleppo', alice, 'original.png', original);
    await upload('aleppo', alice, 'resized.jpg', copies.resized);
    // Bob's team holds the same photo (the same bytes: one item in two cases) and a cropped copy of it.
    await upload('ghouta', bob, 'same-photo.png', original);
    await upload('ghouta', bob, 'cropped.jpg', copies.cropped);
  });
  afterAll(async () => {
    await app.close();
    await dossier.close();
    await fs.rm(dossier.config.dataDir, { recursive: true, force: true });
  });

  it('lists the look-alikes of the caller\'s cases, with distance and who was taken in first', async () => {
    const { status, body } = await similar(alice, ids.get('aleppo/resized.jpg')!);
    expect(status).toBe(200);
    expect(body.lookAlikes).toEqual([expect.objectContaining({ evidenceId: ids.get('aleppo/original.png'), originalName: 'original.png', cases: ['aleppo'], linked: true, distance: expect.any(Number) })]);
    expect(body.firstTakenIn).toBe(ids.get('aleppo/original.png'));
  });

  it('never shows another case\'s look-alikes, nor the names it gave', async () => {
    const shared = ids.get('aleppo/original.png')!;
    expect(ids.get('ghouta/same-photo.png')).toBe(shared);
    const seenByAlice = await similar(alice, shared);
    expect(seenByAlice.body.lookAlikes.map((l: Json) => l.evidenceId)).toEqual([ids.get('aleppo/resized.jpg')]);
    const seenByBob = await similar(bob, shared);
    expect(seenByBob.body.lookAlikes.map((l: Json) => l.evidenceId)).toEqual([ids.get('ghouta/cropped.jpg')]);
    expect(JSON.stringify(seenByBob.body)).not.toMatch(/original\.png|resized|aleppo/);
    // An item of a case Bob cannot read is not found, as one that does not exist.
    expect((await similar(bob, ids.get('aleppo/resized.jpg')!)).status).toBe(404);
    const widened = await app.inject({ method: 'GET', url: `/api/v1/evidence/${shared}/similar?maxDistance=30`, headers: bob });
    expect(widened.statusCode).toBe(200);
    expect(widened.json().lookAlikes).toEqual(expect.any(Array));
    expect(JSON.stringify(JSON.parse(widened.body))).not.toContain(ids.get('aleppo/resized.jpg'));
  });

  it('refuses to hash what is not an image', async () => {
    const form = new FormData();
    form.append('file', new Blob(['a witness statement']), 'statement.txt');
    const id = (JSON.parse((await app.inject({ method: 'POST', url: '/api/v1/cases/aleppo/evidence', headers: alice, payload: form })).body) as Json).items[0].item.id;
    const refused = await app.inject({ method: 'POST', url: `/api/v1/cases/aleppo/evidence/${id}/look-alikes`, headers: alice });
    expect(refused.statusCode).toBe(400);
  });
});
