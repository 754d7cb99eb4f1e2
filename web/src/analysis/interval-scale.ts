/**
 * Where an interval estimate is drawn: a point and its whiskers on a log scale centred on 1 (rate ratios: a
 * halving is as far from 1 as a doubling) or on a 0–1 scale (shares). Bounds beyond the axis, a zero on a log
 * scale, and an upper bound the data do not give are drawn to the axis's edge and marked open, never dropped.
 */
import { figureText } from './figures.js';

export type IntervalScale = 'log' | 'linear';

export interface IntervalEstimate {
  key: string;
  label: string;
  estimate: number;
  low: number;
  /** Null when the data do not bound it. */
  high: number | null;
}

export interface DrawnInterval extends IntervalEstimate {
  /** The whisker's ends on the axis, inside its domain. */
  range: [number, number];
  /** The point's place along the whisker, 0 at its low end and 1 at its high end. */
  point: number;
  openLow: boolean;
  openHigh: boolean;
}

/** The widest log axis drawn: 1/1024 to 1024; beyond it whiskers are marked open. */
const MAX_LOG_EXPONENT = 10;

/**
 * A log axis symmetric around 1, in powers of two, wide enough for every finite positive value given (at
 * least ½ to 2).
 */
export function logDomain(values: readonly number[]): [number, number] {
  const exponents = values.filter((v) => Number.isFinite(v) && v > 0).map((v) => Math.abs(Math.log2(v)));
  const widest = Math.min(MAX_LOG_EXPONENT, Math.max(1, Math.ceil(Math.max(0, ...exponents) - 1e-9)));
  return [2 ** -widest, 2 ** widest];
}

/** Ticks at powers of two, thinned to at most nine, always including 1. */
export function logTicks([, high]: [number, number]): number[] {
  const widest = Math.round(Math.log2(high));
  const step = Math.ceil((2 * widest + 1) / 9);
  const ticks: number[] = [];
  for (let k = -widest; k <= widest; k++) if (k % step === 0) ticks.push(2 ** k);
  return ticks;
}

/** A tick's label: "1", "2", "½", "¼", then "1/8" and so on, in the reader's digits. */
export function ratioText(value: number): string {
  if (value >= 1) return figureText(Math.round(value * 1000) / 1000);
  const inverse = Math.round(1 / value);
  return inverse === 2 ? '½' : inverse === 4 ? '¼' : `${figureText(1)}/${figureText(inverse)}`;
}

const position = (value: number, scale: IntervalScale) => (scale === 'log' ? Math.log(value) : value);

export function drawInterval(estimate: IntervalEstimate, domain: [number, number], scale: IntervalScale): DrawnInterval {
  const [min, max] = domain;
  const clamp = (value: number) => Math.min(max, Math.max(min, value));
  const openLow = estimate.low < min;
  const openHigh = estimate.high === null || estimate.high > max;
  const range: [number, number] = [clamp(estimate.low), estimate.high === null ? max : clamp(estimate.high)];
  const span = position(range[1], scale) - position(range[0], scale);
  const point = span > 0 ? (position(clamp(estimate.estimate), scale) - position(range[0], scale)) / span : 0;
  return { ...estimate, range, point: Math.min(1, Math.max(0, point)), openLow, openHigh };
}
