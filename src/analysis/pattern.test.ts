import { describe, expect, it } from 'vitest';
import { DossierError } from '../common/errors.js';
import { VICTIM_FIGURES, type VictimFigure } from '../incidents/victim-group-kind.js';
import { sumCounts, type CountTotal } from '../values/count-sum.js';
import type { Count } from '../values/count.js';
import { analysisJson } from './analysis-json.js';
import { pattern } from './pattern.js';
import { dayOf, type AnalysisSnapshot, type SnapshotIncident, type SnapshotInvolvement, type SnapshotPlace } from './snapshot.js';

const day = (iso: string) => dayOf(`${iso}T00:00:00Z`);

interface Planted {
  from?: string;
  to?: string;
  place?: Partial<SnapshotPlace> | null;
  conduct?: [string[], string[], string[]];
  involvements?: Partial<SnapshotInvolvement>[];
  victims?: Partial<Record<VictimFigure, Count[]>>;
  grade?: string;
}

function incident(id: string, planted: Planted): SnapshotIncident {
  const [types, means, targets] = planted.conduct ?? [[], [], []];
  return {
    id,
    title: `Incident ${id}`,
    grade: planted.grade ?? 'corroborated',
    days: planted.from ? { first: day(planted.from), last: day(planted.to ?? planted.from) } : null,
    place: planted.place === undefined || planted.place === null ? null : { admin1: null, admin2: null, admin3: null, community: null, area: null, lat: null, lon: null, ...planted.place },
    types,
    means,
    targets,
    involvements: (planted.involvements ?? []).map((involvement) => ({ actorIds: [], eitherOr: false, factualRole: 'carried_out', attributionStatus: 'alleged_by_source', standardReached: null, ...involvement })),
    victims: Object.fromEntries(VICTIM_FIGURES.map((figure) => [figure, sumCounts(planted.victims?.[figure] ?? [])])) as Record<VictimFigure, CountTotal>,
  };
}

const snapshotOf = (incidents: SnapshotIncident[]): AnalysisSnapshot => ({
  caseId: 'aleppo-2016',
  incidents,
  actors: [
    { id: 'act_a', name: 'Air Force', actorKind: 'state_armed_force', superiors: [] },
    { id: 'act_b', name: 'Army', actorKind: 'state_armed_force', superiors: [] },
    { id: 'act_c', name: 'Militia', actorKind: 'non_state_armed_group', superiors: [] },
  ],
  contextEvents: [],
  placeNames: { C1: 'Daraya', C2: 'Douma', SY02: 'Rural Damascus', SY03: 'Homs', AREA1: 'Eastern Ghouta' },
  ledger: { size: 7, root: 'cd'.repeat(32) },
});

const barrelOnHospital: [string[], string[], string[]] = [['air_strike'], ['barrel_bomb'], ['hospital']];
const guidedOnMarket: [string[], string[], string[]] = [['air_strike'], ['guided_munition'], ['market']];
const c1 = { admin1: 'SY02', admin2: 'SY0200', community: 'C1' };
const c2 = { admin1: 'SY02', admin2: 'SY0201', community: 'C2' };

