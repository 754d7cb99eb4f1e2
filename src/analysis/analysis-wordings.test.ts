import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { AnalysisMethod } from './analysis-result.js';
import { compare } from './compare.js';
import { COMPARE_METHOD_WORDING, noShareWording } from './compare-wordings.js';
import { methodSaid, saidAs } from './method-wording.js';
import { pattern } from './pattern.js';
import { noRegularityWording, noSpanWording, PATTERN_METHOD_WORDING } from './pattern-wordings.js';
import { sequence } from './sequence.js';
import { noBusiestWording, noOverlapWording, SEQUENCE_METHOD_WORDING } from './sequence-wordings.js';
import type { SnapshotPlace } from './snapshot.js';
import { tempo } from './tempo.js';
import { noRatioWording, notCombinedWording, TEMPO_METHOD_WORDING } from './tempo-wordings.js';
import { addDays, contextEvent, incident, snapshotOf } from './test-snapshot.js';
import { where } from './where.js';
import { WHERE_METHOD_WORDING } from './where-wordings.js';

const sha256 = (method: AnalysisMethod) => createHash('sha256').update(JSON.stringify(method)).digest('hex');
const place = (admin1: string): SnapshotPlace => ({ admin1, admin2: null, admin3: null, community: null, area: null, lat: 33.5, lon: 36.3 });
const by = (actorIds: string[]) => ({ actorIds, eitherOr: false, factualRole: 'carried_out', attributionStatus: 'alleged_by_source', standardReached: null });

/** Incidents on the 1st, 5th, 11th, 15th, 21st, 25th and 31st of each month of 2024, and one dated across March. */
function year() {
  const incidents = [incident('long', { first: '2024-02-25', last: '2024-04-05' }, { place: place('SY01') })];
  for (let date = '2024-01-01'; date <= '2024-12-31'; date = addDays(date, 1)) if (/[15]$/.test(date)) incidents.push(incident(`i_${date}`, { first: date }, { place: place('SY01') }));
  const contextEvents = [contextEvent('evt_a', { first: '2024-03-01' }, { title: 'Talks "one"' }), contextEvent('evt_b', { first: '2024-03-02' }, { title: 'B' })];
  return snapshotOf({ incidents, contextEvents });
}

