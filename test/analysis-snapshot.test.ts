import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorKind } from '../src/actors/actor-kind.js';
import { involvementKind } from '../src/actors/involvement-kind.js';
import { isoDay, type AnalysisSnapshot } from '../src/analysis/snapshot.js';
import { loadSnapshot, SnapshotCache } from '../src/analysis/snapshot-load.js';
import { selectIncidents } from '../src/analysis/selection.js';
import type { Dossier } from '../src/app/open.js';
import { createCase } from '../src/cases/cases.js';
import { actKind } from '../src/incidents/act-kind.js';
import { contextEventKind } from '../src/incidents/context-event-kind.js';
import { incidentKind } from '../src/incidents/incident-kind.js';
import { victimGroupKind } from '../src/incidents/victim-group-kind.js';
import { assessmentKind } from '../src/qualifications/assessment-kind.js';
import { createRecord, updateRecord } from '../src/records/record-store.js';
import { claimKind } from '../src/sources/claim-kind.js';
import { sourceKind } from '../src/sources/source-kind.js';
import { enginesUnderTest } from './support/engines.js';
import { newDossier } from './support/dossier.js';

const engines = await enginesUnderTest();

describe.each(engines)('the analysis snapshot on $name', (engine) => {
  let dossier: Dossier;
  let ids: Record<string, string>;
  const deps = async () => ({ database: dossier.database, ledger: dossier.ledger, gazetteer: await dossier.places() });

  beforeAll(async () => {
    dossier = await newDossier(await engine.createDatabase());
    await createCase(dossier, 'test:owner', { id: 'c1', title: 'Snapshot' });
    await createCase(dossier, 'test:owner', { id: 'other', title: 'Another case' });
    const d = await deps();
    const make = async (kind: Parameters<typeof createRecord>[1], input: object, caseId = 'c1') => (await createRecord(d, kind, 'test:analyst', caseId, input)).id;
    const division = await make(actorKind, { name: '4th Division', actorKind: 'unit', actorType: 'state_armed_forces' });
    const brigade = await make(actorKind, { name: '42nd Brigade', actorKind: 'unit', actorType: 'state_armed_forces', parentUnits: [{ actorId: division, from: '2013', to: '2016-06' }] });
    const market = await make(incidentKind, { title: 'Market struck', types: ['air_strike'], date: { edtf: '2016-07-15' }, place: { precision: 'settlement', pcodes: { community: 'C1007' } } });
    const act = await make(actKind, { incidentId: market, type: 'air_strike', means: ['unguided_bomb'], targets: ['market'] });
    await make(involvementKind, { actId: act, actorIds: [brigade, division], eitherOr: true, factualRole: 'carried_out', attributionStatus: 'alleged_by_source', standardReached: 'reasonable_grounds_to_believe' });
    await make(victimGroupKind, { incidentId: market, countingUnit: 'persons', killed: { qualifier: 'at_least', min: 14 } });
    await make(victimGroupKind, { incidentId: market, countingUnit: 'persons', killed: { qualifier: 'exact', best: 3 } });
    await make(assessmentKind, { assessmentType: 'verification', object: { kind: 'incident', id: market }, grade: 'corroborated', assessedOn: '2016-08-01', assessor: 'Analyst A', rationale: 'Two independent witnesses' });
    const undated = await make(incidentKind, { title: 'Shelling, date unknown', types: ['artillery_rocket_missile'] });
    const summer = await make(incidentKind, { title: 'Sometime that summer', types: ['air_strike'], date: { edtf: '2016-06/2016-08' } });
    await make(contextEventKind, { title: 'Talks open', eventKind: 'peace_talks', date: { edtf: '2016-07-20' } });
    await make(incidentKind, { title: 'Not this case', types: ['air_strike'], date: { edtf: '2016-07-01' } }, 'other');
    ids = { division, brigade, market, undated, summer };
  });
  afterAll(async () => {
    await dossier?.close();
    await engine.dropAll();
  });

  it("reads the case's incidents with day spans, places, terms, involvements and victim figures with bounds", async () => {
    const snapshot = await loadSnapshot(await deps(), 'c1');
    expect(snapshot.incidents.map((i) => i.id)).toEqual([ids.market!, ids.undated!, ids.summer!].sort());
    const market = snapshot.incidents.find((i) => i.id === ids.market)!;
    expect(market).toMatchObject({ grade: 'corroborated', types: ['air_strike'], means: ['unguided_bomb'], targets: ['market'] });
    expect(isoDay(market.days!.first)).toBe('2016-07-15');
    expect(market.days!.last).toBe(market.days!.first);
    expect(market.place).toMatchObject({ community: 'C1007', admin1: 'SY02', admin2: 'SY0200', admin3: 'SY020000' });
    expect(snapshot.placeNames.C1007).toBe('Aleppo');
    expect(market.involvements).toEqual([{ actorIds: [ids.brigade!, ids.division!].sort(), eitherOr: true, factualRole: 'carried_out', attributionStatus: 'alleged_by_source', standardReached: 'reasonable_grounds_to_believe' }]);
    expect(market.victims.killed).toMatchObject({ min: 17, max: null, qualifier: 'at_least', parts: 2 });
    expect(market.victims.injured.qualifier).toBe('none');
    const summer = snapshot.incidents.find((i) => i.id === ids.summer)!;
    expect([isoDay(summer.days!.first), isoDay(summer.days!.last)]).toEqual(['2016-06-01', '2016-08-31']);
    expect(snapshot.incidents.find((i) => i.id === ids.undated)!.days).toBeNull();
  });

  it('reads the chain of command with its dates, the context events, and the signed ledger point', async () => {
    const snapshot: AnalysisSnapshot = await loadSnapshot(await deps(), 'c1');
    const brigade = snapshot.actors.find((a) => a.id === ids.brigade)!;
    expect(brigade.superiors).toHaveLength(1);
    expect(brigade.superiors[0]!.actorId).toBe(ids.division);
    expect([isoDay(brigade.superiors[0]!.first!), isoDay(brigade.superiors[0]!.last!)]).toEqual(['2013-01-01', '2016-06-30']);
    expect(snapshot.contextEvents).toMatchObject([{ title: 'Talks open', eventKind: 'peace_talks' }]);
    expect(snapshot.ledger.size).toBe(await dossier.ledger.checkpointSize());
    expect(snapshot.ledger.root).toMatch(/^[0-9a-f]{64}$/);
    // The same data read twice at the same size is the same snapshot.
    expect(await loadSnapshot(await deps(), 'c1')).toEqual(snapshot);
  });

  it('applies the incident list filters, then names what the selection leaves out and why', async () => {
    const filtered = await loadSnapshot(await deps(), 'c1', { terms: [{ vocab: 'incident_type', anyOf: ['air_strike'] }] });
    expect(filtered.incidents.map((i) => i.id).sort()).toEqual([ids.market!, ids.summer!].sort());
    const { incidents, selection } = selectIncidents(await loadSnapshot(await deps(), 'c1'), { minGrade: 'single_source', needsDate: true });
    expect(incidents.map((i) => i.id)).toEqual([ids.market]);
    expect(selection).toEqual({
      selected: 3,
      included: 1,
      excluded: [{ reason: 'below_grade', count: 2, incidentIds: [ids.undated!, ids.summer!].sort() }],
    });
    expect(() => selectIncidents(filtered, { minGrade: 'contested' })).toThrow(/not on the scale/);
    expect(() => selectIncidents(filtered, { minGrade: 'excellent' })).toThrow(/unknown grade "excellent"/);
    expect(selectIncidents(await loadSnapshot(await deps(), 'c1'), { needsDate: true }).selection.excluded).toEqual([{ reason: 'no_date', count: 1, incidentIds: [ids.undated] }]);
  });

  it('keeps a case between requests and brings it up to date by reading again only the incidents written since', async () => {
    const d = await deps();
    const snapshots = new SnapshotCache();
    const kept = { ...d, snapshots };
    const make = async (kind: Parameters<typeof createRecord>[1], input: object) => (await createRecord(d, kind, 'test:analyst', 'c1', input)).id;
    const airStrikes = { terms: [{ vocab: 'incident_type', anyOf: ['air_strike'] }] };
    // Each kept snapshot must equal the same selection read afresh, whole, at the same signed size.
    const same = async (filter = {}) => {
      const fromKept = await loadSnapshot(kept, 'c1', filter);
      const fresh = await loadSnapshot(d, 'c1', filter);
      expect({ ...fromKept, placeNames: {} }).toEqual({ ...fresh, placeNames: {} });
      for (const [code, name] of Object.entries(fresh.placeNames)) expect(fromKept.placeNames[code]).toBe(name);
      return fromKept;
    };
    const first = await same();
    await same(airStrikes);
    expect(await loadSnapshot(kept, 'c1')).toBe(first);

    // New incidents with their acts, an act moved from one incident to another, an accepted claim on a victim
    // figure, a new verification grade, a unit's superior and a context event.
    const bakery = await make(incidentKind, { title: 'Bakery struck', types: ['air_strike'], date: { edtf: '2016-07-18' }, place: { precision: 'settlement', pcodes: { community: 'C2321' }, namedArea: 'east-ghouta' } });
    const act = await make(actKind, { incidentId: bakery, type: 'air_strike', means: ['barrel_bomb'], targets: ['bakery_or_food_distribution'] });
    await make(involvementKind, { actId: act, actorIds: [ids.brigade!], factualRole: 'carried_out', attributionStatus: 'alleged_by_source' });
    const second = await same();
    expect(second.incidents.find((i) => i.id === ids.undated)).toBe(first.incidents.find((i) => i.id === ids.undated));
    expect(second.incidents.find((i) => i.id === bakery)).toMatchObject({ means: ['barrel_bomb'], involvements: [{ actorIds: [ids.brigade] }] });

    await updateRecord(d, actKind, 'test:analyst', act, { incidentId: ids.summer });
    const source = await make(sourceKind, { name: 'Local council', sourceType: 'ngo', reliability: 'B', partyToConflict: 'no', protectionLevel: 'public' });
    const group = await make(victimGroupKind, { incidentId: ids.summer, countingUnit: 'persons', killed: { qualifier: 'exact', best: 5 } });
    await make(claimKind, { subject: { kind: 'victim_group', id: group, field: 'killed' }, value: { qualifier: 'at_least', min: 9 }, stance: 'asserts', sourceId: source, status: 'accepted' });
    await make(assessmentKind, { assessmentType: 'verification', object: { kind: 'incident', id: ids.undated }, grade: 'confirmed', assessedOn: '2017-01-01', assessor: 'Analyst B', rationale: 'Imagery' });
    await updateRecord(d, actorKind, 'test:analyst', ids.brigade!, { parentUnits: [{ actorId: ids.division, from: '2013', to: '2018' }] });
    await make(contextEventKind, { title: 'Ceasefire', eventKind: 'ceasefire', date: { edtf: '2016-09-12' } });
    const third = await same();
    await same(airStrikes);
    expect(third.incidents.find((i) => i.id === bakery)!.means).toEqual([]);
    expect(third.incidents.find((i) => i.id === ids.summer)).toMatchObject({ means: ['barrel_bomb'], victims: { killed: { qualifier: 'at_least', min: 9 } } });
    expect(third.incidents.find((i) => i.id === ids.undated)!.grade).toBe('confirmed');
    expect(third.contextEvents.map((e) => e.title)).toContain('Ceasefire');
    expect(third.ledger.size).toBeGreaterThan(second.ledger.size);
  });
});