/** A planted pattern: a repeated modus operandi, a 25-day pause, either-or attributions, victims with bounds. */
const planted = snapshotOf([
  incident('i01', { from: '2016-01-01', place: c1, conduct: barrelOnHospital, involvements: [{ actorIds: ['act_a'], standardReached: 'reasonable_grounds_to_believe' }], victims: { killed: [{ qualifier: 'exact', min: 3, best: 3, max: 3 }], missing: [{ qualifier: 'unknown' }] } }),
  incident('i02', {
    from: '2016-01-05',
    place: c1,
    conduct: barrelOnHospital,
    involvements: [
      { actorIds: ['act_a'], standardReached: 'credible_allegation' },
      { actorIds: ['act_a'], standardReached: 'reasonable_grounds_to_believe', factualRole: 'ordered' },
    ],
    victims: { killed: [{ qualifier: 'at_least', min: 5 }] },
  }),
  incident('i03', {
    from: '2016-01-08',
    place: c1,
    conduct: [['air_strike'], ['barrel_bomb'], ['hospital', 'school']],
    involvements: [{ actorIds: ['act_a', 'act_b'], eitherOr: true, standardReached: 'credible_allegation' }],
    victims: { killed: [{ qualifier: 'range', min: 2, max: 4 }] },
  }),
  incident('i04', { from: '2016-01-10', to: '2016-01-15', place: c2, conduct: guidedOnMarket, involvements: [{ actorIds: ['act_a', 'act_b'], eitherOr: true }, { actorIds: ['act_a'] }] }),
  incident('i05', { from: '2016-02-10', place: c2, conduct: barrelOnHospital, involvements: [{ actorIds: ['act_b', 'act_c'], standardReached: 'substantial_grounds' }] }),
  incident('i06', { from: '2016-02-12', to: '2016-02-20', place: { admin1: 'SY03', area: 'AREA1' }, conduct: guidedOnMarket }),
  incident('i07', { from: '2016-02-25', place: { admin1: 'SY03' }, conduct: [['air_strike'], ['cluster_munition'], ['school']] }),
  incident('i08', { conduct: [['air_strike'], [], ['hospital']] }),
  incident('i09', { from: '2016-01-20', place: c1, conduct: barrelOnHospital, grade: 'reported' }),
]);

