import fs from 'node:fs/promises';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setMember } from '../src/access/members.js';
import { CASE_ROLES, ROLE_PERMISSIONS, isCasePermission, type CaseRole } from '../src/access/permissions.js';
import { DEMO_CASE_ID, seedDemoCase } from '../src/app/demo/demo-case.js';
import type { Dossier } from '../src/app/open.js';
import { RECORD_KIND_LIST } from '../src/app/record-kinds.js';
import { createCase } from '../src/cases/cases.js';
import { newId } from '../src/common/ids.js';
import { getEvidence } from '../src/evidence/evidence.js';
import { extractEvidenceText } from '../src/evidence/evidence-text.js';
import { extractAndSave, extractionInput } from '../src/extraction/run-extraction.js';
import type { RouteAccess } from '../src/server/access.js';
import { buildServer } from '../src/server/app.js';
import { signIn, testAccount } from './support/accounts.js';
import { newDossier } from './support/dossier.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
type Who = CaseRole | 'outsider' | 'admin' | 'anonymous';
const EVERYONE: Who[] = [...CASE_ROLES, 'outsider', 'admin', 'anonymous'];
const CASE = DEMO_CASE_ID;
const OTHER = 'other-case';

interface Route {
  method: string;
  url: string;
  access: RouteAccess;
}

