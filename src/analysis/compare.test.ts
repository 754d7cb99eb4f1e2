import { describe, expect, it } from 'vitest';
import { isDossierError } from '../common/errors.js';
import { VICTIM_FIGURES } from '../incidents/victim-group-kind.js';
import { sumCounts } from '../values/count-sum.js';
import type { Count } from '../values/count.js';
import { analysisJson } from './analysis-json.js';
import { compare } from './compare.js';
import type { PartyComparison } from './compare-result.js';
import type { AnalysisSnapshot, SnapshotActor, SnapshotIncident, SnapshotInvolvement, SnapshotSuperior } from './snapshot.js';

const actor = (id: string, name: string, ...superiors: SnapshotSuperior[]): SnapshotActor => ({ id, name, actorKind: 'state_armed_forces', superiors });
const under = (actorId: string, first: number | null = null, last: number | null = null): SnapshotSuperior => ({ actorId, first, last });
const by = (actorIds: string[], more: Partial<SnapshotInvolvement> = {}): SnapshotInvolvement => ({
  actorIds,
  eitherOr: false,
  factualRole: 'carried_out',
  attributionStatus: 'alleged_by_source',
  standardReached: null,
  ...more,
});

function incident(id: string, involvements: SnapshotInvolvement[], more: Partial<SnapshotIncident> & { killed?: Count[] } = {}): SnapshotIncident {
  const { killed = [], ...rest } = more;
  const victims = Object.fromEntries(VICTIM_FIGURES.map((figure) => [figure, sumCounts(figure === 'killed' ? killed : [])])) as SnapshotIncident['victims'];
  return { id, title: id, grade: 'corroborated', days: { first: 100, last: 100 }, place: null, types: ['air_strike'], means: ['unguided_bomb'], targets: ['residential'], involvements, victims, ...rest };
}

function snapshot(incidents: SnapshotIncident[], actors: SnapshotActor[]): AnalysisSnapshot {
  return { caseId: 'case-1', incidents: [...incidents].sort((a, b) => (a.id < b.id ? -1 : 1)), actors, contextEvents: [], placeNames: {}, ledger: { size: 42, root: 'ab'.repeat(32) } };
}

const party = (result: { parties: PartyComparison[] }, id: string) => result.parties.find((p) => p.actor.id === id)!;
const pad = (n: number) => String(n).padStart(3, '0');

function caught(run: () => unknown): Error & { code?: string } {
  try {
    run();
  } catch (error) {
    return error as Error & { code?: string };
  }
  throw new Error('expected an error');
}

/** `protectedCount` of `total` attacks by `actorId` on hospitals and schools, the rest on homes and markets. */
function attacks(actorId: string, protectedCount: number, total: number): SnapshotIncident[] {
  return Array.from({ length: total }, (_, i) =>
    incident(`${actorId}-${pad(i)}`, [by([actorId])], { targets: i < protectedCount ? [i % 2 ? 'hospital' : 'school'] : [i % 2 ? 'market' : 'residential'] }),
  );
}

const ACTORS = [actor('air', 'Air Force'), actor('reb', 'Rebel Front')];

