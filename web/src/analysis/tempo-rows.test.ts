import { describe, expect, it } from 'vitest';
import type { TempoResult } from './analysis-types.js';
import { envelope, noVictims, victimTotal } from './test-results.js';
import { ratioEstimates, ratioRows, ratioTable, seriesTable, tempoBars, tempoBins, windowCountsTable } from './tempo-rows.js';

const counts = (certain: string[], possible: string[]) => ({ days: 7, certain: certain.length, possible: possible.length, certainIds: certain, possibleIds: possible });
const side = (certain: string[], possible: string[], start: string, end: string) => ({ ...counts(certain, possible), start, end });

const result: TempoResult = {
  ...envelope('tempo'),
  span: { start: '2016-09-19', end: '2016-10-02' },
  series: [
    { start: '2016-09-19', end: '2016-09-25', certain: 1, possible: 3, expected: 1.75, certainIds: ['inc_a'], possibleIds: ['inc_a', 'inc_b', 'inc_c'], victims: { ...noVictims(), killed: victimTotal('4', ['inc_a'], 4, 4) } },
    { start: '2016-09-26', end: '2016-10-02', certain: 0, possible: 2, expected: 1.25, certainIds: [], possibleIds: ['inc_b', 'inc_c'], victims: noVictims() },
  ],
  windows: [
    { anchor: { eventId: 'ctx_1', title: 'Talks', date: '2016-09-26' }, before: side(['inc_a'], ['inc_a', 'inc_b'], '2016-09-19', '2016-09-25'), after: side([], ['inc_b', 'inc_c'], '2016-09-26', '2016-10-02'), rateRatio: null, rateRatioPossible: { estimate: 1, low: 0.1, high: null }, tooFew: 'too few incidents to say' },
  ],
};

describe('tempo shaped for its chart and tables', () => {
  it('stacks the possible range above the certain bar', () => {
    expect(tempoBars(result)).toEqual([
      { key: '2016-09-19', certain: 1, uncertain: 2, possible: 3, expected: 1.75 },
      { key: '2016-09-26', certain: 0, uncertain: 2, possible: 2, expected: 1.25 },
    ]);
    expect(tempoBins(result)[0]).toEqual({ key: '2016-09-19', start: Date.UTC(2016, 8, 19), end: Date.UTC(2016, 8, 26) });
  });

  it('lists every bin with its counts and incidents, and the victim figures some bin has', () => {
    const table = seriesTable(result, 'week');
    expect(table.headers).toEqual(['Period (week)', 'Certain', 'Possible', 'Expected (uniform spread)', 'Killed (certain incidents)']);
    expect(table.rows[0]!.map((cell) => cell.text)).toEqual(['2016-09-19 to 2016-09-25', '1', '3', '1.75', '4']);
    expect(table.rows[0]![2]!.incidentIds).toEqual(['inc_a', 'inc_b', 'inc_c']);
  });

  it('gives the counts before and after each anchor, and the superposed windows by their length', () => {
    const table = windowCountsTable(result);
    expect(table.rows[0]!.map((cell) => cell.text)).toEqual(['Talks (2016-09-26)', '2016-09-19 to 2016-09-25', '1', '2', '2016-09-26 to 2016-10-02', '0', '2']);
    const anchors = [{ date: '2016-09-26' }, { date: '2016-10-10' }];
    const superposed = { ...result, combined: { anchors, before: counts(['inc_a'], ['inc_a']), after: counts([], ['inc_b']), rateRatio: null, rateRatioPossible: null, tooFew: 'too few', tooFewPossible: 'too few' } };
    expect(windowCountsTable(superposed).rows[1]!.map((cell) => cell.text)).toEqual(['2 anchors superposed', '7 days', '1', '1', '7 days', '0', '1']);
  });

  it('gives each ratio or the reason there is none, and draws only the ratios there are', () => {
    const rows = ratioRows(result);
    expect(ratioTable(rows).rows.map((row) => row.map((cell) => cell.text))).toEqual([
      ['Talks (2016-09-26)', 'certain', '—', '—', '—', 'too few incidents to say'],
      ['Talks (2016-09-26)', 'possible', '1', '0.1', 'unbounded', ''],
    ]);
    expect(ratioEstimates(rows)).toEqual([{ key: '0-possible', label: 'Talks (2016-09-26): possible', estimate: 1, low: 0.1, high: null }]);
  });
});
