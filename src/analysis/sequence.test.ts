import { describe, expect, it } from 'vitest';
import { DossierError } from '../common/errors.js';
import { VICTIM_FIGURES, type VictimFigure } from '../incidents/victim-group-kind.js';
import { sumCounts, type CountTotal } from '../values/count-sum.js';
import { analysisJson } from './analysis-json.js';
import { overlapOf } from './sequence-overlap.js';
import { sequence } from './sequence.js';
import type { SequenceLevel } from './sequence-result.js';
import { dayOf, type AnalysisSnapshot, type SnapshotIncident, type SnapshotPlace } from './snapshot.js';

const day = (iso: string) => dayOf(`${iso}T00:00:00Z`);

interface Planted {
  from: string;
  to?: string;
  place?: Partial<SnapshotPlace> | null;
  grade?: string;
}

function incident(id: string, planted: Planted): SnapshotIncident {
  const place = planted.place === null ? null : { admin1: 'SY02', admin2: null, admin3: null, community: null, area: null, lat: null, lon: null, ...planted.place };
  return {
    id,
    title: `Incident ${id}`,
    grade: planted.grade ?? 'corroborated',
    days: planted.from === '' ? null : { first: day(planted.from), last: day(planted.to ?? planted.from) },
    place,
    types: [],
    means: [],
    targets: [],
    involvements: [],
    victims: Object.fromEntries(VICTIM_FIGURES.map((figure) => [figure, sumCounts([])])) as Record<VictimFigure, CountTotal>,
  };
}

function snapshotOf(incidents: SnapshotIncident[]): AnalysisSnapshot {
  return {
    caseId: 'aleppo-2016',
    incidents: [...incidents].sort((a, b) => (a.id < b.id ? -1 : 1)),
    actors: [],
    contextEvents: [],
    placeNames: { C1: 'Daraya', C2: 'Muadamiyah', C3: 'Douma', SY02: 'Aleppo' },
    ledger: { size: 42, root: 'ab'.repeat(32) },
  };
}

/** `count` incidents in `community`, exactly dated every `step` days from `start`. */
function attacks(prefix: string, community: string, start: string, count: number, step: number): SnapshotIncident[] {
  return Array.from({ length: count }, (_, i) => {
    const date = new Date((day(start) + i * step) * 86_400_000).toISOString().slice(0, 10);
    return incident(`${prefix}${String(i).padStart(2, '0')}`, { from: date, place: { community } });
  });
}

function validationField(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DossierError);
    expect((error as DossierError).code).toBe('VALIDATION_FAILED');
    return (error as DossierError).details.field;
  }
  throw new Error('expected a VALIDATION_FAILED error');
}

