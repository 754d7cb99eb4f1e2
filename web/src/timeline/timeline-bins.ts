/**
 * Calendar bins for the timeline, in UTC: the API gives a date's bounds as UTC instants of calendar days, so
 * binning in the viewer's time zone would move a day's incidents into the neighbouring day.
 */
import { translate } from '../i18n/active-locale.js';
import type { Bin, BinUnit } from './bin.js';
import { isoInText } from './time-format.js';
import { timelineMessages as m } from './timeline.messages.js';

export { BIN_UNITS, type Bin, type BinUnit } from './bin.js';

const DAY_MS = 86_400_000;

/** The first instant of the bin holding `instant`. Weeks start on Monday (ISO 8601). */
export function binStart(instant: number, unit: BinUnit): number {
  const date = new Date(instant);
  const day = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  if (unit === 'day') return day;
  if (unit === 'week') return day - ((date.getUTCDay() + 6) % 7) * DAY_MS;
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
}

export function nextBinStart(start: number, unit: BinUnit): number {
  if (unit === 'day') return start + DAY_MS;
  if (unit === 'week') return start + 7 * DAY_MS;
  const date = new Date(start);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
}

export function binKey(start: number, unit: BinUnit): string {
  const iso = new Date(start).toISOString();
  return unit === 'month' ? iso.slice(0, 7) : iso.slice(0, 10);
}

/** Whether two instants fall in the same bin. */
export function sameBin(a: number, b: number, unit: BinUnit): boolean {
  return binStart(a, unit) === binStart(b, unit);
}

/**
 * Every bin from the one holding `first` to the one holding `last`, at most `maxBins` of them: when there are
 * more, the latest ones are kept and `clipped` says so, rather than thinning bars into invisible slivers.
 */
export function binsBetween(first: number, last: number, unit: BinUnit, maxBins: number): { bins: Bin[]; clipped: boolean } {
  const bins: Bin[] = [];
  for (let start = binStart(last, unit); start >= binStart(first, unit); ) {
    if (bins.length === maxBins) return { bins: bins.reverse(), clipped: true };
    const end = nextBinStart(start, unit);
    bins.push({ key: binKey(start, unit), start, end });
    start = binStart(start - 1, unit);
  }
  return { bins: bins.reverse(), clipped: false };
}

/**
 * The bin's days in words for tables, as ISO days (the table's CSV and the API's dates): "2016-09-19", "week of
 * 2016-09-19 to 2016-09-25", "2016-09". Tooltips say them in the reader's calendar words (time-format.ts).
 */
export function describeBin(bin: Bin, unit: BinUnit): string {
  if (unit !== 'week') return bin.key;
  return translate(m.weekOf, { from: isoInText(bin.key), to: isoInText(new Date(bin.end - DAY_MS).toISOString().slice(0, 10)) });
}

/** The index of the bin holding `instant`, or -1 when it lies outside them (bins are sorted and contiguous). */
export function binIndexOf(bins: readonly Bin[], instant: number): number {
  let low = 0;
  let high = bins.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const bin = bins[middle]!;
    if (instant < bin.start) high = middle - 1;
    else if (instant >= bin.end) low = middle + 1;
    else return middle;
  }
  return -1;
}
