import { activeIntl, activeLocale, translate } from '../i18n/active-locale.js';
import { termLabel, type Vocabularies } from '../vocabularies.js';
import { dateWords } from './date-words.js';
import { valueMessages as m } from './values.messages.js';

/**
 * How the app words the uncertain values the API returns, keeping their imprecision: a count's qualifier and
 * bounds, a date's words as reported beside its reading, a place's name and precision. Everything is worded in
 * the active language (active-locale.ts), numbers and month names through Intl.
 */
export interface CountView {
  qualifier: string;
  min?: number;
  best?: number;
  max?: number;
  vague?: string;
  asReported?: string;
}
export interface DateView {
  edtf: string;
  earliest?: string;
  latest?: string;
  precision?: string;
  asReported?: string;
}
export interface PlaceView {
  precision: string;
  asReported?: string;
  names?: { en?: string; ar?: string };
  pcodes?: Record<string, string>;
  geometry?: { type: string; coordinates: unknown };
}
/** A sum of counts as the API gives it (values/count-sum.ts): 'none' when there was nothing to add. */
export interface TotalView {
  min: number;
  max: number | null;
  qualifier: string;
  parts: number;
  unknownParts: number;
}

/** The arguments of the count and figure messages: every one given, so no message misses one. */
interface CountShape {
  shape: 'exact' | 'at_least' | 'at_most' | 'about' | 'about_range' | 'about_floor' | 'range' | 'range_open' | 'vague' | 'unknown';
  /** The number the noun agrees with. */
  n: number;
  min: number;
  max: number;
  vague: string;
}

const shape = (kind: CountShape['shape'], values: Partial<Omit<CountShape, 'shape'>> = {}): CountShape => ({ shape: kind, n: 0, min: 0, max: 0, vague: 'some', ...values });
const UNKNOWN = shape('unknown');

/** The largest figure a count allows, or null when it is open-ended. */
function upper(count: CountView): number | null {
  if (count.max !== undefined) return count.max;
  return count.qualifier === 'exact' ? (count.best ?? null) : null;
}

/** A count's bounds alone: "14–20", or "at least 14" when open-ended. */
function boundsShape(count: CountView): CountShape {
  const lower = count.min ?? 0;
  const top = upper(count);
  return top === null ? shape('at_least', { n: lower, min: lower }) : shape('range', { n: top, min: lower, max: top });
}

function countShape(count: CountView): CountShape {
  switch (count.qualifier) {
    case 'exact':
      return shape('exact', { n: count.best ?? count.min ?? 0 });
    case 'at_least':
      return count.min === undefined ? UNKNOWN : shape('at_least', { n: count.min, min: count.min });
    case 'at_most':
      return count.max === undefined ? UNKNOWN : shape('at_most', { n: count.max, max: count.max });
    case 'approx': {
      if (count.best === undefined) return boundsShape(count);
      if (count.min === undefined && count.max === undefined) return shape('about', { n: count.best });
      const bounds = boundsShape(count);
      return shape(bounds.shape === 'range' ? 'about_range' : 'about_floor', { n: count.best, min: bounds.min, max: bounds.max });
    }
    case 'range':
      return count.max === undefined ? shape('range_open', { n: count.min ?? 0, min: count.min ?? 0 }) : shape('range', { n: count.max, min: count.min ?? 0, max: count.max });
    case 'vague':
      return shape('vague', { vague: count.vague ?? 'some', min: count.min ?? 0, n: count.min ?? 0 });
    default:
      return UNKNOWN;
  }
}

function totalShape(total: TotalView): CountShape {
  switch (total.qualifier) {
    case 'exact':
      return shape('exact', { n: total.min });
    case 'at_least':
      return shape('at_least', { n: total.min, min: total.min });
    case 'range': {
      const top = total.max ?? total.min;
      return shape('range', { n: top, min: total.min, max: top });
    }
    default:
      return UNKNOWN;
  }
}

const FIGURE_MESSAGES = { killed: m.killed, injured: m.injured, missing: m.missing, detained: m.detained, displaced: m.displaced } as const;

function figureWords(figure: string, counted: CountShape): string {
  const message = FIGURE_MESSAGES[figure as keyof typeof FIGURE_MESSAGES];
  // A range open at the top says no more than its floor: with a noun, it is worded as one.
  const values = counted.shape === 'range_open' ? { ...counted, shape: 'at_least' } : counted;
  return message ? translate(message, { ...values }) : translate(m.count, { ...counted });
}