describe('the analyses’ wordings', () => {
  it('say each method in the very English results pinned before them carry, byte for byte', () => {
    // Hashes of the methods as the analyses wrote them before their words became wordings: a pinned result
    // still verifies, and a result computed again at the same tree size compares equal to it.
    const snapshot = year();
    const actors = [{ id: 'air', name: 'Air', actorKind: 'unit', superiors: [] }];
    const attributed = snapshotOf({ incidents: [incident('a', { first: '2024-01-01' }, { involvements: [by(['air'])] })], actors });
    expect(sha256(tempo(snapshot, { bin: 'month' }).method)).toBe('a458d9b0283cdc769cda4568c6ec849865b3ce8c147501e7d5ba406131e000f0');
    expect(sha256(sequence(snapshot, { level: 'admin1' }).method)).toBe('2ea6b192df326bfce7a9d18a39a0369896a1a41bfb94945a4aab2648c60869d6');
    expect(sha256(compare(attributed).method)).toBe('064e219f6a2408c9e9ac23fa4563816f11f9a73a1897ac2db9810b1221be8f66');
    expect(sha256(pattern(snapshot).method)).toBe('bd2030fb9a523f0b79ce1badf96b8e23599b2df792466f4828d1886304ff0bfd');
    expect(sha256(where(snapshot, { level: 'admin1' }).method)).toBe('e2f8c69592a8a91c6c6ed1ec87393cabf5e4eb38aa3806e3ae40b12d6104d371');
  });

  it('find every line of each method again by its English, and no wording for a line another version wrote', () => {
    const methods = [
      [tempo(year(), { bin: 'month' }).method, TEMPO_METHOD_WORDING],
      [sequence(year(), { level: 'admin1' }).method, SEQUENCE_METHOD_WORDING],
      [pattern(year()).method, PATTERN_METHOD_WORDING],
      [where(year(), { level: 'admin1' }).method, WHERE_METHOD_WORDING],
    ] as const;
    for (const [method, wording] of methods) {
      const said = methodSaid(method, wording);
      expect(said.name?.text).toBe(method.name);
      expect(said.assumptions.map((assumption) => assumption?.text)).toEqual(method.assumptions);
    }
    expect(COMPARE_METHOD_WORDING.assumptions[4]).toMatchObject({ code: 'analysis.compare.share', values: { module: 'protected-objects.ts', confidence: 95, minimum: 5 } });
    expect(TEMPO_METHOD_WORDING.assumptions[3]!.text).toContain("and 'none' means no incident");
    const older = { name: 'tempo', version: '0', assumptions: ['An older line.', TEMPO_METHOD_WORDING.assumptions[2]!.text], references: [] };
    expect(methodSaid(older, TEMPO_METHOD_WORDING).assumptions.map((assumption) => assumption?.code ?? null)).toEqual([null, 'analysis.tempo.bins']);
    expect(methodSaid({ ...older, name: 'something else' }, undefined)).toEqual({ name: null, assumptions: [null, null] });
  });

  it('say why tempo has no ratio and no superposed figure, and find the same wording again from the result', () => {
    const windows = tempo(year(), { bin: 'month', around: { eventIds: ['evt_a', 'evt_b'] }, windowDays: 3 });
    const [first] = windows.windows!;
    const certain = noRatioWording(first!.after.certain, first!.before.certain, first!.before.days, 'certain');
    expect(certain).toMatchObject({ code: 'analysis.tempo.tooFew', values: { total: 1, counted: 'certain', days: 3, minimum: 5 } });
    expect(saidAs(first!.tooFew, certain)).toBe(certain);
    expect(first!.tooFew).toBe('too few incidents to say: 1 certainly dated in the 3 days before and after together, fewer than the 5 needed for a rate ratio');
    const possible = noRatioWording(first!.after.possible, first!.before.possible, first!.before.days, 'possible');
    expect(saidAs(first!.tooFewPossible, possible)?.values).toMatchObject({ counted: 'possible', total: 3 });
    expect(noRatioWording(6, 0, 30, 'certain')).toMatchObject({ code: 'analysis.tempo.noneBefore', values: { after: 6, days: 30 } });
    expect(noRatioWording(6, 0, 30, 'certain')!.text).toBe('no incident certainly dated in the 30 days before: the rate after (6) has nothing to be compared with, so no finite ratio');
    expect(noRatioWording(3, 3, 30, 'certain')).toBeNull();

    const combined = windows.combined!;
    if (!('notCombined' in combined)) throw new Error('the windows overlap');
    const overlap = notCombinedWording(combined.anchors, Number(windows.parameters.windowDays));
    expect(overlap).toMatchObject({ code: 'analysis.tempo.overlapLeaveOne', values: { earlier: 'event evt_a "Talks "one"" (2024-03-01)', later: 'event evt_b "B" (2024-03-02)', gap: 1, window: 3 } });
    expect(saidAs(combined.notCombined, overlap)).toBe(overlap);
    const narrower = tempo(year(), { bin: 'month', around: { eventIds: ['evt_a'], dates: ['2024-03-21', '2024-06-01'] }, windowDays: 30 }).combined!;
    if (!('notCombined' in narrower)) throw new Error('the windows overlap');
    expect(narrower.notCombined).toBe(
      'the windows of event evt_a "Talks "one"" (2024-03-01) and date 2024-03-21 overlap (20 days apart, windows of 30 days): an incident between them would count after one and before the other; use windowDays of at most 10 to superpose them',
    );
    expect(notCombinedWording(narrower.anchors, 30)).toMatchObject({ code: 'analysis.tempo.overlapNarrower', values: { gap: 20, window: 30, separating: 10, windowDays: 'windowDays' } });
    expect(notCombinedWording(narrower.anchors, 10)).toBeNull();
  });

  it('say why a sequence has no busiest month or overlap, a party no share, a pattern no span or regularity', () => {
    const across = [incident('a', { first: '2024-01-30', last: '2024-02-02' }, { place: place('SY01') }), incident('b', { first: '2024-03-30', last: '2024-04-02' }, { place: place('SY01') })];
    const sequenced = sequence(snapshotOf({ incidents: across }), { level: 'admin1' });
    expect(saidAs(sequenced.overlapReason, noOverlapWording(sequenced.places.length, sequenced.level))).toMatchObject({ code: 'analysis.sequence.onePlace', values: { places: 1, level: 'admin1' } });
    expect(sequenced.overlapReason).toBe('only 1 place at level admin1: overlap needs at least two');
    expect(saidAs(sequenced.places[0]!.busiestReason, noBusiestWording(sequenced.places[0]!.busiest))?.code).toBe('analysis.sequence.noBusiestMonth');

    const actors = [{ id: 'air', name: 'Air', actorKind: 'unit', superiors: [] }];
    for (const attacks of [0, 1, 4]) {
      const incidents = Array.from({ length: attacks }, (_, i) => incident(`a${i}`, { first: '2024-01-01' }, { targets: ['hospital'], involvements: [by(['air'])] }));
      const [party] = compare(snapshotOf({ incidents: [...incidents, incident('det', { first: '2024-01-01' }, { involvements: [by(['air'])] })], actors })).parties;
      const wording = noShareWording(party!.protectedShareBasis.attacks);
      expect(wording).toMatchObject({ code: 'analysis.compare.tooFewAttacks', values: { attacks, minimum: 5 } });
      expect(saidAs(party!.protectedShareBasis.reason, wording)).toBe(wording);
    }
    expect(noShareWording(1)!.text).toBe('too few incidents to say: 1 attributed incident records a target, fewer than the minimum of 5');
    expect(noShareWording(5)).toBeNull();

    const single = pattern(snapshotOf({ incidents: [incident('x', { first: '2016-03-01' }), incident('y', null)] }));
    expect(saidAs(single.regularity.reason, noRegularityWording(single.span.dated.count))?.code).toBe('analysis.pattern.oneDatedIncident');
    const undated = pattern(snapshotOf({ incidents: [incident('y', null)] }));
    expect(saidAs(undated.span.reason, noSpanWording(undated.span.dated.count))?.code).toBe('analysis.pattern.noneDated');
    expect(saidAs(undated.regularity.reason, noRegularityWording(undated.span.dated.count))?.text).toBe('no dated incident: regularity needs at least two');
    expect(noRegularityWording(2)).toBeNull();
  });
});
