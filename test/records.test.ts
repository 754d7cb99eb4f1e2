import fs from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dossier } from '../src/app/open.js';
import { createCase } from '../src/cases/cases.js';
import { isDossierError } from '../src/common/errors.js';
import { actorKind } from '../src/actors/actor-kind.js';
import { involvementKind } from '../src/actors/involvement-kind.js';
import { actKind } from '../src/incidents/act-kind.js';
import { contextEventKind } from '../src/incidents/context-event-kind.js';
import { incidentFile } from '../src/incidents/incident-file.js';
import { incidentKind } from '../src/incidents/incident-kind.js';
import { victimGroupKind } from '../src/incidents/victim-group-kind.js';
import { auditLedger } from '../src/ledger/audit.js';
import { commitText } from '../src/ledger/proofs/commitment.js';
import { assessmentKind } from '../src/qualifications/assessment-kind.js';
import { qualificationKind } from '../src/qualifications/qualification-kind.js';
import { facetCounts, listRecords } from '../src/records/record-query.js';
import { createRecord, getRecord, updateRecord, type RecordDeps, type RecordView } from '../src/records/record-store.js';
import { recordHistory } from '../src/records/record-history.js';
import { siteKind } from '../src/sites/site-kind.js';
import { claimKind } from '../src/sources/claim-kind.js';
import { sourceKind } from '../src/sources/source-kind.js';
import { describeTotal } from '../src/values/count-sum.js';
import { searchText } from '../src/records/record-search.js';
import { enginesUnderTest } from './support/engines.js';
import { newDossier } from './support/dossier.js';

const engines = await enginesUnderTest();
const actor = 'test:investigator';

async function validationField(work: Promise<unknown>): Promise<string> {
  try {
    await work;
  } catch (error) {
    if (isDossierError(error, 'VALIDATION_FAILED')) return String(error.details.field);
    throw error;
  }
  throw new Error('expected a validation error');
}

