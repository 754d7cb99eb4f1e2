/**
 * Calendar periods over whole days (days since 1970-01-01 UTC) and how many dated items fall in each, keeping
 * the dates' uncertainty: an item is *certain* in a period when its whole interval lies in it, *possible* when
 * the interval overlaps it (so possible includes certain), and *expected* is what the count would be if each
 * item were equally likely on every day of its interval — a modelling assumption, shown beside the bounds.
 */
import type { DaySpan } from './snapshot.js';

export const BIN_SIZES = ['day', 'week', 'month'] as const;
export type BinSize = (typeof BIN_SIZES)[number];

/** How a bin size reads in a sentence ("too uncertain for weekly bins"). */
export const BIN_ADJECTIVES: Readonly<Record<BinSize, string>> = { day: 'daily', week: 'weekly', month: 'monthly' };

const DAY_MS = 86_400_000;

/** The first day of the bin holding `day`: the day itself, the Monday of its ISO week, the 1st of its month. */
export function binStart(day: number, size: BinSize): number {
  switch (size) {
    case 'day':
      return day;
    case 'week':
      // 1970-01-01 was a Thursday, three days after a Monday.
      return day - (((day + 3) % 7) + 7) % 7;
    case 'month': {
      const date = new Date(day * DAY_MS);
      return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1) / DAY_MS;
    }
  }
}

/** The last day of the bin holding `day`. */
export function binEnd(day: number, size: BinSize): number {
  switch (size) {
    case 'day':
      return day;
    case 'week':
      return binStart(day, 'week') + 6;
    case 'month': {
      const date = new Date(day * DAY_MS);
      return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1) / DAY_MS - 1;
    }
  }
}

/** The consecutive bins that cover `span`, from the bin holding its first day to the bin holding its last. */
export function binsOver(span: DaySpan, size: BinSize): DaySpan[] {
  const bins: DaySpan[] = [];
  for (let first = binStart(span.first, size); first <= span.last; first = binEnd(first, size) + 1) {
    bins.push({ first, last: binEnd(first, size) });
  }
  return bins;
}

/** True when the whole of `days` lies in one bin of this size, so it can be counted certain somewhere. */
export function fitsInOneBin(days: DaySpan, size: BinSize): boolean {
  return binStart(days.first, size) === binStart(days.last, size);
}

export const liesWithin = (inner: DaySpan, outer: DaySpan): boolean => outer.first <= inner.first && inner.last <= outer.last;
export const overlaps = (a: DaySpan, b: DaySpan): boolean => a.first <= b.last && b.first <= a.last;
export const lengthInDays = (span: DaySpan): number => span.last - span.first + 1;

export interface DatedItem {
  id: string;
  days: DaySpan;
}

export interface PeriodCount {
  /** Items whose whole interval lies in the period, sorted. */
  certainIds: string[];
  /** Items whose interval overlaps the period (the certain ones included), sorted. */
  possibleIds: string[];
  /** Sum over the possible items of the share of their days inside the period (uniform spread), to 4 decimals. */
  expected: number;
}

/** The smallest span holding every item's interval; null for no items. */
export function spanOf(items: readonly DatedItem[]): DaySpan | null {
  if (items.length === 0) return null;
  let first = Infinity;
  let last = -Infinity;
  for (const { days } of items) {
    if (days.first < first) first = days.first;
    if (days.last > last) last = days.last;
  }
  return { first, last };
}

/**
 * Items sorted by first day, so the few that overlap a short period (a window around an event) are found
 * without walking them all: an item overlapping it starts at most its longest span before the period.
 */
export class DatedIndex {
  private readonly sorted: DatedItem[];
  private readonly longest: number;

  constructor(items: readonly DatedItem[]) {
    this.sorted = [...items].sort((a, b) => a.days.first - b.days.first);
    this.longest = this.sorted.reduce((most, item) => Math.max(most, item.days.last - item.days.first), 0);
  }

  overlapping(period: DaySpan): DatedItem[] {
    let low = 0;
    let high = this.sorted.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.sorted[middle]!.days.first < period.first - this.longest) low = middle + 1;
      else high = middle;
    }
    const found: DatedItem[] = [];
    for (let index = low; index < this.sorted.length && this.sorted[index]!.days.first <= period.last; index++) {
      if (this.sorted[index]!.days.last >= period.first) found.push(this.sorted[index]!);
    }
    return found;
  }
}

/** Counts the items in one period. */
export function countInPeriod(items: readonly DatedItem[], period: DaySpan): PeriodCount {
  return countInBins(items, [period])[0]!;
}

/**
 * Counts the items in each of `periods` (sorted by first day, not overlapping; gaps allowed). Each item visits
 * only the periods it overlaps, so long series over many items stay linear in what they count.
 */
export function countInBins(items: readonly DatedItem[], periods: readonly DaySpan[]): PeriodCount[] {
  const tallies = periods.map(() => ({ certainIds: [] as string[], possibleIds: [] as string[], expected: 0 }));
  for (const item of items) {
    const length = lengthInDays(item.days);
    for (let index = firstPeriodEndingOnOrAfter(periods, item.days.first); index < periods.length; index++) {
      const period = periods[index]!;
      if (period.first > item.days.last) break;
      const tally = tallies[index]!;
      tally.possibleIds.push(item.id);
      if (liesWithin(item.days, period)) tally.certainIds.push(item.id);
      tally.expected += (Math.min(item.days.last, period.last) - Math.max(item.days.first, period.first) + 1) / length;
    }
  }
  return tallies.map((tally) => ({ certainIds: tally.certainIds.sort(), possibleIds: tally.possibleIds.sort(), expected: roundTo4Decimals(tally.expected) }));
}

function firstPeriodEndingOnOrAfter(periods: readonly DaySpan[], day: number): number {
  let low = 0;
  let high = periods.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (periods[middle]!.last < day) low = middle + 1;
    else high = middle;
  }
  return low;
}

export const roundTo4Decimals = (value: number): number => Math.round(value * 10_000) / 10_000;
