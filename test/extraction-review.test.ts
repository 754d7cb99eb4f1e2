import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setMember } from '../src/access/members.js';
import { actorKind } from '../src/actors/actor-kind.js';
import type { Dossier } from '../src/app/open.js';
import { createCase } from '../src/cases/cases.js';
import { addEvidenceTexts } from '../src/db/evidence-text-index.js';
import { extractEvidenceText } from '../src/evidence/evidence-text.js';
import { ingestEvidence } from '../src/evidence/evidence.js';
import { incidentKind } from '../src/incidents/incident-kind.js';
import { victimGroupKind } from '../src/incidents/victim-group-kind.js';
import { createRecord } from '../src/records/record-store.js';
import { buildServer } from '../src/server/app.js';
import { signIn, testAccount } from './support/accounts.js';
import { enginesUnderTest } from './support/engines.js';
import { newDossier, runCli } from './support/dossier.js';

const engines = await enginesUnderTest();

// Written for this test in the style of an NGO monthly report; not taken from any published text.
const REPORT = `Monthly report on attacks, 2 August 2016

On 15 July 2016, Government aircraft dropped barrel bombs on the vegetable market in Erbin. At least 14 civilians, among them four children, were killed and dozens were injured. We have reasonable grounds to believe the Syrian Arab Air Force carried out the strike.

On 20 July 2016, a school in Kafr Nabl was struck by an air strike. Three children were killed.

On 21 July 2016, artillery shelled the bakery in Saraqab, killing 5 civilians.

On 22 July 2016, rockets hit the main hospital in Saraqab. Two nurses were injured.`;

