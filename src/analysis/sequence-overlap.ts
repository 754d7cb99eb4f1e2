/**
 * How far places' active periods overlap, as one figure between 0 (one place at a time) and 1 (all at once).
 * Each place's period is the interquartile span of its incidents' date midpoints, so one stray incident
 * months away does not make a sequential campaign look simultaneous.
 */
import type { ActivePeriod } from './sequence-result.js';
import { isoDay, type DaySpan } from './snapshot.js';

/** The first and third quartiles (linear interpolation, R's type 7) of the midpoints, rounded outward to days. */
export function interquartileSpan(spans: DaySpan[]): DaySpan {
  const midpoints = spans.map((span) => (span.first + span.last) / 2).sort((a, b) => a - b);
  const quantile = (p: number): number => {
    const h = (midpoints.length - 1) * p;
    const below = Math.floor(h);
    const above = Math.min(below + 1, midpoints.length - 1);
    return midpoints[below]! + (h - below) * (midpoints[above]! - midpoints[below]!);
  };
  return { first: Math.floor(quantile(0.25)), last: Math.ceil(quantile(0.75)) };
}

export function activePeriod(period: DaySpan): ActivePeriod {
  return { start: isoDay(period.first), end: isoDay(period.last), days: period.last - period.first + 1 };
}

/**
 * (Sum over pairs of the days both periods share) / (sum over pairs of the days of the shorter period), in
 * O(n log n): shared days by a sweep over period ends (k periods active on a day make k(k-1)/2 pairs sharing
 * it); shorter days by sorting lengths (the i-th shortest is the shorter in its pairs with every longer one).
 * Every period has at least one day, so the denominator is positive for two or more periods.
 */
export function overlapOf(periods: DaySpan[]): number {
  const changes = new Map<number, number>();
  for (const period of periods) {
    changes.set(period.first, (changes.get(period.first) ?? 0) + 1);
    changes.set(period.last + 1, (changes.get(period.last + 1) ?? 0) - 1);
  }
  const days = [...changes.keys()].sort((a, b) => a - b);
  let active = 0;
  let shared = 0;
  for (let i = 0; i < days.length - 1; i++) {
    active += changes.get(days[i]!)!;
    shared += ((days[i + 1]! - days[i]!) * active * (active - 1)) / 2;
  }
  const lengths = periods.map((period) => period.last - period.first + 1).sort((a, b) => a - b);
  const shorter = lengths.reduce((sum, length, i) => sum + length * (lengths.length - 1 - i), 0);
  return Math.round((shared / shorter) * 10_000) / 10_000;
}