/** A count in words, without a noun: "at least 14", "about 40 (30–50)", "dozens (at least 24)". */
export function countText(count: CountView | undefined): string {
  return count ? translate(m.count, { ...countShape(count) }) : '—';
}

/** A victim figure's name: "killed", "tués", "القتلى". */
export function figureLabel(figure: string): string {
  return translate(m.figureLabel, { figure });
}

/**
 * A victim figure in words, its noun agreeing with the number: "at least 14 killed", "au moins 14 tués",
 * "١٤ قتيلًا على الأقل", "قتيلان". A figure the app does not know is worded without a noun.
 */
export function figureCountText(figure: string, count: CountView | undefined): string {
  return count ? figureWords(figure, countShape(count)) : '—';
}

/** A sum of counts in words, without a noun: "at least 1,016 (3 of 40 figures unknown)". */
export function totalText(total: TotalView): string {
  return totalWords(total, (counted) => translate(m.count, { ...counted }));
}

/** A victim total in words, its noun agreeing with the number: "at least 17 killed (1 of 2 figures unknown)". */
export function figureTotalText(figure: string, total: TotalView): string {
  return totalWords(total, (counted) => figureWords(figure, counted));
}

function totalWords(total: TotalView, words: (counted: CountShape) => string): string {
  if (total.qualifier === 'none') return translate(m.noFigure);
  const said = words(totalShape(total));
  return total.unknownParts > 0 && total.qualifier !== 'unknown' ? translate(m.withUnknownParts, { words: said, unknown: total.unknownParts, parts: total.parts }) : said;
}

const ARABIC_LETTERS = /[\u0621-\u064A]/;

/**
 * "19 September 2016, evening (2016-09-19)": the words first, then how they were read. The words are those
 * reported when they are in the reader's language (English, or Arabic for an Arabic reader); otherwise the
 * reading is worded in the reader's language ("mi-juillet 2016"), or shown alone when it cannot be.
 */
export function dateText(date: DateView | undefined): string {
  if (!date) return translate(m.undated);
  const locale = activeLocale();
  const reported = date.asReported && date.asReported !== date.edtf ? date.asReported : undefined;
  const words = !reported ? undefined : locale === 'en' || (locale === 'ar' && ARABIC_LETTERS.test(reported)) ? reported : dateWords(date.edtf);
  // Beside Arabic letters, the digits of "2016-07-11/2016-07-20" would be laid out right to left ("20-07-2016/…"):
  // the EDTF is isolated as left-to-right text wherever Arabic may surround it.
  const edtf = locale === 'ar' || (words !== undefined && ARABIC_LETTERS.test(words)) ? `\u2066${date.edtf}\u2069` : date.edtf;
  return words === undefined ? edtf : translate(m.dateWithReading, { words, edtf });
}

/** A place's name (as reported, else the gazetteer's in the reader's script), else a P-code, else its precision. */
export function placeText(place: PlaceView | undefined, vocabularies?: Vocabularies): string {
  if (!place) return translate(m.unplaced);
  const gazetteer = activeLocale() === 'ar' ? (place.names?.ar ?? place.names?.en) : (place.names?.en ?? place.names?.ar);
  const name = place.asReported ?? gazetteer ?? place.pcodes?.community ?? place.pcodes?.admin2 ?? place.pcodes?.admin1;
  return name ?? termLabel(vocabularies, 'place_precisions', place.precision);
}

/** Values listed in the reader's language: "a, b" in English, "a، وb" in Arabic. */
export function listText(items: readonly string[]): string {
  return activeIntl().formatList(items, { type: 'unit', style: 'short' });
}

/** Any value a claim may carry, in words: a count, a date, a place, terms or text. */
export function valueText(value: unknown): string {
  if (value === undefined || value === null) return '—';
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return listText(value.map(valueText));
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (typeof v.qualifier === 'string') return countText(v as unknown as CountView);
    if (typeof v.edtf === 'string') return dateText(v as unknown as DateView);
    if (typeof v.precision === 'string' || v.pcodes || v.geometry) return placeText(v as unknown as PlaceView);
    if (typeof v.text === 'string') return v.text;
  }
  return JSON.stringify(value);
}
