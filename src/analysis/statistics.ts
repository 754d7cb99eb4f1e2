/**
 * The interval estimates the analyses report, each a standard method with its reference, computed with jStat's
 * distributions rather than hand-written ones. Each returns null where the data cannot say anything (no
 * observations), never NaN or an infinite bound dressed as a number.
 */
import jstat from 'jstat';
import type { Interval, RatioInterval } from './analysis-result.js';
import { CONFIDENCE } from './method-limits.js';

// jstat is a CommonJS module: Node's ESM loader gives it as a default export only.
const { jStat } = jstat;

/** The confidence level used throughout (method-limits.ts); reported with every interval's method. */
export { CONFIDENCE };

/**
 * Clopper-Pearson ("exact") interval for a binomial proportion x/n (Clopper & Pearson 1934), from the beta
 * distribution's quantiles.
 */
export function clopperPearson(x: number, n: number, confidence = CONFIDENCE): Interval | null {
  checkCounts(x, n);
  if (n === 0) return null;
  const alpha = 1 - confidence;
  const low = x === 0 ? 0 : jStat.beta.inv(alpha / 2, x, n - x + 1);
  const high = x === n ? 1 : jStat.beta.inv(1 - alpha / 2, x + 1, n - x);
  return { estimate: x / n, low, high };
}

/** Wilson score interval for a proportion x/n (Wilson 1927): good coverage for small n and shares near 0 or 1. */
export function wilson(x: number, n: number, confidence = CONFIDENCE): Interval | null {
  checkCounts(x, n);
  if (n === 0) return null;
  const z = jStat.normal.inv(1 - (1 - confidence) / 2, 0, 1);
  const p = x / n;
  const denominator = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / denominator;
  return { estimate: p, low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/**
 * The ratio of two Poisson rates, `after` events in `afterExposure` against `before` in `beforeExposure`
 * (exposure in days), with the exact conditional interval: given the total, the `after` count is binomial with
 * p = R·t₁ / (R·t₁ + t₀), so the Clopper-Pearson bounds on p give bounds on R (Breslow & Day 1987, §7.2).
 * Null when there is no event at all or none before: the ratio has no finite estimate.
 */
export function poissonRateRatio(after: number, afterExposure: number, before: number, beforeExposure: number, confidence = CONFIDENCE): RatioInterval | null {
  checkCounts(after, after + before);
  if (!(afterExposure > 0) || !(beforeExposure > 0)) throw new RangeError('exposures must be positive');
  const total = after + before;
  if (total === 0 || before === 0) return null;
  const p = clopperPearson(after, total, confidence)!;
  const toRatio = (share: number) => (share / (1 - share)) * (beforeExposure / afterExposure);
  return { estimate: (after / afterExposure) / (before / beforeExposure), low: toRatio(p.low), high: p.high === 1 ? null : toRatio(p.high) };
}

function checkCounts(x: number, n: number): void {
  if (!Number.isInteger(x) || !Number.isInteger(n) || x < 0 || x > n) throw new RangeError(`counts must be whole numbers with 0 <= ${x} <= ${n}`);
}