describe('parties compared', () => {
  it('recovers a party attacking protected objects in 60% of its attacks against one doing so in 5%, with intervals apart', () => {
    const detentions = Array.from({ length: 10 }, (_, i) => incident(`air-det-${i}`, [by(['air'])], { types: ['arbitrary_detention'], means: [], targets: [] }));
    const result = compare(snapshot([...attacks('air', 60, 100), ...attacks('reb', 5, 100), ...detentions], ACTORS), { actors: ['air', 'reb'] });
    const air = party(result, 'air');
    const reb = party(result, 'reb');
    expect(air.incidents.attributed).toBe(110);
    // The detentions hit no object: left out of the share, not counted as attacks on unprotected objects.
    expect(air.protectedShareBasis).toMatchObject({ attacks: 100, onProtected: 60, withoutTarget: 10, reason: null });
    expect(air.protectedShareBasis.withoutTargetIds).toEqual(detentions.map((d) => d.id));
    // Wilson score intervals (z = 1.96), as R's prop.test(x, n, correct = FALSE) gives them.
    expect(air.protectedShare!.estimate).toBe(0.6);
    expect(air.protectedShare!.low).toBeCloseTo(0.502, 3);
    expect(air.protectedShare!.high).toBeCloseTo(0.6906, 3);
    expect(reb.protectedShare!.estimate).toBe(0.05);
    expect(reb.protectedShare!.low).toBeCloseTo(0.0215, 3);
    expect(reb.protectedShare!.high).toBeCloseTo(0.1118, 3);
    expect(air.protectedShare!.low).toBeGreaterThan(reb.protectedShare!.high);
    expect(air.byTargetCategory.find((c) => c.category === 'medical')!.attributed).toBe(30);
    expect(air.byTargetCategory.find((c) => c.category === 'education')!.attributed).toBe(30);
    expect(reb.byTarget.map((t) => [t.term, t.attributed])).toEqual([['hospital', 2], ['school', 3], ['market', 48], ['residential', 47]]);
  });

  it('lets the intervals overlap when the same shares rest on a handful of attacks, and gives no share under the minimum', () => {
    const small = compare(snapshot([...attacks('air', 3, 5), ...attacks('reb', 0, 5)], ACTORS), { actors: ['air', 'reb'] });
    expect(party(small, 'air').protectedShare!.low).toBeLessThan(party(small, 'reb').protectedShare!.high);
    const tiny = compare(snapshot([...attacks('air', 3, 4), ...attacks('reb', 0, 5)], ACTORS), { actors: ['air'] });
    expect(party(tiny, 'air').protectedShare).toBeNull();
    expect(party(tiny, 'air').protectedShareBasis.reason).toMatch(/too few incidents to say: 4 .* minimum of 5/);
  });

  it('counts an either-or attribution as possible for each party named and attributed to none', () => {
    const incidents = [
      incident('i1', [by(['air', 'reb'], { eitherOr: true })], { killed: [{ qualifier: 'exact', min: 4, best: 4, max: 4 }] }),
      incident('i2', [by(['air']), by(['air', 'reb'], { eitherOr: true })]),
      incident('i3', [by(['reb'])]),
    ];
    const result = compare(snapshot(incidents, ACTORS), { actors: ['air', 'reb'] });
    const air = party(result, 'air');
    const reb = party(result, 'reb');
    expect(air.incidents).toMatchObject({ attributed: 1, attributedIds: ['i2'], possiblyAttributed: 1, possiblyAttributedIds: ['i1'] });
    expect(reb.incidents).toMatchObject({ attributed: 1, attributedIds: ['i3'], possiblyAttributed: 2, possiblyAttributedIds: ['i1', 'i2'] });
    // No incident is attributed to both parties, and the either-or victims are in no attributed total.
    expect(air.incidents.attributedIds.filter((id) => reb.incidents.attributedIds.includes(id))).toEqual([]);
    expect(air.victims.killed.qualifier).toBe('none');
    expect(air.victimsPossiblyAttributed.killed).toMatchObject({ min: 4, max: 4 });
    expect(air.byType[0]).toMatchObject({ term: 'air_strike', attributed: 1, possiblyAttributed: 1 });
  });

  it('attributes an either-or between two units of one party to that party', () => {
    const actors = [...ACTORS, actor('b1', '1st Brigade', under('air')), actor('b2', '2nd Brigade', under('air'))];
    const result = compare(snapshot([incident('i1', [by(['b1', 'b2'], { eitherOr: true })])], actors), { actors: ['air', 'b1', 'b2'] });
    expect(party(result, 'air').incidents.attributedIds).toEqual(['i1']);
    expect(party(result, 'b1').incidents).toMatchObject({ attributed: 0, possiblyAttributedIds: ['i1'] });
    expect(party(result, 'b2').incidents).toMatchObject({ attributed: 0, possiblyAttributedIds: ['i1'] });
  });

  it('counts a subordinate unit’s incidents for its superior only while it served under it', () => {
    // The brigade was under the air force on days 100–199 and under the rebels from day 200 (a defection).
    const actors = [...ACTORS, actor('brig', 'Brigade 9', under('air', 100, 199), under('reb', 200))];
    const incidents = [
      incident('before', [by(['brig'])], { days: { first: 150, last: 150 } }),
      incident('after', [by(['brig'])], { days: { first: 250, last: 250 } }),
      incident('across', [by(['brig'])], { days: { first: 190, last: 210 } }),
    ];
    const result = compare(snapshot(incidents, actors), { actors: ['air', 'reb', 'brig'] });
    expect(party(result, 'air').incidents).toMatchObject({ attributedIds: ['before'], possiblyAttributedIds: ['across'] });
    expect(party(result, 'reb').incidents).toMatchObject({ attributedIds: ['after'], possiblyAttributedIds: ['across'] });
    expect(party(result, 'brig').incidents.attributedIds).toEqual(['across', 'after', 'before']);
  });

  it('counts a person’s incidents for the unit he was posted to, and its superior, during the posting', () => {
    const actors = [...ACTORS, actor('brig', 'Brigade 9', under('air')), { ...actor('off', 'Col. X', under('brig', 100, 300)), actorKind: 'individual' }];
    const incidents = [incident('posted', [by(['off'])], { days: { first: 120, last: 130 } }), incident('later', [by(['off'])], { days: { first: 400, last: 400 } })];
    const result = compare(snapshot(incidents, actors), { actors: ['air', 'brig', 'off'] });
    expect(party(result, 'air').incidents.attributedIds).toEqual(['posted']);
    expect(party(result, 'brig').incidents.attributedIds).toEqual(['posted']);
    expect(party(result, 'off').incidents.attributedIds).toEqual(['later', 'posted']);
  });

  it('handles a cycle in the chain of command', () => {
    const actors = [actor('a', 'A', under('b')), actor('b', 'B', under('a')), actor('c', 'C', under('b'))];
    const result = compare(snapshot([incident('i1', [by(['c'])])], actors), { actors: ['a', 'b'] });
    expect(result.parties.map((p) => p.incidents.attributedIds)).toEqual([['i1'], ['i1']]);
  });

  it('sums victims with their bounds and counts each standard of proof once per incident, at the strongest reached', () => {
    const incidents = [
      incident('i1', [by(['air'], { standardReached: 'credible_allegation' }), by(['air'], { standardReached: 'reasonable_grounds_to_believe' })], { killed: [{ qualifier: 'exact', min: 3, best: 3, max: 3 }] }),
      incident('i2', [by(['air'], { standardReached: 'reasonable_grounds_to_believe' })], { killed: [{ qualifier: 'at_least', min: 2 }] }),
      incident('i3', [by(['air'])]),
      incident('i4', [by(['air'], { attributionStatus: 'discounted', standardReached: 'beyond_reasonable_doubt' })], { killed: [{ qualifier: 'exact', min: 50, best: 50, max: 50 }] }),
    ];
    const air = party(compare(snapshot(incidents, ACTORS), { actors: ['AIR FORCE'] }), 'air');
    expect(air.victims.killed).toMatchObject({ min: 5, max: null, qualifier: 'at_least', parts: 2 });
    expect(air.victims.killed.text).toContain('at least 5');
    expect(air.standards).toEqual([
      { standard: 'reasonable_grounds_to_believe', incidents: 2, incidentIds: ['i1', 'i2'] },
      { standard: 'not_assessed', incidents: 1, incidentIds: ['i3'] },
    ]);
    expect(air.incidents).toMatchObject({ attributed: 3, discountedOnly: 1, discountedOnlyIds: ['i4'] });
  });

  it('compares every actor the selection names when none is asked for, and applies the minimum grade', () => {
    const incidents = [incident('i1', [by(['reb'])]), incident('i2', [by(['air'])], { grade: 'reported' })];
    const all = compare(snapshot(incidents, [...ACTORS, actor('idle', 'Idle Unit')]));
    expect(all.parties.map((p) => p.actor.id)).toEqual(['air', 'reb']);
    const graded = compare(snapshot(incidents, ACTORS), { minGrade: 'corroborated' });
    expect(graded.parties.map((p) => p.actor.id)).toEqual(['reb']);
    expect(graded.selection.excluded).toEqual([{ reason: 'below_grade', count: 1, incidentIds: ['i2'] }]);
  });

  it('gives byte-identical JSON for the same snapshot and parameters', () => {
    const build = () => snapshot([...attacks('air', 6, 10), ...attacks('reb', 1, 10), incident('x', [by(['air', 'reb'], { eitherOr: true })])], ACTORS);
    const params = { actors: ['reb', 'Air Force'], minGrade: 'reported', filters: { target: ['hospital'] } };
    const first = analysisJson(compare(build(), params));
    expect(analysisJson(compare(build(), params))).toBe(first);
    expect(JSON.parse(first)).toMatchObject({ analysis: 'compare', ledger: { size: 42 }, parameters: { partyIds: ['reb', 'air'] }, method: { version: '1' } });
  });

  it('answers NOT_FOUND for an unknown actor and asks for an id when a name is shared', () => {
    const actors = [...ACTORS, actor('b1', 'Brigade 9'), actor('b2', 'brigade 9')];
    const data = snapshot([incident('i1', [by(['air'])])], actors);
    const unknown = caught(() => compare(data, { actors: ['air', 'Navy'] }));
    expect(isDossierError(unknown, 'NOT_FOUND')).toBe(true);
    expect(unknown.message).toContain('"Navy"');
    const shared = caught(() => compare(data, { actors: ['Brigade 9'] }));
    expect(isDossierError(shared, 'VALIDATION_FAILED')).toBe(true);
    expect(shared.message).toContain('b1, b2');
    expect(compare(data, { actors: ['b1'] }).parties[0]!.actor.name).toBe('Brigade 9');
  });
});
