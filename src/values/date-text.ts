import edtf from 'edtf';
import { invalidField } from '../common/errors.js';
import { hasArabicLetters } from './count-text-ar.js';
import { arabicDatePhrase } from './date-text-ar.js';
import { frenchDatePhrase } from './date-text-fr.js';
import { resolveDate, type UncertainDate } from './uncertain-date.js';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = `(${MONTHS.join('|')}|${MONTHS.map((m) => m.slice(0, 3)).join('|')})\\.?`;
const SEASONS: Record<string, number> = { spring: 21, summer: 22, autumn: 23, fall: 23, winter: 24 };

/**
 * Reads a date typed the way reports word it into an EDTF date with its bounds, keeping the words:
 * "mid-July 2016" → 2016-07-11/2016-07-20, "about July 2016" → 2016-07~, "late 2016" →
 * 2016-09/2016-12, "in the last month" (with an anchor date) → the month before the anchor.
 * Text that is already EDTF passes through unchanged. Arabic dates are first restated in these words
 * (date-text-ar.ts), so both languages mean the same; French dates likewise (date-text-fr.ts), when the
 * English words read nothing.
 */
export function parseDateText(field: string, text: string, anchor?: string): UncertainDate {
  const asReported = text.trim();
  const arabic = hasArabicLetters(asReported);
  const words = arabic ? (arabicDatePhrase(asReported) ?? asReported) : asReported;
  if (phraseOf(words) === '') throw invalidField(field, 'is empty; write a date such as "2016-07-15", "mid-July 2016" or "2016-07-15/2016-12-22"');
  // Anything shaped like ISO 8601 is EDTF's to accept or reject, with its own reason.
  if (isEdtf(asReported) || /^\d{4}-/.test(asReported)) return resolveDate(field, { edtf: asReported });

  // French is tried only where English reads nothing, so an English phrase keeps its meaning whatever it shares with French.
  const date = readDate(field, words, asReported, anchor) ?? (arabic ? null : readFrench(field, asReported, anchor));
  if (date) return date;
  throw invalidField(field, `cannot read "${asReported}" as a date; write e.g. "15 July 2016", "mid-July 2016", "2016-07~" or "2016-07-15/2016-12-22"`, asReported);
}

function readFrench(field: string, asReported: string, anchor: string | undefined): UncertainDate | null {
  const words = frenchDatePhrase(asReported);
  return words === null ? null : readDate(field, words, asReported, anchor);
}

/** The words lowercased, spaces made single, "19th" written 19. */
function phraseOf(words: string): string {
  return words.toLowerCase().replace(/\s+/g, ' ').replace(/(\d)(st|nd|rd|th)\b/g, '$1');
}

/** The English words read as a date, or null when they are no date the reader knows. */
function readDate(field: string, words: string, asReported: string, anchor: string | undefined): UncertainDate | null {
  const phrase = phraseOf(words);
  const relative = readRelative(phrase, anchor, field);
  if (relative) return resolveDate(field, { edtf: relative, asReported, relative: { text: asReported, anchor: anchor as string } });

  const approximate = /^(about|around|approximately|circa|c\.|ca\.) /.exec(phrase);
  const body = approximate ? phrase.slice(approximate[0].length) : phrase;
  const read = readAbsolute(body);
  if (read === null) return null;
  const value = approximate && !read.includes('/') ? `${read}~` : read;
  return resolveDate(field, { edtf: value, asReported });
}

function isEdtf(text: string): boolean {
  try {
    edtf(text);
    return true;
  } catch {
    return false;
  }
}

function readAbsolute(phrase: string): string | null {
  let m = new RegExp(`^(\\d{1,2}) ${MONTH},? (\\d{4})$`).exec(phrase) ?? swapDayMonth(new RegExp(`^${MONTH} (\\d{1,2}),? (\\d{4})$`).exec(phrase));
  if (m) return day(Number(m[3]), monthIndex(m[2]!), Number(m[1]));

  m = new RegExp(`^(early|mid|middle of|late|end of|beginning of|start of) ?-?${MONTH} (\\d{4})$`).exec(phrase);
  if (m) return partOfMonth(m[1]!, Number(m[3]), monthIndex(m[2]!));

  m = new RegExp(`^${MONTH},? (\\d{4})$`).exec(phrase);
  if (m) return `${m[2]}-${pad(monthIndex(m[1]!) + 1)}`;

  // "January and February 2016", "March to May 2016": months of one year.
  m = new RegExp(`^${MONTH} (?:and|to|through|-|–) ${MONTH},? (\\d{4})$`).exec(phrase);
  if (m) return `${m[3]}-${pad(monthIndex(m[1]!) + 1)}/${m[3]}-${pad(monthIndex(m[2]!) + 1)}`;

  m = /^(early|mid|middle of|late|end of|beginning of|start of) ?-?(\d{4})$/.exec(phrase);
  if (m) return partOfYear(m[1]!, Number(m[2]));

  m = /^(spring|summer|autumn|fall|winter) (?:of )?(\d{4})$/.exec(phrase);
  if (m) return `${m[2]}-${SEASONS[m[1]!]}`;

  m = /^(\d{4})$/.exec(phrase);
  if (m) return m[1]!;

  m = /^(?:between |from )(.+?) (?:and|to|until) (.+)$/.exec(phrase);
  if (m) return interval(m[1]!, m[2]!);
  return null;
}

