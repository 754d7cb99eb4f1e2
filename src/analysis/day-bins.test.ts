import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { binEnd, binsOver, binStart, countInBins, countInPeriod, DatedIndex, fitsInOneBin, overlaps, spanOf } from './day-bins.js';
import { isoDay } from './snapshot.js';
import { day } from './test-snapshot.js';

const dates = (span: { first: number; last: number }) => [isoDay(span.first), isoDay(span.last)];
const item = (id: string, first: string, last = first) => ({ id, days: { first: day(first), last: day(last) } });

describe('calendar bins', () => {
  it('starts weeks on Monday (ISO 8601), also before 1970', () => {
    expect(isoDay(binStart(day('2024-01-01'), 'week'))).toBe('2024-01-01'); // a Monday
    expect(isoDay(binStart(day('2024-01-07'), 'week'))).toBe('2024-01-01'); // the Sunday after
    expect(isoDay(binStart(day('2023-12-31'), 'week'))).toBe('2023-12-25');
    expect(isoDay(binStart(day('1970-01-01'), 'week'))).toBe('1969-12-29');
    expect(isoDay(binEnd(day('1969-12-31'), 'week'))).toBe('1970-01-04');
  });

  it('gives calendar months their own lengths, leap February included', () => {
    expect(dates({ first: binStart(day('2024-02-17'), 'month'), last: binEnd(day('2024-02-17'), 'month') })).toEqual(['2024-02-01', '2024-02-29']);
    expect(isoDay(binEnd(day('2023-02-03'), 'month'))).toBe('2023-02-28');
    expect(isoDay(binEnd(day('2023-12-31'), 'month'))).toBe('2023-12-31');
  });

  it('covers a span with consecutive whole bins from the bin of its first day to the bin of its last', () => {
    const weeks = binsOver({ first: day('2024-01-03'), last: day('2024-01-15') }, 'week');
    expect(weeks.map(dates)).toEqual([
      ['2024-01-01', '2024-01-07'],
      ['2024-01-08', '2024-01-14'],
      ['2024-01-15', '2024-01-21'],
    ]);
    const months = binsOver({ first: day('2023-12-31'), last: day('2024-02-01') }, 'month');
    expect(months.map(dates)).toEqual([
      ['2023-12-01', '2023-12-31'],
      ['2024-01-01', '2024-01-31'],
      ['2024-02-01', '2024-02-29'],
    ]);
    expect(binsOver({ first: day('2024-03-01'), last: day('2024-03-03') }, 'day')).toHaveLength(3);
  });

  it('says whether an interval fits in one bin: a short interval across a bin boundary does not', () => {
    expect(fitsInOneBin(item('a', '2024-01-01', '2024-01-07').days, 'week')).toBe(true);
    expect(fitsInOneBin(item('a', '2024-01-07', '2024-01-08').days, 'week')).toBe(false);
    expect(fitsInOneBin(item('a', '2024-01-07', '2024-01-08').days, 'month')).toBe(true);
  });
});

describe('counting dated items in periods', () => {
  it('counts an item certain where its whole interval lies and possible wherever it overlaps', () => {
    const weeks = binsOver({ first: day('2024-01-01'), last: day('2024-01-21') }, 'week');
    const counts = countInBins([item('one-day', '2024-01-03'), item('ten-days', '2024-01-05', '2024-01-14'), item('week', '2024-01-15', '2024-01-21')], weeks);
    expect(counts.map((count) => count.certainIds)).toEqual([['one-day'], [], ['week']]);
    expect(counts.map((count) => count.possibleIds)).toEqual([['one-day', 'ten-days'], ['ten-days'], ['week']]);
  });

  it('spreads an item uniformly over its days only in the labelled expected count', () => {
    const weeks = binsOver({ first: day('2024-01-01'), last: day('2024-01-14') }, 'week');
    // 2024-01-05 to 2024-01-14: 3 of its 10 days in the first week, 7 in the second.
    const counts = countInBins([item('ten-days', '2024-01-05', '2024-01-14'), item('one-day', '2024-01-02')], weeks);
    expect(counts.map((count) => count.expected)).toEqual([1.3, 0.7]);
    // Thirds do not come out whole: rounded to 4 decimals.
    expect(countInPeriod([item('three-days', '2024-01-06', '2024-01-08')], { first: day('2024-01-01'), last: day('2024-01-07') }).expected).toBe(0.6667);
  });

  it('counts in periods with gaps between them and leaves items outside every period uncounted', () => {
    const periods = [
      { first: day('2024-01-01'), last: day('2024-01-05') },
      { first: day('2024-02-01'), last: day('2024-02-05') },
    ];
    const counts = countInBins([item('between', '2024-01-10'), item('late', '2024-03-01'), item('second', '2024-02-05'), item('early', '2023-12-01', '2024-01-01')], periods);
    expect(counts.map((count) => [count.certainIds, count.possibleIds])).toEqual([
      [[], ['early']],
      [['second'], ['second']],
    ]);
  });

  it('finds the span of the items, and none for no items', () => {
    expect(spanOf([item('a', '2024-01-05', '2024-01-09'), item('b', '2023-12-30'), item('c', '2024-01-07')])).toEqual({ first: day('2023-12-30'), last: day('2024-01-09') });
    expect(spanOf([])).toBeNull();
  });

  it('finds, by first day, the same items overlapping a period as a walk through them all', () => {
    const span = fc.tuple(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 40 })).map(([first, length]) => ({ first, last: first + length }));
    fc.assert(
      fc.property(fc.array(span, { maxLength: 60 }), span, (spans, period) => {
        const items = spans.map((days, i) => ({ id: `i${i}`, days }));
        const found = new DatedIndex(items).overlapping(period).map((found) => found.id).sort();
        expect(found).toEqual(items.filter((candidate) => overlaps(candidate.days, period)).map((candidate) => candidate.id).sort());
      }),
      { numRuns: 500 },
    );
  });
});
