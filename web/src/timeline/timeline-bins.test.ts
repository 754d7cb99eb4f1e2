import { describe, expect, it } from 'vitest';
import { binIndexOf, binKey, binsBetween, binStart, describeBin, sameBin } from './timeline-bins.js';

const at = (iso: string) => Date.parse(iso);

describe('timeline bins', () => {
  it('starts weeks on Monday, in UTC', () => {
    // 2016-09-19 was a Monday, 2016-09-25 a Sunday.
    expect(binKey(binStart(at('2016-09-25T23:59:59.999Z'), 'week'), 'week')).toBe('2016-09-19');
    expect(binKey(binStart(at('2016-09-19T00:00:00.000Z'), 'week'), 'week')).toBe('2016-09-19');
    expect(binKey(binStart(at('2016-09-26T00:00:00.000Z'), 'week'), 'week')).toBe('2016-09-26');
  });

  it('keeps the last instant of a day in that day', () => {
    expect(sameBin(at('2016-09-19T00:00:00.000Z'), at('2016-09-19T23:59:59.999Z'), 'day')).toBe(true);
    expect(sameBin(at('2016-09-19T23:59:59.999Z'), at('2016-09-20T00:00:00.000Z'), 'day')).toBe(false);
  });

  it('names months by year and month, and handles months of different lengths', () => {
    expect(binKey(binStart(at('2016-02-29T12:00:00Z'), 'month'), 'month')).toBe('2016-02');
    expect(sameBin(at('2016-02-01T00:00:00Z'), at('2016-02-29T23:59:59.999Z'), 'month')).toBe(true);
  });

  it('lists every bin between two instants, contiguous and in order', () => {
    const { bins, clipped } = binsBetween(at('2016-12-28T00:00:00Z'), at('2017-02-03T00:00:00Z'), 'month', 100);
    expect(clipped).toBe(false);
    expect(bins.map((b) => b.key)).toEqual(['2016-12', '2017-01', '2017-02']);
    for (let i = 1; i < bins.length; i++) expect(bins[i]!.start).toBe(bins[i - 1]!.end);
  });

  it('keeps the latest bins and says so when there are too many', () => {
    const { bins, clipped } = binsBetween(at('2016-01-01T00:00:00Z'), at('2016-01-10T00:00:00Z'), 'day', 3);
    expect(clipped).toBe(true);
    expect(bins.map((b) => b.key)).toEqual(['2016-01-08', '2016-01-09', '2016-01-10']);
  });

  it('finds the bin holding an instant, or -1 outside them', () => {
    const { bins } = binsBetween(at('2016-09-19T00:00:00Z'), at('2016-10-09T00:00:00Z'), 'week', 100);
    expect(bins.map((b) => b.key)).toEqual(['2016-09-19', '2016-09-26', '2016-10-03']);
    expect(binIndexOf(bins, at('2016-10-02T23:59:59.999Z'))).toBe(1);
    expect(binIndexOf(bins, at('2016-10-10T00:00:00Z'))).toBe(-1);
    expect(binIndexOf(bins, at('2016-09-18T23:59:59.999Z'))).toBe(-1);
  });

  it('describes a week by its first and last day', () => {
    const { bins } = binsBetween(at('2016-09-19T00:00:00Z'), at('2016-09-19T00:00:00Z'), 'week', 10);
    expect(describeBin(bins[0]!, 'week')).toBe('week of 2016-09-19 to 2016-09-25');
  });
});