/** "between 15 July and 22 December 2016": the first part may borrow the year of the second. */
function interval(first: string, second: string): string | null {
  const end = readAbsolute(second);
  if (end === null) return null;
  const year = /(\d{4})$/.exec(second)?.[1];
  const start = readAbsolute(first) ?? (year ? readAbsolute(`${first} ${year}`) : null);
  if (start === null) return null;
  return `${start.split('/')[0]}/${end.split('/').at(-1)}`;
}

function partOfMonth(part: string, year: number, month: number): string {
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  if (part === 'early' || part === 'beginning of' || part === 'start of') return `${day(year, month, 1)}/${day(year, month, 10)}`;
  if (part === 'mid' || part === 'middle of') return `${day(year, month, 11)}/${day(year, month, 20)}`;
  return `${day(year, month, 21)}/${day(year, month, last)}`;
}

function partOfYear(part: string, year: number): string {
  if (part === 'early' || part === 'beginning of' || part === 'start of') return `${year}-01/${year}-04`;
  if (part === 'mid' || part === 'middle of') return `${year}-05/${year}-08`;
  return `${year}-09/${year}-12`;
}

/**
 * Phrases read against an anchor date (a report's date): "in the last month", "over the past two weeks", "last
 * week"; and months named without a year — "last December", "late March", "15 July" — which mean the latest
 * such month that is not after the anchor ("last December" the latest one before the anchor's month).
 */
function readRelative(phrase: string, anchor: string | undefined, field: string): string | null {
  const span = /^(?:in |over |during )?(?:the )?(?:last|past|previous) (?:(\d+|two|three|four|six) )?(day|week|month|year)s?$/.exec(phrase);
  const lastMonth = new RegExp(`^last ${MONTH}$`).exec(phrase);
  const partOf = new RegExp(`^(early|mid|middle of|late|end of|beginning of|start of) ?-?${MONTH}$`).exec(phrase);
  const dayInMonth = new RegExp(`^(\\d{1,2}) ${MONTH}$`).exec(phrase) ?? swapDayMonth(new RegExp(`^${MONTH} (\\d{1,2})$`).exec(phrase));
  const monthAlone = new RegExp(`^(?:in )?${MONTH}$`).exec(phrase);
  if (!span && !lastMonth && !partOf && !dayInMonth && !monthAlone) return null;
  if (anchor === undefined) throw invalidField(`${field}.relative.anchor`, `"${phrase}" is relative: give the date it is relative to (e.g. the report's publication date)`);
  const anchorMs = Date.parse(`${anchor}T00:00:00Z`);
  if (Number.isNaN(anchorMs) || !/^\d{4}-\d{2}-\d{2}$/.test(anchor)) throw invalidField(`${field}.relative.anchor`, `"${anchor}" is not a calendar date (YYYY-MM-DD)`, anchor);
  const [anchorYear, anchorMonth] = [Number(anchor.slice(0, 4)), Number(anchor.slice(5, 7)) - 1];
  // The year of the latest such month not after the anchor's (strictly before it, for "last December").
  const yearOf = (month: number, strictlyBefore = false) => (month < anchorMonth || (!strictlyBefore && month === anchorMonth) ? anchorYear : anchorYear - 1);
  if (lastMonth) {
    const month = monthIndex(lastMonth[1]!);
    return `${yearOf(month, true)}-${pad(month + 1)}`;
  }
  if (partOf) {
    const month = monthIndex(partOf[2]!);
    return partOfMonth(partOf[1]!, yearOf(month), month);
  }
  if (dayInMonth) {
    const month = monthIndex(dayInMonth[2]!);
    return day(yearOf(month), month, Number(dayInMonth[1]));
  }
  if (monthAlone) {
    const month = monthIndex(monthAlone[1]!);
    return `${yearOf(month)}-${pad(month + 1)}`;
  }
  const m = span!;
  const words: Record<string, number> = { two: 2, three: 3, four: 4, six: 6 };
  const n = m[1] === undefined ? 1 : (words[m[1]] ?? Number(m[1]));
  const start = new Date(anchorMs);
  if (m[2] === 'day') start.setUTCDate(start.getUTCDate() - n);
  if (m[2] === 'week') start.setUTCDate(start.getUTCDate() - 7 * n);
  if (m[2] === 'month') start.setUTCMonth(start.getUTCMonth() - n);
  if (m[2] === 'year') start.setUTCFullYear(start.getUTCFullYear() - n);
  return `${start.toISOString().slice(0, 10)}/${anchor}`;
}

function swapDayMonth(m: RegExpExecArray | null): RegExpExecArray | null {
  if (!m) return null;
  const swapped = [m[0], m[2], m[1], m[3]] as unknown as RegExpExecArray;
  return swapped;
}

function monthIndex(name: string): number {
  return MONTHS.findIndex((month) => month.startsWith(name.replace('.', '').slice(0, 3)));
}

function day(year: number, month: number, dayOfMonth: number): string {
  return `${year}-${pad(month + 1)}-${pad(dayOfMonth)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