describe.each(engines)('the review queue of extractions on $name', (engine) => {
  let dossier: Dossier;
  let app: FastifyInstance;
  const auth = new Map<string, Record<string, string>>();
  let itemId: string;
  let documented: string;
  let airForce: string;
  const base = '/api/v1/cases/reports';

  beforeAll(async () => {
    dossier = await newDossier(await engine.createDatabase());
    await createCase(dossier, 'test:owner', { id: 'reports', title: 'Reports' });
    await createCase(dossier, 'test:owner', { id: 'other', title: 'Another case' });
    const deps = { database: dossier.database, ledger: dossier.ledger, gazetteer: await dossier.places() };
    airForce = (await createRecord(deps, actorKind, 'test:analyst', 'reports', { name: 'Syrian Arab Air Force', actorKind: 'organisation', actorType: 'state_armed_forces' })).id;
    documented = (await createRecord(deps, incidentKind, 'test:analyst', 'reports', { title: 'Market in Erbin struck', types: ['barrel_bomb'], date: { edtf: '2016-07' }, place: { precision: 'settlement', pcodes: { community: 'C2321' } } })).id;
    await createRecord(deps, victimGroupKind, 'test:analyst', 'reports', { incidentId: documented, countingUnit: 'persons', killed: { qualifier: 'at_least', min: 10 } });
    const { item } = await ingestEvidence(dossier, 'test:analyst', { caseId: 'reports', originalName: 'report.txt', content: [Buffer.from(REPORT)] });
    itemId = item.id;
    expect(await extractEvidenceText({ database: dossier.database, vault: dossier.vault, tmpDir: `${dossier.config.dataDir}/tmp` }, item, 'reports')).toMatchObject({ status: 'indexed', origin: 'text' });
    app = await buildServer(dossier, {});
    await app.ready();
    for (const role of ['investigator', 'analyst'] as const) {
      await setMember(dossier.database.db, 'test:setup', 'reports', await testAccount(dossier, role), role);
      auth.set(role, await signIn(app, role));
    }
  });
  afterAll(async () => {
    await app?.close();
    await dossier?.close();
    await engine.dropAll();
  });

  const call = (method: 'GET' | 'POST', url: string, payload?: object, as = 'investigator') => app.inject({ method, url, headers: auth.get(as)!, ...(payload ? { payload } : {}) });

  async function finished(id: string) {
    for (let i = 0; i < 600; i++) {
      const response = await call('GET', `${base}/extractions/${id}`);
      if (response.statusCode === 200) return JSON.parse(response.body);
      expect(response.statusCode, response.body).toBe(202);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`extraction ${id} did not finish`);
  }

  it('reads an item on a worker, keeps the candidates open for review, and logs the extraction', async () => {
    const started = await call('POST', `${base}/evidence/${itemId}/extractions`, {});
    expect(started.statusCode, started.body).toBe(202);
    const job = JSON.parse(started.body);
    expect(job).toMatchObject({ state: 'running', evidenceId: itemId, progress: { total: REPORT.length } });
    const extraction = await finished(job.id);
    expect(extraction).toMatchObject({ id: job.id, evidenceId: itemId, candidates: 4, open: 4 });
    expect(extraction.result.incidents.map((c: { type: string }) => c.type)).toEqual(['barrel_bomb', 'air_strike', 'artillery_rocket_missile', 'artillery_rocket_missile']);
    expect(extraction.review[0].proposal).toMatchObject({ type: 'barrel_bomb', matches: [{ id: documented }], actor: { actorId: airForce } });
    const entry = await dossier.ledger.entry(extraction.ledgerSeq);
    expect(entry).toMatchObject({ action: 'extract', details: { extraction: job.id, evidence: itemId, resultSha256: extraction.resultSha256, candidates: 4 } });

    const text = JSON.parse((await call('GET', `${base}/extractions/${job.id}/text`)).body);
    expect(text).toMatchObject({ text: REPORT, changed: false });
    const list = JSON.parse((await call('GET', `${base}/extractions?evidenceId=${itemId}`)).body);
    expect(list.items.map((e: { id: string }) => e.id)).toContain(job.id);
  });

  it('accepts, edits, corroborates, merges and rejects, each logged, with claims quoting their passage', async () => {
    const started = JSON.parse((await call('POST', `${base}/evidence/${itemId}/extractions`, { anchor: '2016-08-02' })).body);
    const extraction = await finished(started.id);
    const candidate = (n: number) => `${base}/extractions/${extraction.id}/candidates/${n}`;
    const sizeBefore = await dossier.ledger.currentSize();

    // The Erbin strike is already documented: its words become claims on that incident.
    const corroborated = await call('POST', `${candidate(0)}/corroborate`, { incidentId: documented });
    expect(corroborated.statusCode, corroborated.body).toBe(200);
    // The incident has one group of victims but no act and no involvement: what has nowhere to go is named, not dropped.
    expect(JSON.parse(corroborated.body)).toMatchObject({ status: 'corroborated', notRecorded: ['means', 'targets', 'actor'] });
    // Kafr Nabl, accepted as read.
    const accepted = JSON.parse((await call('POST', `${candidate(1)}/accept`, {})).body);
    expect(accepted.status).toBe('accepted');
    expect(accepted.records.map((r: { kind: string }) => r.kind)).toEqual(expect.arrayContaining(['incident', 'act', 'victim_group', 'claim']));
    // The bakery shelling, its figure corrected before recording.
    const edited = await call('POST', `${candidate(2)}/accept`, { edits: { killed: 'at least 6', title: 'Bakery in Saraqab shelled' } });
    expect(edited.statusCode, edited.body).toBe(200);
    // The hospital: rejected, with the reason kept beside its commitment in the log.
    const rejected = await call('POST', `${candidate(3)}/reject`, { reason: 'The hospital strike is told in another report we hold.' });
    expect(JSON.parse(rejected.body)).toMatchObject({ status: 'rejected', reason: 'The hospital strike is told in another report we hold.' });

    const incidentOf = (review: { records: { kind: string; id: string }[] }) => review.records.find((r) => r.kind === 'incident')!.id;
    const bakery = JSON.parse((await call('GET', `${base}/incidents/${incidentOf(JSON.parse(edited.body))}`)).body);
    expect(bakery.title).toBe('Bakery in Saraqab shelled');
    const claims = JSON.parse((await call('GET', `${base}/claims?incident=${incidentOf(JSON.parse(edited.body))}`)).body).items as { subject: { field: string }; excerpt: string; locator: { span: { start: number; end: number } }; value: unknown; extraction: object }[];
    const killed = claims.find((c) => c.subject.field === 'killed')!;
    expect(killed).toMatchObject({ value: { qualifier: 'at_least', min: 6 }, excerpt: 'On 21 July 2016, artillery shelled the bakery in Saraqab, killing 5 civilians.', extraction: { id: extraction.id, candidate: 2 }, evidenceIds: [itemId] });
    // The value corrected in review is claimed as corrected, saying what the extraction had read.
    expect((killed as unknown as { note: string }).note).toContain('Corrected in review; the extraction had read “5”.');
    expect(REPORT.slice(killed.locator.span.start, killed.locator.span.end)).toBe(killed.excerpt);
    const onDocumented = JSON.parse((await call('GET', `${base}/claims?incident=${documented}`)).body).items as { subject: { kind: string; field: string } }[];
    expect(onDocumented.map((c) => `${c.subject.kind}.${c.subject.field}`)).toEqual(expect.arrayContaining(['incident.occurred', 'incident.date', 'incident.place', 'victim_group.killed']));

    const entries = await dossier.ledger.entries({ from: sizeBefore });
    const reviews = entries.filter((e) => e.action === 'review');
    expect(reviews.map((e) => e.details.decision)).toEqual(['corroborated', 'accepted', 'accepted', 'rejected']);
    expect(reviews[2]!.details.edited).toEqual(['killed', 'title']);
    expect(reviews[0]!.details.notRecorded).toEqual(['means', 'targets', 'actor']);
    expect(JSON.stringify(reviews[3]!.details)).not.toContain('another report');
    // The log, with the decisions and the records they made, verifies whole.
    if (engine.name === 'sqlite') {
      const verified = await runCli(['--data', dossier.config.dataDir, '--json', 'log', 'verify']);
      expect(verified.code, verified.stderr).toBe(0);
    }

    // Decided once: a second decision on the same candidate is refused and writes nothing.
    const size = await dossier.ledger.currentSize();
    const again = await call('POST', `${candidate(1)}/reject`, { reason: 'changed my mind' });
    expect(again.statusCode).toBe(409);
    expect(await dossier.ledger.currentSize()).toBe(size);
  });

  it('merges a candidate into another, so its passage is quoted too and its figures fill the gaps', async () => {
    const started = JSON.parse((await call('POST', `${base}/evidence/${itemId}/extractions`, {})).body);
    const extraction = await finished(started.id);
    const candidate = (n: number) => `${base}/extractions/${extraction.id}/candidates/${n}`;
    const merged = await call('POST', `${candidate(3)}/merge`, { into: 2 });
    expect(JSON.parse(merged.body)).toMatchObject({ status: 'merged', mergedInto: 2 });
    const after = await finished(extraction.id);
    expect(after.review[2].proposal).toMatchObject({ killed: { text: '5' }, injured: { text: 'Two' } });
    expect(after.review[2].proposal.passages.map((p: { candidate: number }) => p.candidate)).toEqual([2, 3]);
    const accepted = JSON.parse((await call('POST', `${candidate(2)}/accept`, {})).body);
    const claims = await Promise.all(accepted.records.filter((r: { kind: string }) => r.kind === 'claim').map(async (r: { id: string }) => JSON.parse((await call('GET', `${base}/claims/${r.id}`)).body)));
    expect(claims.find((c) => c.subject.field === 'injured').excerpt).toBe('On 22 July 2016, rockets hit the main hospital in Saraqab. Two nurses were injured.');
  });

  it('reads a 2,000-page report on a worker: progress told, the server answering meanwhile, and a cancel keeps nothing', async () => {
    const paragraphs = REPORT.split('\n\n').slice(1);
    const { item } = await ingestEvidence(dossier, 'test:analyst', { caseId: 'reports', originalName: 'long-report.pdf', content: [Buffer.from('a long report')] });
    // The pages a 2,000-page PDF's text layer gives, each with its incidents told again.
    const pages = Array.from({ length: 2000 }, (_, i) => ({ evidenceId: item.id, caseId: 'reports', origin: 'pdf' as const, locator: `page ${i + 1}`, text: `Page ${i + 1}.\n\n${paragraphs.join('\n\n')}` }));
    await dossier.database.writeTransaction((trx) => addEvidenceTexts(trx, dossier.database.engine, pages));
    const sizeBefore = await dossier.ledger.currentSize();
    const job = JSON.parse((await call('POST', `${base}/evidence/${item.id}/extractions`, {})).body);
    let seen = job;
    for (let i = 0; i < 400 && seen.progress.done === 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      seen = JSON.parse((await call('GET', `${base}/extractions/${job.id}`)).body).job;
    }
    expect(seen.state).toBe('running');
    expect(seen.progress.done).toBeGreaterThan(0);
    expect(seen.progress.done).toBeLessThan(seen.progress.total);
    // Other requests are answered while the worker reads.
    expect((await app.inject({ method: 'GET', url: '/api/v1/health' })).statusCode).toBe(200);
    // Two readings at a time per server: a third waits its turn, said so, and starts nothing.
    const second = JSON.parse((await call('POST', `${base}/evidence/${item.id}/extractions`, {})).body);
    const third = await call('POST', `${base}/evidence/${item.id}/extractions`, {});
    expect(third.statusCode).toBe(429);
    expect(JSON.parse(third.body)).toMatchObject({ code: 'RATE_LIMITED', field: 'evidenceId' });
    expect((await call('POST', `${base}/extractions/${second.id}/cancel`)).statusCode).toBe(200);
    expect(JSON.parse((await call('GET', `${base}/extractions?evidenceId=${item.id}`)).body).running).toEqual([expect.objectContaining({ id: job.id, state: 'running' })]);
    // Only those who may record incidents stop one.
    expect((await call('POST', `${base}/extractions/${job.id}/cancel`, undefined, 'analyst')).statusCode).toBe(403);
    const cancelled = await call('POST', `${base}/extractions/${job.id}/cancel`);
    expect(JSON.parse(cancelled.body).job.state).toBe('cancelled');
    const after = await call('GET', `${base}/extractions/${job.id}`);
    expect(JSON.parse(after.body).job.state).toBe('cancelled');
    expect((await call('POST', `${base}/extractions/${job.id}/cancel`)).statusCode).toBe(409);
    expect(await dossier.ledger.currentSize()).toBe(sizeBefore);
    expect(await dossier.database.db.selectFrom('extractions').select('id').where('id', '=', job.id).executeTakeFirst()).toBeUndefined();
  });

  it('refuses bad decisions by name, writing nothing', async () => {
    const started = JSON.parse((await call('POST', `${base}/evidence/${itemId}/extractions`, {})).body);
    const extraction = await finished(started.id);
    const candidate = (n: number) => `${base}/extractions/${extraction.id}/candidates/${n}`;
    const size = await dossier.ledger.currentSize();
    const cases = [
      [`${candidate(1)}/accept`, { edits: { killed: 'lots and lots' } }, 400, 'killed'],
      [`${candidate(1)}/accept`, { edits: { type: 'picnic' } }, 400, 'type'],
      [`${candidate(1)}/accept`, { edits: { place: 'Atlantis' } }, 400, 'place'],
      [`${candidate(1)}/accept`, { edits: { actorId: 'actr_nobody' } }, 400, 'actorId'],
      [`${candidate(1)}/reject`, { reason: '   ' }, 400, 'reason'],
      [`${candidate(1)}/merge`, { into: 1 }, 400, 'into'],
      [`${candidate(9)}/accept`, {}, 404, 'candidate'],
      [`${candidate(1)}/corroborate`, { incidentId: 'inc_elsewhere' }, 400, 'incidentId'],
    ] as const;
    for (const [url, body, status, field] of cases) {
      const response = await call('POST', url, body);
      expect(response.statusCode, `${url} ${JSON.stringify(body)}: ${response.body}`).toBe(status);
      expect(JSON.parse(response.body).field).toBe(field);
    }
    expect(await dossier.ledger.currentSize()).toBe(size);
    // An analyst reads the queue but does not record incidents; an item of another case is not found.
    expect((await call('GET', `${base}/extractions/${extraction.id}`, undefined, 'analyst')).statusCode).toBe(200);
    expect((await call('POST', `${candidate(1)}/accept`, {}, 'analyst')).statusCode).toBe(403);
    expect((await call('POST', `/api/v1/cases/other/evidence/${itemId}/extractions`, {})).statusCode).toBe(404);
    expect((await call('POST', `${base}/evidence/ev_nothing/extractions`, {})).statusCode).toBe(404);
    // A report in a language not read is refused before any reading, naming the language; so is a scan with no text yet.
    const french = 'Rapport mensuel, 2 août 2016\n\nLe 15 juillet 2016, des barils explosifs ont été largués sur le marché de Erbin par les forces du gouvernement. Au moins 14 civils ont été tués et des dizaines ont été blessés dans le quartier.';
    const { item: inFrench } = await ingestEvidence(dossier, 'test:analyst', { caseId: 'reports', originalName: 'rapport.txt', content: [Buffer.from(french)] });
    await extractEvidenceText({ database: dossier.database, vault: dossier.vault, tmpDir: `${dossier.config.dataDir}/tmp` }, inFrench, 'reports');
    const { item: scan } = await ingestEvidence(dossier, 'test:analyst', { caseId: 'reports', originalName: 'scan.pdf', content: [Buffer.from('%PDF-1.4 no text yet')] });
    const beforeRefusals = await dossier.ledger.currentSize();
    const refused = await call('POST', `${base}/evidence/${inFrench.id}/extractions`, {});
    expect(refused.statusCode).toBe(400);
    expect(JSON.parse(refused.body)).toMatchObject({ field: 'language', detail: 'the text is written in French: extraction reads English and Arabic only' });
    const noText = await call('POST', `${base}/evidence/${scan.id}/extractions`, {});
    expect(noText.statusCode).toBe(422);
    expect(JSON.parse(noText.body).code).toBe('EVIDENCE_HAS_NO_TEXT');
    // Reading its text is offered; a file that is no PDF at all says why nothing was read.
    const read = await call('POST', `${base}/evidence/${scan.id}/text`, {});
    expect(read.statusCode, read.body).toBe(200);
    expect(JSON.parse(read.body)).toMatchObject({ evidenceId: scan.id, status: 'failed', origin: 'pdf' });
    expect(JSON.parse(noText.body).detail).toContain('read it by OCR first');
    expect(await dossier.ledger.currentSize()).toBe(beforeRefusals);
  });
});
