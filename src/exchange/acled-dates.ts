import type { UncertainDate, UncertainDateInput } from '../values/uncertain-date.js';

/**
 * ACLED has one day per event and a `time_precision`: 1 the day is known, 2 the source gives a week (or a few
 * days), 3 a month or longer. Dossier keeps the span the sources allow; these functions convert both ways.
 */
export type TimePrecision = 1 | 2 | 3;

const DAY_MS = 86_400_000;
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Reads `2016-09-19`, `19 September 2016`, `19-September-2016` or `19 Sep 2016`; undefined otherwise. */
export function parseAcledDate(text: string): string | undefined {
  const trimmed = text.trim();
  let year: number;
  let month: number;
  let day: number;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  const named = /^(\d{1,2})[\s-]+([A-Za-z]+)[\s-]+(\d{4})$/.exec(trimmed);
  if (iso) {
    [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  } else if (named) {
    const word = named[2]!.toLowerCase();
    const index = word.length >= 3 ? MONTHS.findIndex((m) => m.startsWith(word)) : -1;
    if (index < 0) return undefined;
    [year, month, day] = [Number(named[3]), index + 1, Number(named[1])];
  } else {
    return undefined;
  }
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 31 June over into July: a day that does not exist comes back different.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

function shiftDay(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The Dossier date for an ACLED day and time precision. ACLED places a week-precise event on some day of
 * that week (conventions have varied), so precision 2 becomes the interval of six days either side; precision
 * 3 becomes the calendar month of the day. The ACLED day and precision are kept in `asReported`.
 */
export function dateFromAcled(day: string, precision: TimePrecision): UncertainDateInput {
  switch (precision) {
    case 1:
      return { edtf: day, asReported: day };
    case 2:
      return { edtf: `${shiftDay(day, -6)}/${shiftDay(day, 6)}`, asReported: `${day} (ACLED time precision 2: within a week)` };
    case 3:
      return { edtf: day.slice(0, 7), asReported: `${day} (ACLED time precision 3: within a month or longer)` };
  }
}

export interface AcledDay {
  day: string;
  precision: TimePrecision;
  /** What was lost in placing the event on one day, e.g. "known only to the month"; absent for a known day. */
  placed?: string;
}

const OPEN_START = '0001';
const OPEN_END = '9999';
/** The longest span, in days after the first, written as precision 2: what dateFromAcled makes of one (13 days). */
const WEEK_SPAN_DAYS = 12;

/**
 * The ACLED day for a Dossier date, with the precision its span allows. A span of up to 13 days is placed on
 * its middle day with precision 2, so that an imported week-precise event is exported as it came in; a longer
 * one on its earliest day with precision 3. Undefined when the date has no start (an interval open at the
 * beginning cannot be put on any day).
 */
export function acledDayFor(date: UncertainDate): AcledDay | undefined {
  if (date.earliest.startsWith(OPEN_START)) return undefined;
  const first = date.earliest.slice(0, 10);
  const last = date.latest.slice(0, 10);
  // An uncertain day (`2016-07-01?`) is still one day, but ACLED's precision 1 cannot say it is uncertain.
  if (first === last) return date.uncertain ? { day: first, precision: 1, placed: 'with an uncertain day' } : { day: first, precision: 1 };
  const spanDays = date.latest.startsWith(OPEN_END) ? Infinity : (Date.parse(`${last}T00:00:00Z`) - Date.parse(`${first}T00:00:00Z`)) / DAY_MS;
  if (spanDays <= WEEK_SPAN_DAYS) return { day: shiftDay(first, Math.floor(spanDays / 2)), precision: 2, placed: spanDescription(date) };
  return { day: first, precision: 3, placed: spanDescription(date) };
}

function spanDescription(date: UncertainDate): string {
  if (date.latest.startsWith(OPEN_END)) return 'known only by an open-ended interval';
  switch (date.precision) {
    case 'month':
      return date.approximate ? 'known only to about the month' : 'known only to the month';
    case 'season':
      return 'known only to the season';
    case 'year':
      return 'known only to the year';
    case 'week':
      return 'known only to the week';
    case 'range':
      return 'known only as a range of days';
    default:
      return date.approximate || date.uncertain ? 'with an approximate or uncertain day' : 'spanning more than one day';
  }
}