describe('access control over every route and every role', () => {
  let dossier: Dossier;
  let app: FastifyInstance;
  const routes: Route[] = [];
  const headers = new Map<Who, Record<string, string>>();
  /** One record of each kind in the demo case, and one of the other case. */
  const recordOf = new Map<string, string>();
  const otherRecordOf = new Map<string, string>();
  let evidenceId: string;
  let otherEvidenceId: string;
  let entrySeq: number;
  let pinId: string;
  let reportId: string;
  let extractionId: string;
  let otherEntrySeq: number;
  let handoverId: string;

  beforeAll(async () => {
    dossier = await newDossier();
    app = await buildServer(dossier, {
      signInsPerMinute: 1000,
      // The published log's tiles are public when the operator publishes it; the matrix checks that case.
      publishLog: true,
      onRoute: (route) => {
        for (const method of [route.method].flat()) {
          if (method !== 'HEAD' && route.url.startsWith('/api/v1') && !route.url.startsWith('/api/v1/docs')) {
            routes.push({ method, url: route.url, access: (route.config as { access: RouteAccess }).access });
          }
        }
      },
    });
    await app.ready();
    await seedDemoCase(dossier);
    for (const role of CASE_ROLES) await setMember(dossier.database.db, 'test:setup', CASE, await testAccount(dossier, role.replace('_', '-')), role);
    await testAccount(dossier, 'outsider');
    await testAccount(dossier, 'admin', { isAdmin: true });
    await createCase(dossier, 'test:setup', { id: OTHER, title: 'Another team’s case' }, (trx) => setMember(trx, 'test:setup', OTHER, 'outsider', 'owner').then(() => undefined));
    for (const who of EVERYONE) if (who !== 'anonymous') headers.set(who, await signIn(app, who.replace('_', '-')));
    headers.set('anonymous', {});

    const owner = headers.get('owner')!;
    const outsider = headers.get('outsider')!;
    for (const kind of RECORD_KIND_LIST) {
      const page = await call('GET', `/cases/${CASE}/${kind.plural}?limit=1`, undefined, owner);
      if (page.body.items[0]) recordOf.set(kind.plural, page.body.items[0].id);
    }
    const incident = await call('POST', `/cases/${OTHER}/incidents`, { title: 'Shelling of the bakery', types: ['artillery_rocket_missile'] }, outsider);
    otherRecordOf.set('incidents', incident.body.id);
    const act = await call('POST', `/cases/${OTHER}/acts`, { incidentId: incident.body.id, type: 'artillery_rocket_missile' }, outsider);
    otherRecordOf.set('acts', act.body.id);
    evidenceId = (await call('GET', `/cases/${CASE}/evidence`, undefined, owner)).body.items[0].id;
    const form = new FormData();
    form.append('file', new Blob(['another team’s witness statement']), 'statement.txt');
    const upload = await app.inject({ method: 'POST', url: `/api/v1/cases/${OTHER}/evidence`, headers: outsider, payload: form });
    otherEvidenceId = (JSON.parse(upload.body) as Json).items[0].item.id;
    entrySeq = (await call('GET', `/ledger/entries?case=${CASE}&limit=1`, undefined, owner)).body.items[0].seq;
    otherEntrySeq = (await call('GET', `/ledger/entries?case=${OTHER}&limit=1`, undefined, outsider)).body.items[0].seq;
    handoverId = (await call('POST', `/cases/${CASE}/handovers`, { medium: 'USB stick' }, owner)).body.id;
    pinId = (await call('POST', `/cases/${CASE}/analysis/pins`, { title: 'Monthly tempo', analysis: 'tempo', query: { bin: 'month' } }, owner)).body.id;
    // An extraction kept for review, with a candidate to decide.
    const report = new FormData();
    report.append('file', new Blob(['On 15 July 2016, barrel bombs hit the market in Erbin. At least 14 civilians were killed.']), 'report.txt');
    reportId = (JSON.parse((await app.inject({ method: 'POST', url: `/api/v1/cases/${CASE}/evidence`, headers: owner, payload: report })).body) as Json).items[0].item.id;
    await extractEvidenceText({ database: dossier.database, vault: dossier.vault, tmpDir: dossier.tmpDir }, await getEvidence(dossier, reportId), CASE);
    const input = await extractionInput(dossier.database, CASE, reportId, {});
    extractionId = (await extractAndSave({ database: dossier.database, ledger: dossier.ledger, gazetteer: await dossier.places() }, newId('ext'), 'test:setup', input)).id;
  }, 120_000);
  afterAll(async () => {
    await app.close();
    await dossier.close();
    await fs.rm(dossier.config.dataDir, { recursive: true, force: true });
  });

  async function call(method: string, url: string, body: unknown, as: Record<string, string>) {
    const response = await app.inject({ method: method as 'GET', url: `/api/v1${url}`, headers: as, ...(body !== undefined ? { payload: body as object } : {}) });
    const isJson = /json/.test(String(response.headers['content-type'] ?? ''));
    return { status: response.statusCode, body: response.body && isJson ? (JSON.parse(response.body) as Json) : undefined };
  }

  /** A concrete request for a route, on the demo case's own objects; bodies are empty so nothing is changed. */
  function requestFor(route: Route): { url: string; body?: unknown } | undefined {
    const plural = route.url.includes('/disclosed/') ? (route.url.includes('/evidence/') ? undefined : 'incidents') : /^\/api\/v1\/cases\/:caseId\/([a-z_-]+)\/:id/.exec(route.url)?.[1];
    if (plural && !recordOf.has(plural)) return undefined;
    let url = route.url
      .replace('/api/v1', '')
      .replace(':caseId', CASE)
      .replace('/disclosed/evidence/:id', `/disclosed/evidence/${evidenceId}`)
      .replace('/analysis/pins/:id', `/analysis/pins/${pinId}`)
      .replace(':itemId', reportId)
      .replace(':extractionId', extractionId)
      .replace(':handoverId', handoverId)
      .replace(':number', '0')
      .replace(':id', plural ? recordOf.get(plural)! : route.url.startsWith('/api/v1/auth/tokens') ? 'tok_none' : CASE)
      .replace(':ref', evidenceId)
      .replace(':seq', String(entrySeq))
      .replace(':username', 'nobody')
      .replace(':objectId', recordOf.get('incidents')!)
      .replace('/ledger/tlog/tile/*', '/ledger/tlog/tile/0/000.p/1');
    if (route.url === '/api/v1/ledger/entries') url += `?case=${CASE}`;
    if (route.url === '/api/v1/ledger/proofs/inclusion') url += `?index=${entrySeq}`;
    if (route.url === '/api/v1/ledger/proofs/consistency') url += '?old=1';
    if (route.url === '/api/v1/places/search') url += '?name=Duma';
    if (route.url === '/api/v1/places/admin') url += '?lat=33.57&lon=36.4';
    if (route.url === '/api/v1/legal/suggestions') url += '?target=hospital&conflictType=non_international';
    if (route.url.endsWith('/search')) url += '?q=convoy';
    return { url, ...(['POST', 'PUT', 'PATCH'].includes(route.method) ? { body: {} } : {}) };
  }

  /** What the declared permission and the role table say this principal may do. */
  function expected(route: Route, who: Who): 'allowed' | 401 | 403 | 404 {
    const { permission } = route.access;
    if (permission === 'public') return 'allowed';
    if (who === 'anonymous') return 401;
    if (permission === 'signed-in') return 'allowed';
    if (permission === 'accounts:manage') return who === 'admin' ? 'allowed' : 403;
    if (!isCasePermission(permission)) throw new Error(`unknown permission ${permission}`);
    // The log's leaf hashes are for those who may read some case's ledger (the outsider owns another case).
    if (route.url === '/api/v1/ledger/leaves') return who === 'outsider' || ROLE_PERMISSIONS[who as CaseRole]?.includes('ledger:read') ? 'allowed' : 403;
    if (route.access.case === 'each') return 'allowed';
    if (who === 'outsider' || who === 'admin') return 404;
    return ROLE_PERMISSIONS[who].includes(permission) ? 'allowed' : 403;
  }

  it('every route declares its permission, and the routes of every record kind are there', () => {
    expect(routes.length).toBeGreaterThan(60);
    for (const route of routes) expect(route.access?.permission, `${route.method} ${route.url}`).toBeDefined();
    for (const kind of RECORD_KIND_LIST) expect(recordOf.has(kind.plural), `the demo case has a ${kind.label}`).toBe(true);
  });

  it('answers every route for every principal as the declared permissions say', async () => {
    const mismatches: string[] = [];
    let checked = 0;
    for (const route of routes) {
      if (route.url === '/api/v1/auth/logout') continue; // ends the session the rest of the matrix uses; tested below
      const request = requestFor(route);
      if (!request) continue;
      for (const who of EVERYONE) {
        const response = await call(route.method, request.url, request.body, headers.get(who)!);
        const want = expected(route, who);
        const accessDenied =
          response.status === 401 ||
          (response.status === 403 && response.body?.code === 'FORBIDDEN') ||
          (response.status === 404 && ['CASE_NOT_FOUND', 'EVIDENCE_NOT_FOUND', 'ENTRY_NOT_FOUND', 'NOT_FOUND'].includes(response.body?.code) && !/no (token|account|route|suggestion|comment)|not a member|disclosed/.test(response.body?.detail ?? ''));
        const got = accessDenied ? (response.status as 401 | 403 | 404) : 'allowed';
        checked++;
        if (got !== want) mismatches.push(`${route.method} ${request.url} as ${who}: expected ${want}, got ${response.status} ${response.body?.code ?? ''}`);
      }
    }
    expect(mismatches).toEqual([]);
    expect(checked).toBeGreaterThan(500);
  }, 120_000);

  it.each([
    ['POST', '/incidents', ['owner', 'investigator']],
    ['POST', '/assessments', ['owner', 'reviewer']],
    ['POST', '/import/acled', ['owner', 'investigator']],
    ['POST', '/evidence', ['owner', 'investigator']],
    ['POST', '/handovers', ['owner', 'investigator']],
    ['GET', '/handed-over-by', ['owner', 'investigator']],
    ['GET', '/export/json', ['owner', 'investigator', 'analyst']],
    ['GET', '/disclosed/export', ['owner', 'investigator', 'analyst', 'reviewer', 'external_counsel']],
    ['PUT', '/disclosures/:objectId', ['owner']],
    ['GET', '/restricted', ['owner', 'investigator']],
    ['GET', '/ledger', ['owner', 'investigator', 'analyst', 'reviewer']],
  ])('%s …%s is open to exactly %j', (method, suffix, allowedRoles) => {
    const route = routes.find((r) => r.method === method && (r.url.endsWith(suffix as string) || (suffix === '/ledger' && r.url === '/api/v1/ledger/entries')));
    expect(route).toBeDefined();
    for (const role of CASE_ROLES) expect(expected(route!, role) === 'allowed', `${role} on ${route!.url}`).toBe((allowedRoles as string[]).includes(role));
  });

  it('tells nobody which other cases hold the same file, nor what their intakes said', async () => {
    const owner = headers.get('owner')!;
    const outsider = headers.get('outsider')!;
    const original = await call('GET', `/evidence/${evidenceId}`, undefined, owner);
    const bytes = (await app.inject({ method: 'GET', url: `/api/v1/evidence/${evidenceId}/content`, headers: owner })).rawPayload;
    const form = new FormData();
    form.append('source', 'found on a public channel');
    form.append('file', new Blob([bytes]), 'copy.txt');
    const upload = JSON.parse((await app.inject({ method: 'POST', url: `/api/v1/cases/${OTHER}/evidence`, headers: outsider, payload: form })).body) as Json;
    expect(upload.items[0]).toMatchObject({ duplicate: false, item: { id: evidenceId, cases: [OTHER], originalName: 'copy.txt', source: 'found on a public channel' } });
    const seen = await call('GET', `/evidence/${evidenceId}`, undefined, outsider);
    expect(seen.body).toMatchObject({ cases: [OTHER], originalName: 'copy.txt', source: 'found on a public channel' });
    expect(seen.body.intakes.map((i: Json) => i.caseId)).toEqual([OTHER]);
    const text = JSON.stringify([upload, seen.body, (await call('GET', '/evidence', undefined, outsider)).body]);
    expect(text).not.toContain(CASE);
    if (original.body.source) expect(text).not.toContain(original.body.source);
    expect(text).not.toContain(original.body.originalName);
    const download = await app.inject({ method: 'GET', url: `/api/v1/evidence/${evidenceId}/content`, headers: outsider });
    expect(download.headers['content-disposition']).toContain('copy.txt');
    // The owner's view is unchanged, and now shows nothing of the outsider's case either.
    expect((await call('GET', `/evidence/${evidenceId}`, undefined, owner)).body).toMatchObject({ cases: [CASE], originalName: original.body.originalName });
  });

  it('answers 404 for another case’s objects of every kind, through either case', async () => {
    const outsider = headers.get('outsider')!;
    const owner = headers.get('owner')!;
    for (const [plural, id] of recordOf) {
      expect((await call('GET', `/cases/${CASE}/${plural}/${id}`, undefined, outsider)).status, `${plural} through its case`).toBe(404);
      expect((await call('GET', `/cases/${OTHER}/${plural}/${id}`, undefined, outsider)).status, `${plural} through the outsider's case`).toBe(404);
      expect((await call('GET', `/cases/${CASE}/${plural}/${id}/history`, undefined, outsider)).status).toBe(404);
    }
    for (const [plural, id] of otherRecordOf) expect((await call('GET', `/cases/${CASE}/${plural}/${id}`, undefined, owner)).status).toBe(404);
    expect((await call('PATCH', `/cases/${CASE}/incidents/${otherRecordOf.get('incidents')}`, { title: 'Hijacked' }, owner)).status).toBe(404);
    expect((await call('GET', `/evidence/${otherEvidenceId}`, undefined, owner)).status).toBe(404);
    expect((await call('GET', `/evidence/${otherEvidenceId}/content`, undefined, owner)).status).toBe(404);
    expect((await call('GET', `/ledger/entries/${otherEntrySeq}`, undefined, owner)).status).toBe(404);
    expect((await call('GET', `/ledger/proofs/inclusion?index=${otherEntrySeq}`, undefined, owner)).status).toBe(404);
    expect((await call('GET', `/cases/${OTHER}/members`, undefined, owner)).status).toBe(404);
    // Lists across cases show only one's own.
    expect((await call('GET', '/cases', undefined, owner)).body.items.map((c: Json) => c.id)).toEqual([CASE]);
    expect((await call('GET', '/cases', undefined, headers.get('admin')!)).body.items).toEqual([]);
    expect((await call('GET', `/evidence?case=${OTHER}`, undefined, owner)).body.items).toEqual([]);
    const everything = (await call('GET', '/evidence', undefined, owner)).body.items as Json[];
    expect(everything.some((item) => item.id === otherEvidenceId)).toBe(false);
    // An entry of no case other than the ledger's first is not served at all.
    const [verify] = await dossier.database.writeTransaction((trx) => dossier.ledger.append(trx, [{ actor: 'local:operator', action: 'verify', details: { blobs: 3 } }]));
    expect((await call('GET', `/ledger/entries/${verify!.seq}`, undefined, headers.get('admin')!)).status).toBe(404);
    expect((await call('GET', '/ledger/entries/0', undefined, owner)).body).toMatchObject({ action: 'init' });
    // A missing case and a case of someone else's answer alike.
    const missing = await call('GET', '/cases/no-such-case/incidents', undefined, owner);
    const foreign = await call('GET', `/cases/${OTHER}/incidents`, undefined, owner);
    expect([foreign.status, foreign.body.code, foreign.body.detail]).toEqual([missing.status, missing.body.code, missing.body.detail]);
  });
});
