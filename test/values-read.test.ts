import fs from 'node:fs/promises';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dossier } from '../src/app/open.js';
import { buildServer } from '../src/server/app.js';
import { signIn, testAccount } from './support/accounts.js';
import { newDossier } from './support/dossier.js';

describe('POST /values/read: words read into values for any form, saving nothing', () => {
  let dossier: Dossier;
  let app: FastifyInstance;
  let headers: Record<string, string>;
  beforeAll(async () => {
    dossier = await newDossier();
    app = await buildServer(dossier, { signInsPerMinute: 1000 });
    await app.ready();
    headers = await signIn(app, await testAccount(dossier, 'reader'));
  });
  afterAll(async () => {
    await app?.close();
    await dossier?.close();
    if (dossier) await fs.rm(dossier.config.dataDir, { recursive: true, force: true });
  });

  const read = (values: unknown) => app.inject({ method: 'POST', url: '/api/v1/values/read', headers, payload: { values } });

  it('reads dates, places and counts, each under the field it was sent for, with how it was read', async () => {
    const before = await dossier.ledger.checkpointSize();
    const response = await read([
      { field: 'publishedOn', kind: 'date', text: 'mid-July 2016' },
      { field: 'place', kind: 'place', text: '‘Irbīn' },
      { field: 'killed', kind: 'count', text: 'at least 14' },
      { field: 'injured', kind: 'count', text: 'dozens' },
    ]);
    expect(response.statusCode).toBe(200);
    const { values } = response.json() as { values: { field: string; value: Record<string, unknown>; reading: { field: string; typed: string; readAs: string } }[] };
    expect(values.map((v) => v.field)).toEqual(['publishedOn', 'place', 'killed', 'injured']);
    expect(values[0]!.value).toMatchObject({ edtf: '2016-07-11/2016-07-20' });
    expect(values[0]!.reading).toEqual({ field: 'publishedOn', typed: 'mid-July 2016', readAs: '2016-07-11/2016-07-20 (2016-07-11 to 2016-07-20)' });
    expect(values[1]!.value).toMatchObject({ precision: 'settlement', pcodes: { community: 'C2321' }, asReported: '‘Irbīn' });
    expect(values[1]!.reading.field).toBe('place');
    expect(values[2]!.value).toMatchObject({ qualifier: 'at_least', min: 14 });
    expect(values[3]!.reading.readAs).toBe('dozens (at least 24)');
    expect(await dossier.ledger.checkpointSize()).toBe(before);
  });

  it('names the form’s own field when words cannot be read', async () => {
    const place = await read([{ field: 'siteLocation', kind: 'place', text: 'Nowhere-at-all-qzx' }]);
    expect(place.statusCode).toBe(400);
    expect(place.json()).toMatchObject({ field: 'siteLocation' });
    const count = await read([{ field: 'missing', kind: 'count', text: 'a great many perhaps' }]);
    expect(count.statusCode).toBe(400);
    expect(count.json()).toMatchObject({ field: 'missing' });
  });

  it('is for signed-in readers only', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/v1/values/read', payload: { values: [] } });
    expect(response.statusCode).toBe(401);
  });
});
