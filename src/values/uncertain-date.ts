import edtf from 'edtf';
import { Type, type Static } from 'typebox';
import { invalidField } from '../common/errors.js';
import { DATE_PRECISIONS, type DatePrecision } from '../vocab/vocabularies.js';
import { OPEN_END, OPEN_START } from './open-dates.js';

export { DATE_PRECISIONS, type DatePrecision };

/**
 * A date as investigators know it: an EDTF string (ISO 8601-2: `2016-07~` approximate, `2016-12?`
 * uncertain, `2016-07-15/2016-12-22` interval) with the earliest and latest instants it allows, derived
 * here and never typed by hand, so filtering and sorting cannot drift from the EDTF.
 */
export const UncertainDateInputSchema = Type.Object(
  {
    edtf: Type.String({ minLength: 4, maxLength: 100, description: 'Extended Date/Time Format (ISO 8601-2), e.g. 2016-07~, 2016-07-15/2016-12-22' }),
    asReported: Type.Optional(Type.String({ maxLength: 500, description: 'The words of the source, e.g. "mid-July 2016"' })),
    relative: Type.Optional(
      Type.Object(
        {
          text: Type.String({ minLength: 1, maxLength: 200, description: 'e.g. "in the last month"' }),
          anchor: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'The date the phrase is relative to, e.g. the report’s publication date' }),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false, $id: 'UncertainDateInput' },
);
export type UncertainDateInput = Static<typeof UncertainDateInputSchema>;

export const UncertainDateSchema = Type.Object(
  {
    edtf: Type.String(),
    earliest: Type.String({ description: 'First instant the date allows (ISO 8601, UTC)' }),
    latest: Type.String({ description: 'Last instant the date allows (ISO 8601, UTC); open intervals end at 9999' }),
    precision: Type.Enum(DATE_PRECISIONS),
    approximate: Type.Boolean(),
    uncertain: Type.Boolean(),
    asReported: Type.Optional(Type.String()),
    relative: Type.Optional(Type.Object({ text: Type.String(), anchor: Type.String() })),
  },
  { $id: 'UncertainDate' },
);
export type UncertainDate = Static<typeof UncertainDateSchema>;

const DAY_MS = 86_400_000;

/**
 * Parses and checks an EDTF date and derives its bounds. An approximate date (`~`, `%`) is widened by one
 * unit of its precision on each side: "about July 2016" may be late June or early August, and a filter for
 * those weeks must still find it.
 */
export function resolveDate(field: string, input: UncertainDateInput): UncertainDate {
  const parsed = parseEdtf(field, input.edtf);
  if (input.relative && Number.isNaN(Date.parse(`${input.relative.anchor}T00:00:00Z`))) {
    throw invalidField(`${field}.relative.anchor`, `"${input.relative.anchor}" is not a calendar date`, input.relative.anchor);
  }
  const flags = qualifierFlags(input.edtf);
  const precision = precisionOf(parsed, input.edtf);
  const season = northernSeason(input.edtf);
  let earliest = season?.earliest ?? (Number.isFinite(parsed.min) ? parsed.min : Number.NEGATIVE_INFINITY);
  let latest = season?.latest ?? (Number.isFinite(parsed.max) ? parsed.max : Number.POSITIVE_INFINITY);
  if (flags.approximate) {
    const widen = widening(precision);
    earliest -= widen;
    latest += widen;
  }
  if (earliest > latest) throw invalidField(`${field}.edtf`, `"${input.edtf}" ends before it starts`, input.edtf);
  return {
    edtf: input.edtf,
    earliest: Number.isFinite(earliest) ? new Date(earliest).toISOString() : OPEN_START,
    latest: Number.isFinite(latest) ? new Date(latest).toISOString() : OPEN_END,
    precision,
    approximate: flags.approximate,
    uncertain: flags.uncertain,
    ...(input.asReported !== undefined ? { asReported: input.asReported } : {}),
    ...(input.relative !== undefined ? { relative: input.relative } : {}),
  };
}

export type ParsedEdtf = Pick<ReturnType<typeof edtf>, 'type' | 'precision' | 'min' | 'max'>;
const parsedCache = new Map<string, ParsedEdtf>();

/** EDTF parsing is a full grammar run; the same few thousand date strings recur, so their parses are kept. */
function parseEdtf(field: string, text: string): ParsedEdtf {
  const cached = parsedCache.get(text);
  if (cached) return cached;
  const plain = parsePlainCalendarDate(text);
  if (plain) return plain;
  let parsed: ReturnType<typeof edtf>;
  try {
    parsed = edtf(text);
  } catch (error) {
    throw invalidField(`${field}.edtf`, `"${text}" is not an EDTF date (${firstLine(error)}); write e.g. 2016-07-15, 2016-07~, 2016-07-15/2016-12-22`, text);
  }
  const kept = { type: parsed.type, precision: parsed.precision, min: parsed.min, max: parsed.max };
  if (parsedCache.size >= 10_000) parsedCache.clear();
  parsedCache.set(text, kept);
  return kept;
}

const PLAIN_DATE = /^([1-9]\d{3})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * The shapes imports bring by the hundred thousand (2016, 2016-07, 2016-07-15, and intervals of them), read
 * without the grammar, which costs ~0.3 ms a call; anything else, or anything odd, goes to the library.
 * The results equal the library's (uncertain-date.test.ts compares them).
 */
export function parsePlainCalendarDate(text: string): ParsedEdtf | undefined {
  const slash = text.indexOf('/');
  if (slash < 0) return plainDate(text);
  const lower = plainDate(text.slice(0, slash));
  const upper = lower && plainDate(text.slice(slash + 1));
  // The library accepts an interval only when its end starts after its start does.
  if (!lower || !upper || upper.min <= lower.min) return undefined;
  return { type: 'Interval', precision: Math.max(lower.precision ?? 0, upper.precision ?? 0), min: lower.min, max: upper.max };
}

function plainDate(text: string): ParsedEdtf | undefined {
  const m = PLAIN_DATE.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = m[2] === undefined ? undefined : Number(m[2]) - 1;
  const day = m[3] === undefined ? undefined : Number(m[3]);
  if (month === undefined) return { type: 'Date', precision: 1, min: Date.UTC(year, 0, 1), max: Date.UTC(year + 1, 0, 1) - 1 };
  if (month < 0 || month > 11) return undefined;
  if (day === undefined) return { type: 'Date', precision: 2, min: Date.UTC(year, month, 1), max: Date.UTC(year, month + 1, 1) - 1 };
  const min = Date.UTC(year, month, day);
  // Date.UTC rolls 2016-02-30 over into March: a day that does not exist comes back as another month.
  if (day < 1 || new Date(min).getUTCMonth() !== month) return undefined;
  return { type: 'Date', precision: 3, min, max: min + DAY_MS - 1 };
}

/** Whether two dates could be the same moment: their [earliest, latest] spans overlap. */
export function datesOverlap(a: Pick<UncertainDate, 'earliest' | 'latest'>, b: Pick<UncertainDate, 'earliest' | 'latest'>): boolean {
  return a.earliest <= b.latest && b.earliest <= a.latest;
}

/**
 * EDTF seasons 21–24 (spring, summer, autumn, winter) as meteorological seasons of the northern hemisphere,
 * where Syria is: the parser library reads them as calendar quarters, which would put "summer" in April.
 */
function northernSeason(text: string): { earliest: number; latest: number } | null {
  const m = /^(\d{4})-(2[1-4])[~?%]?$/.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const firstMonth = { '21': 2, '22': 5, '23': 8, '24': 11 }[m[2] as '21' | '22' | '23' | '24'];
  return { earliest: Date.UTC(year, firstMonth, 1), latest: Date.UTC(year, firstMonth + 3, 1) - 1 };
}

function qualifierFlags(text: string): { approximate: boolean; uncertain: boolean } {
  return { approximate: /[~%]/.test(text), uncertain: /[?%]/.test(text) };
}

function precisionOf(parsed: ParsedEdtf, text: string): DatePrecision {
  if (parsed.type === 'Interval' || parsed.type === 'Set' || parsed.type === 'List') return 'range';
  if (parsed.type === 'Season') return 'season';
  if (/T\d/.test(text)) return 'hour';
  if (parsed.type === 'Decade' || parsed.type === 'Century') return 'range';
  const unspecifiedDay = /^-?\d{4}-\d{2}-X{2}/.test(text);
  switch (parsed.precision) {
    case 3:
      return unspecifiedDay ? 'month' : 'day';
    case 2:
      return 'month';
    case 1:
      return 'year';
    default:
      return 'hour';
  }
}

function widening(precision: DatePrecision): number {
  switch (precision) {
    case 'hour':
      return DAY_MS / 4;
    case 'day':
      return DAY_MS;
    case 'week':
      return 7 * DAY_MS;
    case 'month':
    case 'season':
      return 31 * DAY_MS;
    case 'year':
      return 366 * DAY_MS;
    case 'range':
      return 7 * DAY_MS;
  }
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? 'invalid';
}
