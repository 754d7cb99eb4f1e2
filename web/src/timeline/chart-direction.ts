/**
 * Charts read in the page's direction: in Arabic time runs from right to left, the ordered axis (time, or the
 * groups in the order met) is reversed and the other axis (counts, or the rows' names) stands on the right, where
 * reading starts. recharts places its axis texts by physical side, so a chart's own box is laid out left to right
 * and mirrored here explicitly; what is drawn by hand (spans, whiskers, marker labels) takes its sides from these
 * functions, so the text in it is never mirrored.
 */
import type { CSSProperties } from 'react';
import { activeLocale } from '../i18n/active-locale.js';
import { directionOf, type Locale } from '../i18n/locales.js';

export interface ChartMirror {
  /** The page's direction, for HTML drawn inside a chart (tooltips). */
  dir: 'ltr' | 'rtl';
  /** recharts' `reversed`, for the axis time (or reading order) runs along. */
  reversed: boolean;
  /** Where the other axis stands (recharts' `orientation` of a y axis): the side reading starts from. */
  axisSide: 'left' | 'right';
}

export function chartMirror(locale: Locale = activeLocale()): ChartMirror {
  const rtl = directionOf(locale) === 'rtl';
  return { dir: rtl ? 'rtl' : 'ltr', reversed: rtl, axisSide: rtl ? 'right' : 'left' };
}

/** A chart's box: left to right whatever the page, since recharts anchors its texts by physical side. */
export const CHART_BOX: CSSProperties = { direction: 'ltr' };

/**
 * Margins given by reading order (start: where the axis stands; end: the far side), as recharts' left and right.
 * Row names on the right run outwards from the axis, so a mirrored chart keeps `labelRoom` more at its start for
 * the names recharts wraps a little wider than the axis it was given.
 */
export function sideMargins(mirror: ChartMirror, { start, end, labelRoom = 0 }: { start: number; end: number; labelRoom?: number }): { left: number; right: number } {
  return mirror.reversed ? { left: end, right: start + labelRoom } : { left: start, right: end };
}

/**
 * A bar recharts drew from `x` over `width`: negative on a reversed axis, where the bar's first value lies at
 * its right. As a rectangle: its left edge and a positive width, at least `min` wide.
 */
export function boxOf(x: number, width: number, min = 0): { x: number; width: number } {
  const left = width < 0 ? x + width : x;
  return { x: left, width: Math.max(Math.abs(width), min) };
}

/** +1 when later values lie to the right of earlier ones, −1 on a reversed axis. */
export const forward = (mirror: ChartMirror) => (mirror.reversed ? -1 : 1);

/**
 * Where a label goes beside a mark spanning `box` (a line has no width): it runs from the mark into the plot, so
 * a mark in the later part of the axis (`late`) gets a label running back towards the earlier part, which lies
 * left of it, or right of it when mirrored. `inset` moves the label inside the mark.
 */
export function labelBeside(box: { x: number; width: number }, late: boolean, mirror: ChartMirror, inset = 0): { x: number; textAnchor: 'start' | 'end' } {
  const { x, width } = boxOf(box.x, box.width);
  const runsLeft = late !== mirror.reversed;
  return runsLeft ? { x: x + width - inset, textAnchor: 'end' } : { x: x + inset, textAnchor: 'start' };
}

/** A chevron at `edge` pointing outwards (`outward` −1: to the left, +1: to the right), from `top` over `height`. */
export function chevronPath(edge: number, outward: number, top: number, height: number): string {
  const tip = edge - outward;
  const base = edge - 6 * outward;
  return `M${base},${top + 1} L${tip},${top + height / 2} L${base},${top + height - 1}`;
}