describe.each(engines)('the documentation model on $name', (engine) => {
  let dossier: Dossier;
  let deps: RecordDeps;
  let convoy: RecordView;
  let strike: RecordView;
  let coi: RecordView;
  let sarc: RecordView;
  let group: RecordView;
  let syrianAirForce: RecordView;
  let russianAirForce: RecordView;

  beforeAll(async () => {
    dossier = await newDossier(await engine.createDatabase());
    deps = { database: dossier.database, ledger: dossier.ledger, gazetteer: await dossier.places() };
    await createCase(dossier, actor, { id: 'aleppo', title: 'Eastern Aleppo 2016' });
    await createCase(dossier, actor, { id: 'ghouta', title: 'East Ghouta 2017' });
    convoy = await createRecord(deps, incidentKind, actor, 'aleppo', {
      title: 'Air strike on the aid convoy at Urum al-Kubra',
      narrative: 'A UN-backed humanitarian convoy was struck from the air while unloading at a warehouse.',
      types: ['air_strike', 'denial_of_humanitarian_access'],
      date: { edtf: '2016-09-19', asReported: 'the evening of 19 September 2016' },
      place: { precision: 'settlement', pcodes: { community: 'C1029' }, asReported: 'Urum al-Kubra' },
    });
    strike = await createRecord(deps, actKind, actor, 'aleppo', {
      incidentId: convoy.id,
      type: 'air_strike',
      means: ['cluster_munition', 'unguided_bomb'],
      targets: ['humanitarian_convoy', 'humanitarian_warehouse'],
      consequences: '17 trucks destroyed',
    });
    coi = await createRecord(deps, sourceKind, actor, 'aleppo', {
      name: 'UN Commission of Inquiry on Syria',
      sourceType: 'un_body',
      reliability: 'A',
      partyToConflict: 'no',
      protectionLevel: 'public',
      publishedOn: '2017-03-10',
    });
    sarc = await createRecord(deps, sourceKind, actor, 'aleppo', {
      name: 'Aid agency statement',
      sourceType: 'ngo',
      reliability: 'B',
      partyToConflict: 'no',
      protectionLevel: 'public',
    });
    group = await createRecord(deps, victimGroupKind, actor, 'aleppo', {
      incidentId: convoy.id,
      actId: strike.id,
      description: 'aid workers and drivers of the convoy',
      countingUnit: 'persons',
      protectedStatuses: ['humanitarian_personnel', 'civilian'],
      killed: { qualifier: 'at_least', min: 14, asReported: 'at least 14' },
    });
    syrianAirForce = await createRecord(deps, actorKind, actor, 'aleppo', {
      name: 'Syrian Arab Air Force',
      actorKind: 'organisation',
      actorType: 'state_armed_forces',
      countryCode: 'SY',
    });
    russianAirForce = await createRecord(deps, actorKind, actor, 'aleppo', {
      name: 'Russian Aerospace Forces',
      actorKind: 'organisation',
      actorType: 'external_state_force',
      countryCode: 'RU',
    });
  });
  afterAll(async () => {
    await dossier.close();
    await fs.rm(dossier.config.dataDir, { recursive: true, force: true });
    await engine.dropAll();
  });

  it('round-trips counts, dates and places exactly, completing codes from the gazetteer', async () => {
    const read = await getRecord(deps, incidentKind, convoy.id);
    expect(read.date).toMatchObject({ edtf: '2016-09-19', asReported: 'the evening of 19 September 2016', earliest: '2016-09-19T00:00:00.000Z', precision: 'day' });
    expect(read.place).toMatchObject({ precision: 'settlement', pcodes: { community: 'C1029', admin1: 'SY02' }, asReported: 'Urum al-Kubra', countryCode: 'SY' });
    expect((read.place as { geometry?: { type: string } }).geometry?.type).toBe('Point');
    expect(read.grade).toBe('reported');
    const vg = await getRecord(deps, victimGroupKind, group.id);
    expect(vg.killed).toEqual({ qualifier: 'at_least', min: 14, asReported: 'at least 14' });
  });

  it('logs every write with salted commitments to the document before and after', async () => {
    const site = await createRecord(deps, siteKind, actor, 'aleppo', {
      name: 'Warehouse at Urum al-Kubra',
      siteType: 'humanitarian_warehouse',
      place: { precision: 'exact_site', geometry: { type: 'Point', coordinates: [36.935, 36.153] } },
    });
    const updated = await updateRecord(deps, siteKind, 'test:reviewer', site.id, { description: 'Used by the Syrian Arab Red Crescent' });
    expect(updated.rev).toBe(2);
    const history = await recordHistory(dossier.database, siteKind, site.id);
    expect(history.map((h) => [h.rev, h.actor, [...h.changedFields].sort()])).toEqual([
      [1, actor, ['name', 'place', 'siteType']],
      [2, 'test:reviewer', ['description']],
    ]);
    const entries = await dossier.ledger.entries({ caseId: 'aleppo' });
    const logged = entries.filter((e) => e.details.id === site.id);
    expect(logged.map((e) => e.action)).toEqual(['create', 'update']);
    const [first, second] = history;
    expect(logged[0]!.details.after).toBe(commitText(first!.salt, 'document', first!.document));
    expect(logged[1]!.details).toMatchObject({ before: logged[0]!.details.after, after: commitText(second!.salt, 'document', second!.document) });
    expect((await auditLedger(dossier.database.db, { origin: dossier.dataDir.manifest.origin, verifierKey: dossier.dataDir.verifierKey })).ok).toBe(true);
  });

  it('refuses an edit made against an older revision', async () => {
    const incident = await createRecord(deps, incidentKind, actor, 'aleppo', { title: 'Shelling of western Aleppo', types: ['artillery_rocket_missile'] });
    await updateRecord(deps, incidentKind, actor, incident.id, { narrative: 'first edit' }, { expectedRev: 1 });
    await expect(updateRecord(deps, incidentKind, actor, incident.id, { narrative: 'stale edit' }, { expectedRev: 1 })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it.each([
    ['an unknown vocabulary term', { title: 'x', types: ['air_raid'] }, 'types[0]'],
    ['an EDTF date that does not parse', { title: 'x', types: ['air_strike'], date: { edtf: '2016-13-45' } }, 'date.edtf'],
    ['a latitude out of range', { title: 'x', types: ['air_strike'], place: { precision: 'settlement', geometry: { type: 'Point', coordinates: [36, 97] } } }, 'place.geometry.coordinates.latitude'],
    ['a field that does not exist', { title: 'x', types: ['air_strike'], casualties: 3 }, 'casualties'],
  ])('rejects %s naming the field, and saves nothing', async (_what, input, field) => {
    const before = await dossier.ledger.checkpointSize();
    const count = await dossier.database.db.selectFrom('records').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(await validationField(createRecord(deps, incidentKind, actor, 'aleppo', input))).toBe(field);
    expect(await dossier.ledger.checkpointSize()).toBe(before);
    const after = await dossier.database.db.selectFrom('records').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(count.n));
  });

  it('rejects min above max in a victim count, naming the field', async () => {
    const field = await validationField(
      createRecord(deps, victimGroupKind, actor, 'aleppo', { incidentId: convoy.id, countingUnit: 'persons', killed: { qualifier: 'range', min: 20, max: 14 } }),
    );
    expect(field).toBe('killed.min');
  });

  it('rejects a claim citing a missing source, and one about a field that cannot be claimed', async () => {
    const base = { subject: { kind: 'victim_group', id: group.id, field: 'killed' }, value: { qualifier: 'exact', best: 14 }, stance: 'asserts' };
    expect(await validationField(createRecord(deps, claimKind, actor, 'aleppo', { ...base, sourceId: 'src_00000000000000000000000000' }))).toBe('sourceId');
    expect(await validationField(createRecord(deps, claimKind, actor, 'aleppo', base))).toBe('sourceId');
    expect(await validationField(createRecord(deps, claimKind, actor, 'aleppo', { ...base, sourceId: coi.id, subject: { ...base.subject, field: 'colour' } }))).toBe('subject.field');
    expect(await validationField(createRecord(deps, claimKind, actor, 'aleppo', { ...base, sourceId: coi.id, value: { qualifier: 'at_least' } }))).toBe('value.min');
  });

  it('does not let one case reference or read another case’s records', async () => {
    expect(await validationField(createRecord(deps, actKind, actor, 'ghouta', { incidentId: convoy.id, type: 'air_strike' }))).toBe('incidentId');
    await expect(getRecord(deps, incidentKind, convoy.id, 'ghouta')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('shows agreeing claims as agreed and conflicting ones as a conflict with an honest envelope', async () => {
    const first = await createRecord(deps, claimKind, actor, 'aleppo', {
      subject: { kind: 'victim_group', id: group.id, field: 'killed' },
      value: { qualifier: 'at_least', min: 14, asReported: 'at least 14 aid workers' },
      stance: 'asserts',
      sourceId: coi.id,
      excerpt: 'killing at least 14 aid workers',
      locator: { paragraph: 'para. 91' },
      status: 'accepted',
    });
    let file = await incidentFile(dossier.database, convoy.id);
    let killed = file.findings.find((f) => f.subject.id === group.id && f.subject.field === 'killed')!;
    expect(killed).toMatchObject({ status: 'agreed', value: { qualifier: 'at_least', min: 14 } });
    expect(describeTotal(file.figures.killed)).toBe('at least 14');

    await createRecord(deps, claimKind, actor, 'aleppo', {
      subject: { kind: 'victim_group', id: group.id, field: 'killed' },
      value: { qualifier: 'exact', best: 20 },
      stance: 'asserts',
      sourceId: sarc.id,
      status: 'accepted',
    });
    file = await incidentFile(dossier.database, convoy.id);
    killed = file.findings.find((f) => f.subject.id === group.id && f.subject.field === 'killed')!;
    expect(killed.status).toBe('conflicting');
    expect(killed.values.map((v) => v.claimId)).toContain(first.id);
    expect(killed.value).toEqual({ qualifier: 'at_least', min: 14 });
    expect(file.claims[`victim_group:${group.id}:killed`]).toHaveLength(2);

    // A claim that was never accepted does not move the figures; "unable to assess" is neither support nor denial.
    await createRecord(deps, claimKind, actor, 'aleppo', { subject: { kind: 'incident', id: convoy.id, field: 'occurred' }, stance: 'unable_to_assess', sourceId: sarc.id, status: 'accepted' });
    file = await incidentFile(dossier.database, convoy.id);
    expect(file.findings.find((f) => f.subject.field === 'occurred')).toMatchObject({ status: 'unsourced', denials: [], neutral: [expect.any(String)] });
  });

  it('records either-or attributions and qualifications with their element matrix and warnings', async () => {
    const involvement = await createRecord(deps, involvementKind, actor, 'aleppo', {
      actId: strike.id,
      actorIds: [syrianAirForce.id, russianAirForce.id],
      eitherOr: true,
      factualRole: 'carried_out',
      attributionStatus: 'alleged_by_source',
    });
    expect(involvement.incidentId).toBe(convoy.id);
    expect(await validationField(createRecord(deps, involvementKind, actor, 'aleppo', { actId: strike.id, actorIds: [syrianAirForce.id], eitherOr: true, factualRole: 'carried_out', attributionStatus: 'assessed_likely' }))).toBe('eitherOr');
    const qualification = await createRecord(deps, qualificationKind, actor, 'aleppo', {
      incidentId: convoy.id,
      provision: 'rs-8-2-b-ii',
      conflictType: 'non_international',
      elements: [{ elementId: 'e1', status: 'met' }],
      assertedBy: { analyst: 'analyst A' },
    });
    expect((qualification.warnings as { code: string; text: string }[]).map((w) => `${w.code}: ${w.text}`).join(' ')).toMatch(/^qualification\.advice: .*international armed conflicts only/);
    expect(qualification.summary).toMatchObject({ met: ['e1'], allMet: false });
    expect(await validationField(createRecord(deps, qualificationKind, actor, 'aleppo', { incidentId: convoy.id, provision: 'rs-8-2-e-iii', conflictType: 'non_international', elements: [{ elementId: 'e99', status: 'met' }], assertedBy: { analyst: 'a' } }))).toBe('elements[0].elementId');
  });

  it('keeps assessments append-only and takes the incident grade from the latest verification', async () => {
    const base = { object: { kind: 'incident', id: convoy.id }, assessmentType: 'verification', assessor: 'analyst A', rationale: 'Two independent sources and imagery' };
    const first = await createRecord(deps, assessmentKind, actor, 'aleppo', { ...base, assessedOn: '2016-10-01', grade: 'corroborated' });
    await createRecord(deps, assessmentKind, actor, 'aleppo', { ...base, assessedOn: '2017-03-10', grade: 'confirmed' });
    expect((await getRecord(deps, incidentKind, convoy.id)).grade).toBe('confirmed');
    await expect(updateRecord(deps, assessmentKind, actor, first.id, { rationale: 'changed' })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await validationField(createRecord(deps, assessmentKind, actor, 'aleppo', { ...base, assessedOn: '2017-03-10' }))).toBe('grade');
    const graded = await listRecords(dossier.database, incidentKind, { caseIds: ['aleppo'], status: ['confirmed'] });
    expect(graded.items.map((i) => i.id)).toEqual([convoy.id]);
  });

  it('filters incidents by type, means, target, actor, place, box, date and text', async () => {
    const chlorine = await createRecord(deps, incidentKind, actor, 'ghouta', {
      title: 'Chlorine attack on Erbin',
      narrative: 'Cylinders dropped on a residential block; هجوم بالكلور على عربين',
      types: ['chemical_attack'],
      date: { edtf: '2017-01~' },
      place: { precision: 'settlement', pcodes: { community: 'C2321' } },
    });
    await createRecord(deps, actKind, actor, 'ghouta', { incidentId: chlorine.id, type: 'chemical_attack', means: ['toxic_chemical'], toxicAgent: 'chlorine', targets: ['residential'] });
    const ids = async (filter: Parameters<typeof listRecords>[2]) => (await listRecords(dossier.database, incidentKind, filter)).items.map((i) => i.id);

    expect(await ids({ terms: [{ vocab: 'incident_type', anyOf: ['chemical_attack'] }] })).toEqual([chlorine.id]);
    expect(await ids({ terms: [{ vocab: 'means', anyOf: ['cluster_munition'] }] })).toEqual([convoy.id]);
    expect(await ids({ terms: [{ vocab: 'target', anyOf: ['humanitarian_convoy'] }] })).toEqual([convoy.id]);
    expect(await ids({ terms: [{ vocab: 'actor', anyOf: [russianAirForce.id] }] })).toEqual([convoy.id]);
    expect(await ids({ pcode: 'SY03' })).toEqual([chlorine.id]);
    expect(await ids({ pcode: 'C1029' })).toEqual([convoy.id]);
    // A sub-district has no column in the index: refused, not looked up as a community to find nothing.
    await expect(ids({ pcode: 'SY030106' })).rejects.toMatchObject({ code: 'VALIDATION_FAILED', details: { field: 'pcode' } });
    expect(await ids({ bbox: { west: 36.2, south: 33.4, east: 36.6, north: 33.7 } })).toEqual([chlorine.id]);
    // An approximate month overlaps the weeks around it; a day does not.
    expect(await ids({ caseIds: ['ghouta'], dateFrom: '2017-02-10T00:00:00Z', dateTo: '2017-02-20T00:00:00Z' })).toEqual([chlorine.id]);
    expect(await ids({ caseIds: ['aleppo'], dateFrom: '2016-09-20T00:00:00Z', dateTo: '2016-09-30T00:00:00Z' })).toEqual([]);
    expect(await ids({ text: 'convoy' })).toEqual([convoy.id]);
    expect(await ids({ text: 'عربين' })).toEqual([chlorine.id]);
    expect(await ids({ text: 'chlorin' })).toEqual([chlorine.id]);
    expect(await ids({ caseIds: ['ghouta'], text: 'convoy' })).toEqual([]);
  });

  it('searches incidents, claims’ excerpts and sources in English and Arabic, with counts by kind', async () => {
    const english = await searchText(dossier.database, incidentKind, 'aid workers', { caseIds: ['aleppo'] });
    expect(english.byKind).toMatchObject({ claim: 1, victim_group: 1 });
    const sources = await searchText(dossier.database, incidentKind, 'commission inquiry', { caseIds: ['aleppo'] });
    expect(sources.hits.map((h) => h.id)).toEqual([coi.id]);
    const arabic = await searchText(dossier.database, incidentKind, 'بالكلور', { caseIds: ['ghouta'] });
    expect(arabic.hits.map((h) => h.kind)).toEqual(['incident']);
    expect(arabic.incidentFacets.byType).toEqual({ chemical_attack: 1 });
    expect((await searchText(dossier.database, incidentKind, '!!!', {})).hits).toEqual([]);
  });

  it('pages through a sorted list with a cursor and counts facets', async () => {
    for (const day of ['2016-07-17', '2016-08-02', '2016-11-20', '2016-12-13']) {
      await createRecord(deps, incidentKind, actor, 'aleppo', { title: `Strike ${day}`, types: ['air_strike'], date: { edtf: day } });
    }
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listRecords(dossier.database, incidentKind, { caseIds: ['aleppo'], terms: [{ vocab: 'incident_type', anyOf: ['air_strike'] }] }, { limit: 2, cursor, sort: 'date' });
      seen.push(...page.items.map((i) => (i.date as { edtf: string }).edtf));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['2016-07-17', '2016-08-02', '2016-09-19', '2016-11-20', '2016-12-13']);
    const descending = await listRecords(dossier.database, incidentKind, { caseIds: ['aleppo'], terms: [{ vocab: 'incident_type', anyOf: ['air_strike'] }] }, { limit: 1, sort: '-date' });
    expect((descending.items[0]!.date as { edtf: string }).edtf).toBe('2016-12-13');
    await expect(listRecords(dossier.database, incidentKind, {}, { cursor: 'garbage' })).rejects.toMatchObject({ details: { field: 'cursor' } });

    const facets = await facetCounts(dossier.database, incidentKind, { caseIds: ['aleppo'] }, ['incident_type']);
    expect(facets.terms.incident_type!.air_strike).toBe(5);
    expect(facets.terms.incident_type!.denial_of_humanitarian_access).toBe(1);
    expect(facets.total).toBeGreaterThanOrEqual(6);
  });

  it('stores context events with their dates for tempo analysis', async () => {
    const veto = await createRecord(deps, contextEventKind, actor, 'ghouta', {
      eventKind: 'security_council_vote',
      title: 'Draft resolution on helicopter sales vetoed',
      date: { edtf: '2017-02-28' },
    });
    expect(veto.date).toMatchObject({ earliest: '2017-02-28T00:00:00.000Z' });
    const events = await listRecords(dossier.database, contextEventKind, { caseIds: ['ghouta'] });
    expect(events.items.map((e) => e.id)).toEqual([veto.id]);
  });
});
