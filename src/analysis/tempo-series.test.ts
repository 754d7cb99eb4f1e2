import { describe, expect, it } from 'vitest';
import type { Count } from '../values/count.js';
import { tempo } from './tempo.js';
import { addTotals, sumCounts } from '../values/count-sum.js';
import { incident, snapshotOf, victims, thrown } from './test-snapshot.js';

const exact = (n: number): Count => ({ qualifier: 'exact', min: n, best: n, max: n });
const atLeast = (n: number): Count => ({ qualifier: 'at_least', min: n });
const range = (min: number, max: number, best?: number): Count => ({ qualifier: 'range', min, max, ...(best === undefined ? {} : { best }) });
const unknown: Count = { qualifier: 'unknown' };

describe('adding victim totals', () => {
  it('gives what sumCounts gives over both totals’ parts together', () => {
    const groups: Count[][] = [[], [exact(3)], [atLeast(2)], [range(4, 9, 5)], [unknown], [unknown, unknown], [exact(1), range(0, 2)], [range(1, 3)]];
    for (const a of groups) {
      for (const b of groups) expect(addTotals([sumCounts(a), sumCounts(b)])).toEqual(sumCounts([...a, ...b]));
    }
  });
});

describe('tempo series', () => {
  const january = [
    incident('inc_a', { first: '2024-01-02' }, { victims: victims({ killed: [exact(3)], injured: [range(2, 5)] }) }),
    incident('inc_b', { first: '2024-01-03', last: '2024-01-05' }, { victims: victims({ killed: [atLeast(2)] }) }),
    // Eleven days: possible in two weeks, certain in neither.
    incident('inc_wide', { first: '2024-01-06', last: '2024-01-16' }, { victims: victims({ killed: [exact(100)] }) }),
    incident('inc_c', { first: '2024-01-17' }),
  ];

  it('counts per ISO week over the span of the included incidents, empty weeks included', () => {
    const result = tempo(snapshotOf({ incidents: [...january, incident('inc_march', { first: '2024-03-01' })] }), { bin: 'week' });
    expect(result.span).toEqual({ start: '2024-01-02', end: '2024-03-01' });
    expect(result.series[0]).toMatchObject({ start: '2024-01-01', end: '2024-01-07', certain: 2, possible: 3, certainIds: ['inc_a', 'inc_b'], possibleIds: ['inc_a', 'inc_b', 'inc_wide'] });
    expect(result.series[1]).toMatchObject({ start: '2024-01-08', end: '2024-01-14', certain: 0, possible: 1, certainIds: [], possibleIds: ['inc_wide'] });
    expect(result.series[2]).toMatchObject({ start: '2024-01-15', certain: 1, possible: 2, certainIds: ['inc_c'] });
    expect(result.series.at(-1)).toMatchObject({ start: '2024-02-26', end: '2024-03-03', certain: 1 });
    expect(result.series.slice(3, -1).every((bin) => bin.possible === 0)).toBe(true);
    // The wide incident: 2 of its 11 days in week 1, 7 in week 2, 2 in week 3.
    expect(result.series.slice(0, 3).map((bin) => bin.expected)).toEqual([2.1818, 0.6364, 1.1818]);
  });

  it('counts wide-dated incidents as possible, never as certain, and certain once the bin holds them', () => {
    const weekly = tempo(snapshotOf({ incidents: january }), { bin: 'week' });
    expect(weekly.series.flatMap((bin) => bin.certainIds)).not.toContain('inc_wide');
    expect(weekly.series.filter((bin) => bin.possibleIds.includes('inc_wide'))).toHaveLength(3);
    const monthly = tempo(snapshotOf({ incidents: january }), { bin: 'month' });
    expect(monthly.series).toHaveLength(1);
    expect(monthly.series[0]).toMatchObject({ certain: 4, possible: 4, expected: 4 });
  });

  it('sums the victims of the incidents certainly in the bin, keeping bounds, and not those only possibly in it', () => {
    const [first, second] = tempo(snapshotOf({ incidents: january }), { bin: 'week' }).series;
    expect(first!.victims.killed).toEqual({ min: 5, max: null, best: null, qualifier: 'at_least', parts: 2, unknownParts: 0, text: 'at least 5', incidentIds: ['inc_a', 'inc_b'] });
    expect(first!.victims.injured).toMatchObject({ min: 2, max: 5, qualifier: 'range' });
    expect(first!.victims.missing.qualifier).toBe('none');
    // Only inc_wide is in the second week, and only possibly: its 100 killed are not summed there.
    expect(second!.victims.killed.qualifier).toBe('none');
  });

  it('refuses a bin size that no incident’s dates fit, naming the wider one that would work', () => {
    const vague = [incident('inc_1', { first: '2024-01-01', last: '2024-01-20' }), incident('inc_2', { first: '2024-02-03', last: '2024-02-12' })];
    const error = thrown(() => tempo(snapshotOf({ incidents: vague }), { bin: 'week' }));
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.details.field).toBe('bin');
    expect(error.message).toMatch(/dates too uncertain for weekly bins: .*narrowest spans 10 days.*use month/);
    const daily = thrown(() => tempo(snapshotOf({ incidents: vague }), { bin: 'day' }));
    expect(daily.message).toMatch(/daily bins.*use month$/);
    const yearLong = thrown(() => tempo(snapshotOf({ incidents: [incident('inc_y', { first: '2024-01-01', last: '2024-12-31' })] }), { bin: 'month' }));
    expect(yearLong.message).toMatch(/monthly bins.*no bin size offered holds any of them/);
  });

  it('keeps bins where some incidents are too uncertain and others are not', () => {
    const result = tempo(snapshotOf({ incidents: [incident('inc_1', { first: '2024-01-01', last: '2024-01-20' }), incident('inc_2', { first: '2024-01-10' })] }), { bin: 'week' });
    expect(result.series.flatMap((bin) => bin.certainIds)).toEqual(['inc_2']);
  });
});