describe('campaign sequence', () => {
  it('gives an overlap near 0 for three places attacked one after another, even with a stray incident', () => {
    const incidents = [
      ...attacks('a', 'C1', '2016-01-01', 10, 3),
      ...attacks('b', 'C2', '2016-02-15', 10, 3),
      ...attacks('c', 'C3', '2016-04-01', 10, 3),
      incident('stray', { from: '2016-04-10', place: { community: 'C1' } }),
    ];
    const result = sequence(snapshotOf(incidents), { level: 'community' });
    expect(result.places.map((place) => place.pcode)).toEqual(['C1', 'C2', 'C3']);
    expect(result.places[0]!.last).toBe('2016-04-10');
    expect(result.overlap).toBe(0);
    expect(result.overlapReason).toBeNull();
  });

  it('gives an overlap near 1 for three places attacked over the same span', () => {
    const incidents = [...attacks('a', 'C1', '2016-01-01', 30, 3), ...attacks('b', 'C2', '2016-01-02', 30, 3), ...attacks('c', 'C3', '2016-01-03', 30, 3)];
    const result = sequence(snapshotOf(incidents), { level: 'community' });
    expect(result.overlap).toBeGreaterThan(0.95);
    expect(result.overlap).toBeLessThanOrEqual(1);
  });

  it('computes the overlap as shared days over the shorter period, on interquartile periods', () => {
    // C1 at days 0 and 10: midpoints' quartiles 2.5 and 7.5, so days 2..8 (7 days); C2 at 5 and 15: days 7..13.
    // They share days 7 and 8: 2 of the shorter 7.
    const base = '2016-01-01';
    const plus = (n: number) => new Date((day(base) + n) * 86_400_000).toISOString().slice(0, 10);
    const incidents = [
      incident('a1', { from: plus(0), place: { community: 'C1' } }),
      incident('a2', { from: plus(10), place: { community: 'C1' } }),
      incident('b1', { from: plus(5), place: { community: 'C2' } }),
      incident('b2', { from: plus(15), place: { community: 'C2' } }),
    ];
    const result = sequence(snapshotOf(incidents), { level: 'community' });
    expect(result.places[0]!.activePeriod).toEqual({ start: plus(2), end: plus(8), days: 7 });
    expect(result.places[1]!.activePeriod).toEqual({ start: plus(7), end: plus(13), days: 7 });
    expect(result.overlap).toBe(Math.round((2 / 7) * 10_000) / 10_000);
  });

  it('computes the same overlap by its sweep as by adding up every pair', () => {
    // Periods from a fixed linear congruential sequence: many lengths, overlaps, nestings and touching ends.
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647) % 60;
    const periods = Array.from({ length: 25 }, () => {
      const first = next();
      return { first, last: first + next() };
    });
    let shared = 0;
    let shorter = 0;
    for (let i = 0; i < periods.length; i++) {
      for (let j = i + 1; j < periods.length; j++) {
        const [a, b] = [periods[i]!, periods[j]!];
        shared += Math.max(0, Math.min(a.last, b.last) - Math.max(a.first, b.first) + 1);
        shorter += Math.min(a.last - a.first + 1, b.last - b.first + 1);
      }
    }
    expect(overlapOf(periods)).toBe(Math.round((shared / shorter) * 10_000) / 10_000);
    expect(overlapOf([{ first: 0, last: 0 }, { first: 1, last: 1 }])).toBe(0);
    expect(overlapOf([{ first: 5, last: 5 }, { first: 0, last: 9 }])).toBe(1);
  });

  it('orders places by their first day, then by code, whatever their ids', () => {
    const incidents = [
      incident('a', { from: '2016-03-01', place: { community: 'C1' } }),
      incident('b', { from: '2016-01-05', place: { community: 'C3' } }),
      incident('c', { from: '2016-01-05', place: { community: 'C2' } }),
    ];
    const result = sequence(snapshotOf(incidents), { level: 'community' });
    expect(result.places.map((place) => [place.pcode, place.name, place.first])).toEqual([
      ['C2', 'Muadamiyah', '2016-01-05'],
      ['C3', 'Douma', '2016-01-05'],
      ['C1', 'Daraya', '2016-03-01'],
    ]);
  });

  it('sets first and last by the widest reading of uncertain dates, and gives the narrowest beside them', () => {
    const incidents = [
      incident('a', { from: '2016-03-01', to: '2016-03-31', place: { community: 'C1' } }),
      incident('b', { from: '2016-04-10', to: '2016-04-20', place: { community: 'C1' } }),
    ];
    const [place] = sequence(snapshotOf(incidents), { level: 'community' }).places;
    expect(place).toMatchObject({ first: '2016-03-01', firstNoLaterThan: '2016-03-31', last: '2016-04-20', lastNoEarlierThan: '2016-04-10', incidents: 2, incidentIds: ['a', 'b'] });
  });

  it('finds the busiest month by incidents certainly in it, reporting those that only may be', () => {
    const incidents = [
      incident('a', { from: '2016-03-10', place: { community: 'C1' } }),
      incident('b', { from: '2016-03-20', to: '2016-04-05', place: { community: 'C1' } }),
      incident('c', { from: '2016-04-12', place: { community: 'C1' } }),
      incident('d', { from: '2016-04-13', place: { community: 'C1' } }),
      incident('e', { from: '2016-05-30', to: '2016-06-02', place: { community: 'C2' } }),
    ];
    const result = sequence(snapshotOf(incidents), { level: 'community' });
    expect(result.places[0]!.busiest).toEqual({ start: '2016-04-01', end: '2016-04-30', incidents: 2, incidentIds: ['c', 'd'], possible: 3 });
    expect(result.places[1]!.busiest).toBeNull();
    expect(result.places[1]!.busiestReason).toMatch(/single calendar month/);
  });

  it('gives the earlier month when two months tie', () => {
    const incidents = [incident('a', { from: '2016-02-29', place: { community: 'C1' } }), incident('b', { from: '2016-01-31', place: { community: 'C1' } })];
    const [place] = sequence(snapshotOf(incidents), { level: 'community' }).places;
    expect(place!.busiest).toMatchObject({ start: '2016-01-01', end: '2016-01-31', incidentIds: ['b'] });
  });

  it('lists incidents placed without the chosen level apart, and leaves out undated and unplaced ones with their reason', () => {
    const incidents = [
      incident('a', { from: '2016-03-01', place: { community: 'C1' } }),
      incident('b', { from: '2016-03-02', place: { community: 'C2' } }),
      incident('coarse', { from: '2016-03-03' }),
      incident('undated', { from: '', place: { community: 'C1' } }),
      incident('nowhere', { from: '2016-03-04', place: null }),
      incident('weak', { from: '2016-03-05', place: { community: 'C1' }, grade: 'reported' }),
    ];
    const result = sequence(snapshotOf(incidents), { level: 'community', minGrade: 'single_source' });
    expect(result.notAtLevel).toEqual({ count: 1, incidentIds: ['coarse'] });
    expect(result.selection).toEqual({
      selected: 6,
      included: 3,
      excluded: [
        { reason: 'below_grade', count: 1, incidentIds: ['weak'] },
        { reason: 'no_date', count: 1, incidentIds: ['undated'] },
        { reason: 'no_place', count: 1, incidentIds: ['nowhere'] },
      ],
    });
    expect(result.parameters).toEqual({ level: 'community', minGrade: 'single_source', filters: {} });
  });

  it('groups by the level asked for', () => {
    const incidents = [
      incident('a', { from: '2016-03-01', place: { admin1: 'SY02', community: 'C1' } }),
      incident('b', { from: '2016-03-02', place: { admin1: 'SY02', community: 'C2' } }),
    ];
    const result = sequence(snapshotOf(incidents), { level: 'admin1' });
    expect(result.places).toHaveLength(1);
    expect(result.places[0]).toMatchObject({ pcode: 'SY02', name: 'Aleppo', incidents: 2, incidentIds: ['a', 'b'] });
    expect(result.overlap).toBeNull();
    expect(result.overlapReason).toMatch(/at least two/);
  });

  it('gives byte-identical JSON when run again on the same snapshot', () => {
    const incidents = [...attacks('a', 'C1', '2016-01-01', 10, 3), ...attacks('b', 'C2', '2016-01-20', 10, 5)];
    const first = analysisJson(sequence(snapshotOf(incidents), { level: 'community', minGrade: 'reported' }));
    const again = analysisJson(sequence(structuredClone(snapshotOf([...incidents].reverse())), { level: 'community', minGrade: 'reported' }));
    expect(again).toBe(first);
    expect(JSON.parse(first).ledger).toEqual({ size: 42, root: 'ab'.repeat(32) });
  });

  it('refuses an unknown level, naming the field', () => {
    const snapshot = snapshotOf([incident('a', { from: '2016-03-01', place: { community: 'C1' } })]);
    expect(validationField(() => sequence(snapshot, { level: 'village' as SequenceLevel }))).toBe('level');
  });

  it('refuses an empty selection, and a level no incident is placed at', () => {
    const weak = snapshotOf([incident('a', { from: '2016-03-01', place: { community: 'C1' }, grade: 'reported' })]);
    expect(validationField(() => sequence(weak, { level: 'community', minGrade: 'confirmed' }))).toBe('selection');
    expect(validationField(() => sequence(snapshotOf([]), { level: 'community' }))).toBe('selection');
    const coarse = snapshotOf([incident('a', { from: '2016-03-01' })]);
    expect(validationField(() => sequence(coarse, { level: 'area' }))).toBe('level');
  });
});
