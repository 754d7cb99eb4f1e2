import { describe, expect, it } from 'vitest';
import type { SequencePlace, SequenceResult } from './analysis-types.js';
import { overlapWords, placeBars, placesTable, timeDomain } from './sequence-rows.js';
import { envelope } from './test-results.js';

const place = (name: string, first: string, last: string, ids: string[], busiest: SequencePlace['busiest']): SequencePlace => ({
  name,
  pcode: `P-${name}`,
  first,
  last,
  firstNoLaterThan: first,
  lastNoEarlierThan: last,
  incidents: ids.length,
  incidentIds: ids,
  busiest,
  busiestReason: busiest ? null : 'no incident of this place is dated within a single calendar month',
  activePeriod: { start: first, end: first, days: 1 },
});

const result: SequenceResult = {
  ...envelope('sequence'),
  level: 'admin2',
  places: [
    place('Alpha', '2016-09-01', '2016-09-30', ['inc_a', 'inc_b'], { start: '2016-09-01', end: '2016-09-30', incidents: 2, incidentIds: ['inc_a', 'inc_b'], possible: 2 }),
    place('Beta', '2016-10-01', '2016-12-31', ['inc_c'], null),
  ],
  overlap: 0,
  overlapReason: null,
  notAtLevel: { count: 0, incidentIds: [] },
};

describe('the campaign sequence shaped for its chart', () => {
  it('draws each place from its first to its last day, with its active period and busiest month along the bar', () => {
    const [alpha, beta] = placeBars(result);
    expect(alpha!.range).toEqual([Date.UTC(2016, 8, 1), Date.UTC(2016, 9, 1)]);
    expect(alpha!.active[0]).toBe(0);
    expect(alpha!.active[1]).toBeCloseTo(1 / 30);
    expect(alpha!.busiest).toEqual([0, 1]);
    expect(beta!.busiest).toBeNull();
    const [from, to] = timeDomain([alpha!, beta!]);
    expect(from).toBeLessThan(Date.UTC(2016, 8, 1));
    expect(to).toBeGreaterThan(Date.UTC(2017, 0, 1));
    expect(to - from).toBeLessThan(Date.UTC(2017, 0, 1) - Date.UTC(2016, 8, 1) + 10 * 86_400_000);
  });

  it('draws the busiest month whole, even where it reaches past the place’s only day', () => {
    const single = placeBars({ ...result, places: [place('Gamma', '2016-09-19', '2016-09-19', ['inc_d'], { start: '2016-09-01', end: '2016-09-30', incidents: 1, incidentIds: ['inc_d'], possible: 1 })] });
    expect(single[0]!.busiest).toEqual([-18, 12]);
    const [from, to] = timeDomain(single);
    expect(from).toBeLessThan(Date.UTC(2016, 8, 1));
    expect(to).toBeGreaterThan(Date.UTC(2016, 9, 1));
  });

  it('lists the places with their counts and incidents, the busiest month or why there is none', () => {
    const table = placesTable(result);
    expect(table.rows.map((row) => row.map((cell) => cell.text))).toEqual([
      ['Alpha', 'P-Alpha', '2016-09-01', '2016-09-30', '2', '2016-09', '2', '2016-09-01'],
      ['Beta', 'P-Beta', '2016-10-01', '2016-12-31', '1', 'no incident of this place is dated within a single calendar month', '—', '2016-10-01'],
    ]);
    expect(table.rows[0]![4]!.incidentIds).toEqual(['inc_a', 'inc_b']);
  });

  it('says what the overlap means, or why there is none', () => {
    expect(overlapWords(result)).toMatch(/^Overlap 0: 0 would mean strictly one place at a time/);
    expect(overlapWords({ ...result, overlap: null, overlapReason: 'only 1 place at level admin2: overlap needs at least two' })).toBe('No overlap figure: only 1 place at level admin2: overlap needs at least two.');
  });
});
