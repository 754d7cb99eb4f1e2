/**
 * Dates on axes and in tooltips, in the reader's language and digits: month names and day order from the active
 * `Intl` locale. Bins are UTC calendar days (timeline-bins.ts), so they are formatted in UTC: a reader west of
 * Greenwich would otherwise see each bin labelled with the day before.
 */
import type { IntlShape } from 'react-intl';
import { activeIntl, activeLocale } from '../i18n/active-locale.js';
import { directionOf, type Locale } from '../i18n/locales.js';
import type { Bin, BinUnit } from './bin.js';
import { timelineMessages as m } from './timeline.messages.js';

const DAY_MS = 86_400_000;
const DAY: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric', month: 'short', day: 'numeric' };
const MONTH: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric', month: 'short' };
const LONG_MONTH: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric', month: 'long' };

/**
 * An ISO day or month set in a sentence, kept whole: in a right-to-left language it is isolated left to right
 * (U+2066 … U+2069), since after Arabic words the bidirectional algorithm reads its digits as Arabic numbers
 * and would show 2016-09-19 as 19-09-2016. Unchanged in French and English.
 */
export function isoInText(iso: string, locale: Locale = activeLocale()): string {
  return directionOf(locale) === 'rtl' ? `\u2066${iso}\u2069` : iso;
}

/** A bin's key ("2016-09-19", or "2016-09" for a month) as the instant its bin starts. */
export function keyInstant(key: string): number {
  return Date.parse(key.length === 7 ? `${key}-01T00:00:00Z` : `${key.slice(0, 10)}T00:00:00Z`);
}

/** An axis tick: "Sep 19, 2016", "19 sept. 2016", "١٩ سبتمبر ٢٠١٦"; a month bin as its month. */
export function binTickText(key: string, unit: BinUnit, intl: IntlShape = activeIntl()): string {
  const instant = keyInstant(key);
  if (Number.isNaN(instant)) return key;
  return intl.formatDate(instant, unit === 'month' ? MONTH : DAY);
}

/** A day on a time axis (ms since the epoch). */
export function dayTickText(instant: number, intl: IntlShape = activeIntl()): string {
  return intl.formatDate(instant, DAY);
}

/** A day given as ISO (YYYY-MM-DD), in words for a tooltip or a caption. */
export function isoDayText(iso: string, intl: IntlShape = activeIntl()): string {
  const instant = keyInstant(iso);
  return Number.isNaN(instant) ? iso : intl.formatDate(instant, DAY);
}

/** A month given as ISO (YYYY-MM or a day in it), in words: "September 2016". */
export function isoMonthText(iso: string, intl: IntlShape = activeIntl()): string {
  const instant = keyInstant(iso.slice(0, 7));
  return Number.isNaN(instant) ? iso : intl.formatDate(instant, LONG_MONTH);
}

/** Two ISO days as one range, the shared month and year said once: "Sep 19 – 25, 2016"; one day alone. */
export function isoRangeText(start: string, end: string, intl: IntlShape = activeIntl()): string {
  const [from, to] = [keyInstant(start), keyInstant(end)];
  if (Number.isNaN(from) || Number.isNaN(to)) return start === end ? start : intl.formatMessage(m.dayRange, { from: start, to: end });
  if (from === to) return intl.formatDate(from, DAY);
  return intl.formatDateTimeRange(from, to, DAY);
}

/** A bin in words for a tooltip: its day, its week's days, or its month. */
export function binPeriodText(bin: Bin, unit: BinUnit, intl: IntlShape = activeIntl()): string {
  if (unit === 'day') return intl.formatDate(bin.start, DAY);
  if (unit === 'month') return intl.formatDate(bin.start, LONG_MONTH);
  return intl.formatMessage(m.weekOfRange, { range: intl.formatDateTimeRange(bin.start, bin.end - DAY_MS, DAY) });
}
