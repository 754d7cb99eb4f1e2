import { activeIntl, translate } from '../i18n/active-locale.js';
import { valueMessages as m } from './values.messages.js';

/**
 * An EDTF date in the words of the reader's language: month names from Intl ("juillet 2016", "يوليو ٢٠١٦"), the
 * parts of a month or a year the server reads ("mid-July 2016" is 2016-07-11/2016-07-20, "early 2016" is
 * 2016-01/2016-04) and seasons (2016-22) as ICU messages. Undefined for EDTF it does not word (per-part
 * qualifiers, unspecified digits, sets), which is then shown as it is.
 */
export function dateWords(edtf: string): string | undefined {
  if (edtf.includes('/')) return intervalWords(edtf);
  const qualifier = /[?~%]$/.exec(edtf)?.[0];
  const point = readPoint(qualifier ? edtf.slice(0, -1) : edtf);
  if (!point) return undefined;
  const date = pointWords(point);
  if (qualifier === '~') return translate(m.dateApproximate, { date, precision: point.precision });
  if (qualifier === '?') return translate(m.dateUncertain, { date });
  if (qualifier === '%') return translate(m.dateApproximateUncertain, { date, precision: point.precision });
  return date;
}

type Precision = 'day' | 'month' | 'year' | 'season';
interface Point {
  precision: Precision;
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  season?: 'spring' | 'summer' | 'autumn' | 'winter';
}

const SEASONS = { 21: 'spring', 22: 'summer', 23: 'autumn', 24: 'winter' } as const;
const FORMATS: Record<Exclude<Precision, 'season'>, Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
  month: { month: 'long', year: 'numeric', timeZone: 'UTC' },
  year: { year: 'numeric', timeZone: 'UTC' },
};

function readPoint(text: string): Point | undefined {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month !== undefined && month in SEASONS && day === undefined) return { precision: 'season', year, month: 1, day: 1, season: SEASONS[month as keyof typeof SEASONS] };
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (day !== undefined && (day < 1 || day > daysIn(year, month!))) return undefined;
  return { precision: day !== undefined ? 'day' : month !== undefined ? 'month' : 'year', year, month: month ?? 1, day: day ?? 1 };
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The instant Intl formats, built so years before 100 are not read as 19xx. */
function instant(point: Point): Date {
  const date = new Date(0);
  date.setUTCFullYear(point.year, point.month - 1, point.day);
  return date;
}

function yearWords(year: number): string {
  return activeIntl().formatDate(instant({ precision: 'year', year, month: 1, day: 1 }), FORMATS.year);
}

function pointWords(point: Point): string {
  if (point.precision === 'season') return translate(m.season, { season: point.season, year: yearWords(point.year) });
  return activeIntl().formatDate(instant(point), FORMATS[point.precision]);
}

function intervalWords(edtf: string): string | undefined {
  const [startText = '', endText = ''] = edtf.split('/');
  const open = (text: string) => text === '' || text === '..';
  if (open(startText) && open(endText)) return undefined;
  const start = open(startText) ? undefined : readPoint(startText);
  const end = open(endText) ? undefined : readPoint(endText);
  if ((!open(startText) && !start) || (!open(endText) && !end)) return undefined;
  if (!start) return translate(m.dateUntil, { date: pointWords(end!), precision: end!.precision });
  if (!end) return translate(m.dateFrom, { date: pointWords(start), precision: start.precision });

  // The parts of a month and of a year, as the server reads "early July 2016", "mid-2016", "late 2016".
  if (start.precision === 'day' && end.precision === 'day' && start.year === end.year && start.month === end.month) {
    const part = start.day === 1 && end.day === 10 ? 'early' : start.day === 11 && end.day === 20 ? 'mid' : start.day === 21 && end.day === daysIn(end.year, end.month) ? 'late' : undefined;
    if (part) return translate(m.partOfMonth, { part, month: pointWords({ ...start, precision: 'month' }) });
  }
  if (start.precision === 'month' && end.precision === 'month' && start.year === end.year) {
    const months = `${start.month}-${end.month}`;
    const part = months === '1-4' ? 'early' : months === '5-8' ? 'mid' : months === '9-12' ? 'late' : undefined;
    if (part) return translate(m.partOfYear, { part, year: yearWords(start.year) });
  }
  if (start.precision === end.precision && start.precision !== 'season') {
    // Intl words a period in the reader's language, naming once what both ends share ("15 juillet – 22 décembre 2016").
    return activeIntl().formatDateTimeRange(instant(start), instant(end), FORMATS[start.precision]);
  }
  return translate(m.dateSpan, { start: pointWords(start), end: pointWords(end) });
}
