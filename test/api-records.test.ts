import fs from 'node:fs/promises';
import { parse as parseCsv } from 'csv-parse/sync';
import { compileErrors, validate } from '@readme/openapi-parser';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dossier } from '../src/app/open.js';
import { buildServer } from '../src/server/app.js';
import { signIn, testAccount } from './support/accounts.js';
import { newDossier } from './support/dossier.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

describe('the records API', () => {
  let dossier: Dossier;
  let app: FastifyInstance;
  const routes: { method: string; url: string }[] = [];
  let incidentId: string;
  let auth: Record<string, string> = {};

  beforeAll(async () => {
    dossier = await newDossier();
    app = await buildServer(dossier, {
      onRoute: (route) => {
        for (const method of [route.method].flat()) if (method !== 'HEAD') routes.push({ method, url: route.url });
      },
    });
    await app.ready();
    auth = await signIn(app, await testAccount(dossier, 'investigator'));
    await call('POST', '/cases', { id: 'aleppo', title: 'Eastern Aleppo' });
    await call('POST', '/cases', { id: 'ghouta', title: 'East Ghouta' });
  });
  afterAll(async () => {
    await app.close();
    await dossier.close();
    await fs.rm(dossier.config.dataDir, { recursive: true, force: true });
  });

  async function call(method: 'GET' | 'POST' | 'PATCH', url: string, body?: unknown, headers: Record<string, string> = {}) {
    const response = await app.inject({ method, url: `/api/v1${url}`, ...(body !== undefined ? { payload: body as object } : {}), headers: { ...auth, ...headers } });
    return { status: response.statusCode, headers: response.headers, body: response.body ? (JSON.parse(response.body) as Json) : undefined };
  }

  it('creates an incident and reads it back exactly, with its derived date bounds', async () => {
    const input = {
      title: 'Air strike on the aid convoy',
      types: ['air_strike'],
      date: { edtf: '2016-09-19', asReported: '19 September 2016' },
      place: { precision: 'settlement', pcodes: { community: 'C1029' } },
    };
    const created = await call('POST', '/cases/aleppo/incidents', input);
    expect(created.status).toBe(201);
    expect(created.headers.location).toBe(`/api/v1/cases/aleppo/incidents/${created.body.id}`);
    incidentId = created.body.id;
    const read = await call('GET', `/cases/aleppo/incidents/${incidentId}`);
    expect(read.body).toMatchObject({ ...input, date: { ...input.date, earliest: '2016-09-19T00:00:00.000Z' }, grade: 'reported', rev: 1 });
    expect(read.headers.etag).toBe('"1"');
  });

  it.each([
    ['an unknown term', { title: 'x', types: ['air_raid'] }, 'types[0]'],
    ['a bad EDTF date', { title: 'x', types: ['air_strike'], date: { edtf: 'mid-July' } }, 'date.edtf'],
    ['a latitude out of range', { title: 'x', types: ['air_strike'], place: { precision: 'settlement', geometry: { type: 'Point', coordinates: [36, 100] } } }, 'place.geometry.coordinates.latitude'],
    ['an unknown field', { title: 'x', types: ['air_strike'], killed: 4 }, 'killed'],
    ['a missing field', { types: ['air_strike'] }, 'title'],
  ])('answers %s with 400 problem+json naming the field', async (_what, body, field) => {
    const response = await call('POST', '/cases/aleppo/incidents', body);
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body).toMatchObject({ code: 'VALIDATION_FAILED', field });
  });

  it('updates with If-Match, refuses a stale ETag, and shows the revision history', async () => {
    const patched = await call('PATCH', `/cases/aleppo/incidents/${incidentId}`, { narrative: 'Struck while unloading' }, { 'if-match': '"1"' });
    expect(patched.status).toBe(200);
    expect(patched.body.rev).toBe(2);
    const stale = await call('PATCH', `/cases/aleppo/incidents/${incidentId}`, { narrative: 'again' }, { 'if-match': '"1"' });
    expect(stale.status).toBe(409);
    const removed = await call('PATCH', `/cases/aleppo/incidents/${incidentId}`, { narrative: null });
    expect(removed.body.narrative).toBeUndefined();
    const history = await call('GET', `/cases/aleppo/incidents/${incidentId}/history`);
    expect(history.body.items.map((r: Json) => [r.rev, r.changedFields])).toEqual([
      [1, ['date', 'place', 'title', 'types']],
      [2, ['narrative']],
      [3, ['narrative']],
    ]);
  });

  it('answers 404 for another case’s record and for an unknown case', async () => {
    expect((await call('GET', `/cases/ghouta/incidents/${incidentId}`)).status).toBe(404);
    expect((await call('GET', '/cases/nowhere/incidents')).status).toBe(404);
  });

  it('filters lists by query and pages with a cursor', async () => {
    for (const day of ['2016-07-15', '2016-08-01', '2016-10-02']) {
      await call('POST', '/cases/aleppo/incidents', { title: `Barrel bomb ${day}`, types: ['barrel_bomb'], date: { edtf: day } });
    }
    const first = await call('GET', '/cases/aleppo/incidents?type=barrel_bomb&limit=2');
    expect(first.body.items).toHaveLength(2);
    const second = await call('GET', `/cases/aleppo/incidents?type=barrel_bomb&limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body.items.map((i: Json) => i.date.edtf)).toEqual(['2016-10-02']);
    expect(second.body.nextCursor).toBeUndefined();
    const july = await call('GET', '/cases/aleppo/incidents?from=mid-July%202016&to=2016-07-31');
    expect(july.body.items.map((i: Json) => i.title)).toEqual(['Barrel bomb 2016-07-15']);
    const bad = await call('GET', '/cases/aleppo/incidents?bbox=1,2,3');
    expect(bad).toMatchObject({ status: 400, body: { field: 'bbox' } });
    const badSort = await call('GET', '/cases/aleppo/incidents?sort=colour');
    expect(badSort).toMatchObject({ status: 400, body: { field: 'sort' } });
  });

  it('serves an incident’s file and a summary whose totals keep their bounds', async () => {
    const other = await call('POST', '/cases/aleppo/incidents', { title: 'Market strike', types: ['air_strike'], date: { edtf: '2016-10-12' } });
    await call('POST', '/cases/aleppo/victim-groups', { incidentId: incidentId, countingUnit: 'persons', killed: { qualifier: 'at_least', min: 14 } });
    await call('POST', '/cases/aleppo/victim-groups', { incidentId: other.body.id, countingUnit: 'persons', killed: { qualifier: 'at_least', min: 2 } });
    await call('POST', '/cases/aleppo/victim-groups', { incidentId: other.body.id, countingUnit: 'persons', killed: { qualifier: 'unknown' } });
    const file = await call('GET', `/cases/aleppo/incidents/${incidentId}/file`);
    expect(file.status).toBe(200);
    expect(file.body.figures.killed).toMatchObject({ min: 14, max: null, qualifier: 'at_least' });
    const summary = await call('GET', '/cases/aleppo/summary?type=air_strike');
    expect(summary.body.victims.killed).toMatchObject({ min: 16, qualifier: 'at_least', unknownParts: 1, text: 'at least 16 (1 of 3 figures unknown)' });
    // Nobody gave an injured figure: the API says there is none, not that it is zero.
    expect(file.body.figures.injured).toMatchObject({ qualifier: 'none', parts: 0, max: null });
    expect(summary.body.victims.injured).toMatchObject({ qualifier: 'none', text: 'no figure' });
    expect(summary.body.byType.air_strike).toBe(2);
  });

  it('narrows the list by the means and the targets of an incident’s acts, and counts them in the summary', async () => {
    const hospital = await call('POST', '/cases/ghouta/incidents', { title: 'Strike on the field hospital', types: ['air_strike'] });
    const market = await call('POST', '/cases/ghouta/incidents', { title: 'Barrel bombs on the market', types: ['barrel_bomb'] });
    await call('POST', '/cases/ghouta/acts', { incidentId: hospital.body.id, type: 'air_strike', means: ['unguided_bomb'], targets: ['hospital'] });
    await call('POST', '/cases/ghouta/acts', { incidentId: market.body.id, type: 'barrel_bomb', means: ['barrel_bomb', 'unguided_bomb'], targets: ['market'] });
    const titles = async (query: string) => (await call('GET', `/cases/ghouta/incidents?${query}`)).body.items.map((i: Json) => i.title).sort();
    expect(await titles('target=hospital')).toEqual(['Strike on the field hospital']);
    expect(await titles('means=barrel_bomb')).toEqual(['Barrel bombs on the market']);
    expect(await titles('means=unguided_bomb&target=hospital,market')).toEqual(['Barrel bombs on the market', 'Strike on the field hospital']);
    expect(await titles('means=barrel_bomb&target=hospital')).toEqual([]);
    const summary = await call('GET', '/cases/ghouta/summary?means=unguided_bomb');
    expect(summary.body).toMatchObject({ incidents: 2, byMeans: { unguided_bomb: 2, barrel_bomb: 1 }, byTarget: { hospital: 1, market: 1 } });
  });

  it('searches English and Arabic text with counts by kind', async () => {
    await call('POST', '/cases/aleppo/incidents', { title: 'قصف سوق الخضار', narrative: 'غارة جوية على السوق', types: ['air_strike'] });
    const arabic = await call('GET', `/cases/aleppo/search?q=${encodeURIComponent('السوق')}`);
    expect(arabic.body.hits.map((h: Json) => h.title)).toEqual(['قصف سوق الخضار']);
    const english = await call('GET', '/cases/aleppo/search?q=market');
    expect(english.body.byKind.incident).toBe(1);
    expect(english.body.incidentFacets.byType.air_strike).toBe(1);
    expect((await call('GET', '/cases/aleppo/search?q=')).status).toBe(400);
  });

  it('resolves place names in their spellings to P-codes', async () => {
    for (const name of ['Erbin', 'Arbin', '‘Irbīn', 'عربين']) {
      const found = await call('GET', `/places/search?name=${encodeURIComponent(name)}`);
      expect(found.body.items[0]).toMatchObject({ pcode: 'C2321', admin1: { pcode: 'SY03' } });
    }
    const admin = await call('GET', '/places/admin?lat=36.2&lon=37.16');
    expect(admin.body.admin1.pcode).toBe('SY02');
    expect((await call('GET', '/places/admin?lat=95&lon=37')).body).toMatchObject({ field: 'lat' });
  });

  it('serves the vocabularies and legal suggestions with gap warnings', async () => {
    const vocab = await call('GET', '/vocabularies');
    expect(vocab.body.vocabularies.incident_types.terms.map((t: Json) => t.id)).toContain('barrel_bomb');
    // Each term keeps its English `label` and carries its labels in every language of the web app.
    expect(vocab.body.vocabularies.conflict_types.terms[0]).toEqual({
      id: 'international',
      label: 'International armed conflict',
      labels: { en: 'International armed conflict', fr: 'Conflit armé international', ar: 'نزاع مسلح دولي' },
    });
    const legal = await call('GET', '/legal/provisions');
    const murder = legal.body.provisions.find((p: Json) => p.id === 'rs-7-1-a');
    expect(murder).toMatchObject({ title: 'Murder as a crime against humanity', translations: { fr: { title: 'Crime contre l’humanité de meurtre' }, ar: { title: 'الجريمة ضد الإنسانية المتمثلة في القتل العمد' } } });
    expect(Object.keys(murder.translations.ar.elements)).toEqual(murder.elements.map((e: Json) => e.id));
    const niac = await call('GET', '/legal/suggestions?target=residential&conflictType=non_international');
    expect(niac.body.warnings.join(' ')).toMatch(/civilian objects/);
    const hospital = await call('GET', '/legal/suggestions?target=hospital&conflictType=non_international');
    expect(hospital.body.provisions.map((p: Json) => p.provisionId)).toEqual(expect.arrayContaining(['rs-8-2-e-ii', 'rs-8-2-e-iv']));
  });

  it('exports ACLED CSV, GeoJSON and JSON, and imports ACLED CSV with a per-row report', async () => {
    const csv = await app.inject({ method: 'GET', url: '/api/v1/cases/aleppo/export/acled', headers: auth });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const [header, ...rows] = csv.body.trim().split('\n');
    expect(header!.split(',')).toHaveLength(31);
    expect(rows.length).toBeGreaterThan(0);
    expect(JSON.parse(decodeURIComponent(String(csv.headers['x-dossier-losses'])))).toEqual(expect.any(Array));
    const geojson = await call('GET', '/cases/aleppo/export/geojson');
    expect(geojson.body.type).toBe('FeatureCollection');
    const full = await call('GET', '/cases/aleppo/export/json');
    expect(full.body.records.incidents.length).toBeGreaterThan(0);
    const fixture = await fs.readFile(new URL('./fixtures/acled/syria-sample.csv', import.meta.url), 'utf8');
    const imported = await app.inject({ method: 'POST', url: '/api/v1/cases/ghouta/import/acled', payload: fixture, headers: { ...auth, 'content-type': 'text/csv' } });
    const report = JSON.parse(imported.body);
    expect(report.imported).toBe(5);
    expect(report.rejected.map((r: Json) => r.field)).toEqual(expect.arrayContaining(['event_date', 'country', 'latitude', 'fatalities']));

    // An actor named as a spreadsheet formula comes back as text, unless raw=true asks for it verbatim.
    const [columns, convoy] = fixture.split('\n');
    const formula = `${columns}\n${convoy!.replace('Military Forces of Syria (2000-)', '"=HYPERLINK(""http://x.test"")"')}\n`;
    await call('POST', '/cases', { id: 'formulas', title: 'Formulas' });
    const taken = await app.inject({ method: 'POST', url: '/api/v1/cases/formulas/import/acled', payload: formula, headers: { ...auth, 'content-type': 'text/csv' } });
    expect(JSON.parse(taken.body).imported).toBe(1);
    const actor1 = async (query: string) => {
      const response = await app.inject({ method: 'GET', url: `/api/v1/cases/formulas/export/acled${query}`, headers: auth });
      const [row] = parseCsv(response.body, { columns: true }) as Record<string, string>[];
      return { actor1: row!.actor1, losses: JSON.parse(decodeURIComponent(String(response.headers['x-dossier-losses']))) as string[] };
    };
    const safe = await actor1('');
    expect(safe.actor1).toBe(`'=HYPERLINK("http://x.test")`);
    expect(safe.losses).toContainEqual(expect.stringMatching(/^1 cell begins with =.*raw=true/));
    expect((await actor1('?raw=true')).actor1).toBe('=HYPERLINK("http://x.test")');
    expect((await app.inject({ method: 'GET', url: '/api/v1/cases/formulas/export/acled?raw=maybe', headers: auth })).statusCode).toBe(400);
  });

  it('serves a valid OpenAPI 3 document that covers every route', async () => {
    const response = await call('GET', '/openapi.json');
    expect(response.status).toBe(200);
    const doc = response.body;
    const result = await validate(structuredClone(doc));
    expect(result.valid, result.valid ? '' : compileErrors(result)).toBe(true);
    const documented = new Set<string>();
    for (const [path, operations] of Object.entries(doc.paths as Record<string, object>)) {
      for (const method of Object.keys(operations)) documented.add(`${method.toUpperCase()} ${path}`);
    }
    const hidden = new Set(['/api/v1/openapi.json']);
    const missing = routes
      .filter((r) => r.url.startsWith('/api/v1/') && !r.url.startsWith('/api/v1/docs') && !hidden.has(r.url))
      // A wildcard route (the log's tiles) is documented as {*}, as @fastify/swagger writes it.
      .map((r) => `${r.method} ${r.url.replace(/:(\w+)/g, '{$1}').replace(/\*$/, '{*}')}`)
      .filter((r) => !documented.has(r));
    expect(missing).toEqual([]);
    expect(documented.has('POST /api/v1/cases/{caseId}/incidents')).toBe(true);
    const docs = await app.inject({ method: 'GET', url: '/api/v1/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toContain('swagger');
  });
});