describe('pattern of conduct', () => {
  const result = pattern(planted, { minGrade: 'single_source' });

  it('counts the incidents the selection holds and names those left out', () => {
    expect(result.incidents).toEqual({ count: 8, incidentIds: ['i01', 'i02', 'i03', 'i04', 'i05', 'i06', 'i07', 'i08'] });
    expect(result.selection.excluded).toEqual([{ reason: 'below_grade', count: 1, incidentIds: ['i09'] }]);
    expect(result.parameters).toEqual({ minGrade: 'single_source', filters: {} });
  });

  it('recovers the repeated modus operandi with its count, and only what recurs', () => {
    expect(result.modusOperandi.combinations).toEqual([
      { type: 'air_strike', means: 'barrel_bomb', target: 'hospital', incidents: 4, incidentIds: ['i01', 'i02', 'i03', 'i05'] },
      { type: 'air_strike', means: 'guided_munition', target: 'market', incidents: 2, incidentIds: ['i04', 'i06'] },
    ]);
    expect(result.modusOperandi.notDescribed).toEqual({ count: 1, incidentIds: ['i08'] });
  });

  it('counts distinct places and admin areas, each with its incidents', () => {
    expect(result.places.communities.codes.map((code) => [code.code, code.name, code.incidentIds])).toEqual([
      ['C1', 'Daraya', ['i01', 'i02', 'i03']],
      ['C2', 'Douma', ['i04', 'i05']],
    ]);
    expect(result.places.admin1.count).toBe(2);
    expect(result.places.admin2.count).toBe(2);
    expect(result.places.admin3.count).toBe(0);
    expect(result.places.areas.codes).toEqual([{ code: 'AREA1', name: 'Eastern Ghouta', incidents: 1, incidentIds: ['i06'] }]);
    expect(result.places.unplaced).toEqual({ count: 1, incidentIds: ['i08'] });
  });

  it('gives the span by the widest reading and leaves undated incidents out of it, named', () => {
    // 1 January to 25 February 2016: 31 + 25 days.
    expect(result.span).toMatchObject({ first: '2016-01-01', last: '2016-02-25', days: 56, certainlyCovers: { from: '2016-01-01', to: '2016-02-25', days: 56 } });
    expect(result.span.undated).toEqual({ count: 1, incidentIds: ['i08'] });
  });

  it('finds the longest gap as days on which no incident can have happened', () => {
    // i04 may have happened up to 15 January, i05 happened on 10 February: 16 January to 9 February, 25 days.
    expect(result.regularity.longestGap).toEqual({ days: 25, from: '2016-01-16', to: '2016-02-09', before: ['i04'], after: ['i05'] });
  });

  it('gives incidents per week over the span and weeks with incidents, certain apart from possible', () => {
    expect(result.regularity.perWeek).toBe(7 / (56 / 7));
    // ISO weeks from 28 Dec 2015 to 22 Feb 2016: 9. Wholly inside one week: i01, i02, i03, i05, i07 (4 weeks);
    // i04 (10-15 Jan) and i06 (12-20 Feb) each straddle two weeks, adding 11 Jan and 15 Feb as possible.
    expect(result.regularity.weeks).toBe(9);
    expect(result.regularity.weeksWithIncidents).toEqual({ certain: 4, possible: 6 });
  });

  it('sums victims keeping bounds, and leaves a figure nobody gave as no figure', () => {
    expect(result.victims.killed).toMatchObject({ min: 10, max: null, qualifier: 'at_least', incidentIds: ['i01', 'i02', 'i03'] });
    expect(result.victims.missing).toMatchObject({ qualifier: 'unknown', incidentIds: ['i01'] });
    expect(result.victims.injured).toMatchObject({ qualifier: 'none', text: 'no figure', incidentIds: [] });
  });

  it('keeps either-or attributions apart and never counts them as attributed', () => {
    const [a, b, c] = result.attributions.actors;
    expect(a).toEqual({
      actorId: 'act_a',
      name: 'Air Force',
      attributed: {
        incidents: 3,
        incidentIds: ['i01', 'i02', 'i04'],
        byStandard: [
          { standard: 'not_stated', incidents: 1, incidentIds: ['i04'] },
          { standard: 'reasonable_grounds_to_believe', incidents: 2, incidentIds: ['i01', 'i02'] },
        ],
      },
      possiblyAttributed: { incidents: 1, incidentIds: ['i03'], byStandard: [{ standard: 'credible_allegation', incidents: 1, incidentIds: ['i03'] }] },
    });
    expect(b!.attributed.incidentIds).toEqual(['i05']);
    expect(b!.possiblyAttributed.incidentIds).toEqual(['i03', 'i04']);
    expect(c!.attributed).toMatchObject({ incidentIds: ['i05'], byStandard: [{ standard: 'substantial_grounds', incidents: 1, incidentIds: ['i05'] }] });
    const attributedEverywhere = result.attributions.actors.flatMap((actor) => actor.attributed.incidentIds);
    expect(attributedEverywhere).not.toContain('i03');
    expect(result.attributions.unattributed).toEqual({ count: 3, incidentIds: ['i06', 'i07', 'i08'] });
  });

  it('lists the incidents it counts, with date and finest place', () => {
    expect(result.incidentList[3]).toEqual({ id: 'i04', title: 'Incident i04', grade: 'corroborated', first: '2016-01-10', last: '2016-01-15', place: 'Douma' });
    expect(result.incidentList[7]).toMatchObject({ id: 'i08', first: null, place: null });
  });

  it('gives byte-identical JSON when run again on the same snapshot', () => {
    expect(analysisJson(pattern(structuredClone(planted), { minGrade: 'single_source' }))).toBe(analysisJson(result));
  });

  it('says why there is no regularity with a single dated incident', () => {
    const single = pattern(snapshotOf([incident('x', { from: '2016-03-01' }), incident('y', {})]));
    expect(single.regularity).toMatchObject({ perWeek: null, longestGap: null, reason: expect.stringMatching(/only one dated incident/) });
    expect(single.span).toMatchObject({ first: '2016-03-01', days: 1, certainlyCovers: null });
    const undated = pattern(snapshotOf([incident('y', {})]));
    expect(undated.span).toMatchObject({ first: null, days: null, reason: 'no selected incident is dated' });
  });

  it('refuses an empty selection and an unknown grade', () => {
    expect(() => pattern(snapshotOf([]))).toThrow(DossierError);
    expect(() => pattern(planted, { minGrade: 'certain' })).toThrow(/min-grade/);
  });
});
