import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setMember } from '../src/access/members.js';
import { analysisJson } from '../src/analysis/analysis-json.js';
import type { PatternResult } from '../src/analysis/pattern-result.js';
import { patternHtml, patternMarkdown } from '../src/analysis/pattern-text.js';
import { runAnalysis } from '../src/analysis/run-analysis.js';
import { DEMO_CASE_ID, seedDemoCase } from '../src/app/demo/demo-case.js';
import type { Dossier } from '../src/app/open.js';
import { actorKind } from '../src/actors/actor-kind.js';
import { createRecord } from '../src/records/record-store.js';
import { buildServer } from '../src/server/app.js';
import { signIn, testAccount } from './support/accounts.js';
import { enginesUnderTest } from './support/engines.js';
import { newDossier, runCli, tempDir } from './support/dossier.js';

const engines = await enginesUnderTest();
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe.each(engines)('analyses through the API and the CLI on $name', (engine) => {
  let dossier: Dossier;
  let app: FastifyInstance;
  const auth = new Map<string, Record<string, string>>();
  const base = `/api/v1/cases/${DEMO_CASE_ID}/analysis`;

  beforeAll(async () => {
    dossier = await newDossier(await engine.createDatabase());
    await seedDemoCase(dossier);
    app = await buildServer(dossier, {});
    await app.ready();
    for (const role of ['owner', 'analyst', 'external_counsel'] as const) {
      await setMember(dossier.database.db, 'test:setup', DEMO_CASE_ID, await testAccount(dossier, role.replace('_', '-')), role);
      auth.set(role, await signIn(app, role.replace('_', '-')));
    }
  });
  afterAll(async () => {
    await app?.close();
    await dossier?.close();
    await engine.dropAll();
  });

  const get = (url: string, as = 'analyst') => app.inject({ method: 'GET', url, headers: auth.get(as)! });

  it('answers each analysis with the same bytes the domain gives, again at the same tree size, and a new ledger point after a write', async () => {
    const deps = { database: dossier.database, ledger: dossier.ledger, gazetteer: await dossier.places() };
    for (const [analysis, query] of [
      ['tempo', '?bin=month&type=air_strike'],
      ['sequence', '?level=admin1'],
      ['compare', ''],
      ['pattern', '?minGrade=reported'],
      ['where', '?level=admin2&waveKm=20&waveDays=10&waveMin=2'],
    ] as const) {
      const first = await get(`${base}/${analysis}${query}`);
      expect(first.statusCode, first.body).toBe(200);
      const again = await get(`${base}/${analysis}${query}`);
      expect(again.body).toBe(first.body);
      const body = JSON.parse(first.body) as { analysis: string; ledger: { size: number }; selection: { included: number }; method: { version: string } };
      expect(body).toMatchObject({ analysis, ledger: { size: await dossier.ledger.checkpointSize() }, method: { version: '1' } });
      expect(body.selection.included).toBeGreaterThan(0);
      const request = {
        analysis,
        ...(analysis === 'tempo' ? { bin: 'month' as const, filters: { type: 'air_strike' } } : {}),
        ...(analysis === 'sequence' ? { level: 'admin1' } : {}),
        ...(analysis === 'pattern' ? { minGrade: 'reported' } : {}),
        ...(analysis === 'where' ? { level: 'admin2', waveKm: 20, waveDays: 10, waveMinIncidents: 2 } : {}),
      };
      expect(analysisJson(await runAnalysis(deps, DEMO_CASE_ID, request))).toBe(first.body);
    }
    const before = JSON.parse((await get(`${base}/pattern`)).body) as { ledger: { size: number; root: string } };
    await createRecord(deps, actorKind, 'test:analyst', DEMO_CASE_ID, { name: 'A unit documented later', actorKind: 'unit', actorType: 'rebel_group' });
    const after = JSON.parse((await get(`${base}/pattern`)).body) as { ledger: { size: number; root: string } };
    expect(after.ledger.size).toBeGreaterThan(before.ledger.size);
    expect(after.ledger.root).not.toBe(before.ledger.root);
  });

  it('pins a result: kept byte for byte, its hash in an analyse ledger entry', async () => {
    const pinned = await app.inject({ method: 'POST', url: `${base}/pins`, headers: auth.get('analyst')!, payload: { title: 'Sequence by governorate', analysis: 'sequence', query: { level: 'admin1' } } });
    expect(pinned.statusCode, pinned.body).toBe(201);
    const pin = JSON.parse(pinned.body) as { id: string; ledgerSeq: number; resultSha256: string; treeSize: number };
    const listed = JSON.parse((await get(`${base}/pins`)).body) as { items: { id: string; title: string }[] };
    expect(listed.items.map((p) => [p.id, p.title])).toContainEqual([pin.id, 'Sequence by governorate']);
    const kept = await get(`${base}/pins/${pin.id}`);
    expect(sha256(kept.body)).toBe(pin.resultSha256);
    expect(JSON.parse(kept.body)).toMatchObject({ analysis: 'sequence', ledger: { size: pin.treeSize } });
    const entry = await dossier.ledger.entry(pin.ledgerSeq);
    expect(entry).toMatchObject({ action: 'analyse', subject: { case: DEMO_CASE_ID }, details: { pin: pin.id, analysis: 'sequence', resultSha256: pin.resultSha256, treeSize: pin.treeSize } });
    // A result edited in the database no longer matches its entry, and is refused rather than shown.
    await dossier.database.db.updateTable('pinned_analyses').set({ result: kept.body.replace('"sequence"', '"sequencE"') }).where('id', '=', pin.id).execute();
    expect((await get(`${base}/pins/${pin.id}`)).statusCode).toBe(500);
  });

  it('prints the pattern of conduct as a page of its own (HTML allowed only its own style, no script) and as Markdown, live and pinned', async () => {
    const html = await get(`${base}/pattern?format=html&type=air_strike`);
    expect(html.statusCode, html.body).toBe(200);
    expect(html.headers['content-type']).toMatch(/^text\/html/);
    const style = /<style>([\s\S]*?)<\/style>/.exec(html.body)![1]!;
    const csp = String(html.headers['content-security-policy']);
    expect(csp).toContain(`style-src 'sha256-${createHash('sha256').update(style).digest('base64')}'`);
    expect(csp).toMatch(/default-src 'none'.*sandbox/);
    expect(html.body).not.toContain('<script');
    const json = JSON.parse((await get(`${base}/pattern?type=air_strike`)).body) as PatternResult;
    expect(html.body).toBe(patternHtml(json));
    const markdown = await get(`${base}/pattern?format=markdown&type=air_strike`);
    expect(markdown.headers['content-type']).toMatch(/^text\/markdown/);
    expect(markdown.body).toBe(patternMarkdown(json));

    const payload = { title: 'Pattern, air strikes', analysis: 'pattern', query: { type: 'air_strike' } };
    const pin = JSON.parse((await app.inject({ method: 'POST', url: `${base}/pins`, headers: auth.get('analyst')!, payload })).body) as { id: string };
    const kept = JSON.parse((await get(`${base}/pins/${pin.id}`)).body) as PatternResult;
    expect((await get(`${base}/pins/${pin.id}?format=html`)).body).toBe(patternHtml(kept));
    expect((await get(`${base}/pins/${pin.id}?format=markdown`)).body).toBe(patternMarkdown(kept));
    const tempoPin = JSON.parse((await app.inject({ method: 'POST', url: `${base}/pins`, headers: auth.get('analyst')!, payload: { title: 'Tempo', analysis: 'tempo', query: { bin: 'month' } } })).body) as { id: string };
    const refused = await get(`${base}/pins/${tempoPin.id}?format=html`);
    expect(refused.statusCode).toBe(400);
    expect(JSON.parse(refused.body)).toMatchObject({ field: 'format' });
  });

  it('refuses counsel, who sees only what was disclosed: a pinned analysis once an owner discloses it', async () => {
    expect((await get(`${base}/tempo`, 'external_counsel')).statusCode).toBe(403);
    expect((await app.inject({ method: 'POST', url: `${base}/pins`, headers: auth.get('external_counsel')!, payload: { title: 't', analysis: 'tempo' } })).statusCode).toBe(403);
    const pinned = await app.inject({ method: 'POST', url: `${base}/pins`, headers: auth.get('analyst')!, payload: { title: 'Where, by governorate', analysis: 'where' } });
    const pin = JSON.parse(pinned.body) as { id: string; resultSha256: string };
    const disclosedUrl = `/api/v1/cases/${DEMO_CASE_ID}/disclosed/analyses/${pin.id}`;
    expect((await get(disclosedUrl, 'external_counsel')).statusCode).toBe(404);
    expect((await get(`${base}/pins/${pin.id}`, 'external_counsel')).statusCode).toBe(403);
    const disclosed = await app.inject({ method: 'PUT', url: `/api/v1/cases/${DEMO_CASE_ID}/disclosures/${pin.id}`, headers: auth.get('owner')! });
    expect(disclosed.statusCode, disclosed.body).toBe(200);
    expect(JSON.parse(disclosed.body)).toMatchObject({ objectType: 'analysis', kind: 'where', title: 'Where, by governorate' });
    const read = await get(disclosedUrl, 'external_counsel');
    expect(read.statusCode).toBe(200);
    expect(sha256(read.body)).toBe(pin.resultSha256);
    const all = JSON.parse((await get(`/api/v1/cases/${DEMO_CASE_ID}/disclosed/export`, 'external_counsel')).body) as { analyses: { id: string; resultSha256: string }[] };
    expect(all.analyses.map((a) => [a.id, a.resultSha256])).toEqual([[pin.id, pin.resultSha256]]);
  });

  it('answers bad input in words, naming the field', async () => {
    const unknownEvent = await get(`${base}/tempo?around=ctx_nothing`);
    expect(unknownEvent.statusCode).toBe(404);
    expect(JSON.parse(unknownEvent.body).detail).toContain('ctx_nothing');
    expect((await get(`${base}/sequence?level=street`)).statusCode).toBe(400);
    const empty = await get(`${base}/pattern?type=pillage`);
    expect(empty.statusCode).toBe(400);
    expect(JSON.parse(empty.body)).toMatchObject({ code: 'VALIDATION_FAILED', field: 'selection' });
    const grade = await get(`${base}/compare?minGrade=excellent`);
    expect(grade.statusCode).toBe(400);
    expect(JSON.parse(grade.body).detail).toContain('excellent');
    const unknownActor = await get(`${base}/compare?party=Nobody%20at%20all`);
    expect(unknownActor.statusCode).toBe(404);
    expect(JSON.parse(unknownActor.body).detail).toContain('Nobody at all');
  });

  // The CLI opens the data directory's own database: once, on SQLite.
  if (engine.name === 'sqlite') it('the CLI prints the same canonical JSON twice, and writes the pattern as HTML', async () => {
    const data = dossier.config.dataDir;
    const args = ['--data', data, '--json', 'analyse', 'tempo', '--case', DEMO_CASE_ID, '--bin', 'month'];
    const [one, two] = [await runCli(args), await runCli(args)];
    expect(one.code, one.stderr).toBe(0);
    expect(one.stdout).toBe(two.stdout);
    expect(JSON.parse(one.stdout)).toMatchObject({ analysis: 'tempo', parameters: { bin: 'month' } });
    const out = path.join(await tempDir('dossier-pattern-'), 'pattern.html');
    const html = await runCli(['--data', data, 'analyse', 'pattern', '--case', DEMO_CASE_ID, '--format', 'html', '--out', out]);
    expect(html.code, html.stderr).toBe(0);
    const page = await fs.readFile(out, 'utf8');
    expect(page).toMatch(/^<!DOCTYPE html>/i);
    expect(page).not.toContain('<script');
    const words = await runCli(['--data', data, 'analyse', 'sequence', '--case', DEMO_CASE_ID, '--level', 'nowhere']);
    expect(words.code).toBe(2);
    expect(words.stderr).toContain('level');
  });
});
