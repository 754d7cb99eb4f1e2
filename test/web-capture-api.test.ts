/**
 * The capture routes of the API: asking for captures of a case (every URL checked first, the queue told),
 * and listing them with their state. The captures themselves run in test/web-capture.test.ts.
 */
import fs from 'node:fs/promises';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dossier } from '../src/app/open.js';
import { buildServer } from '../src/server/app.js';
import { signIn, testAccount } from './support/accounts.js';
import { newDossier } from './support/dossier.js';

describe('the capture routes', () => {
  let dossier: Dossier;
  let app: FastifyInstance;
  let auth: Record<string, string>;
  let told = 0;

  beforeAll(async () => {
    dossier = await newDossier();
    app = await buildServer(dossier, { onCapturesQueued: () => told++ });
    await testAccount(dossier, 'investigator');
    auth = await signIn(app, 'investigator');
    const created = await app.inject({ method: 'POST', url: '/api/v1/cases', headers: auth, payload: { id: 'posts', title: 'Removed posts' } });
    expect(created.statusCode).toBe(201);
  });
  afterAll(async () => {
    await app.close();
    await dossier.close();
    await fs.rm(dossier.config.dataDir, { recursive: true, force: true });
  });

  it('queues the URLs of a case, tells the queue, and lists them with their state', async () => {
    const asked = await app.inject({ method: 'POST', url: '/api/v1/cases/posts/captures', headers: auth, payload: { urls: ['https://example.org/post/1', ' https://example.org/post/2 '] } });
    expect(asked.statusCode).toBe(202);
    expect(told).toBe(1);
    const listed = await app.inject({ method: 'GET', url: '/api/v1/cases/posts/captures', headers: auth });
    const { captures } = JSON.parse(listed.body) as { captures: Array<{ url: string; state: string; requestedBy: string }> };
    expect(captures.map((capture) => [capture.url, capture.state]).sort()).toEqual([
      ['https://example.org/post/1', 'queued'],
      ['https://example.org/post/2', 'queued'],
    ]);
  });

  it('refuses a URL that is not http(s), naming the field, and queues none of the list', async () => {
    const refused = await app.inject({ method: 'POST', url: '/api/v1/cases/posts/captures', headers: auth, payload: { urls: ['https://example.org/ok', 'file:///etc/passwd'] } });
    expect(refused.statusCode).toBe(422);
    expect(JSON.parse(refused.body)).toMatchObject({ code: 'CAPTURE_URL_REFUSED', field: 'url' });
    const empty = await app.inject({ method: 'POST', url: '/api/v1/cases/posts/captures', headers: auth, payload: { urls: [] } });
    expect(empty.statusCode).toBe(400);
    const listed = JSON.parse((await app.inject({ method: 'GET', url: '/api/v1/cases/posts/captures', headers: auth })).body) as { captures: unknown[] };
    expect(listed.captures).toHaveLength(2);
  });
});
