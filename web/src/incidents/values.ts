import { describeCount } from '../../../src/values/count-words.js';

/**
 * How the app words the uncertain values the API returns, keeping their imprecision: a count's qualifier and
 * bounds, a date's words as reported beside its reading, a place's name and precision.
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

/** A count in the words the API, the CLI and the exports use: one module words them all. */
export function countText(count: CountView | undefined): string {
  return count ? describeCount(count) : '—';
}

/** "19 September 2016, evening (2016-09-19)": the words first, then how they were read. */
export function dateText(date: DateView | undefined): string {
  if (!date) return 'undated';
  return date.asReported && date.asReported !== date.edtf ? `${date.asReported} (${date.edtf})` : date.edtf;
}

export function placeText(place: PlaceView | undefined): string {
  if (!place) return 'unplaced';
  const name = place.asReported ?? place.names?.en ?? place.names?.ar ?? place.pcodes?.community ?? place.pcodes?.admin2 ?? place.pcodes?.admin1;
  return name ?? place.precision;
}

/** Any value a claim may carry, in words: a count, a date, a place, terms or text. */
export function valueText(value: unknown): string {
  if (value === undefined || value === null) return '—';
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(valueText).join(', ');
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (typeof v.qualifier === 'string') return countText(v as unknown as CountView);
    if (typeof v.edtf === 'string') return dateText(v as unknown as DateView);
    if (typeof v.precision === 'string' || v.pcodes || v.geometry) return placeText(v as unknown as PlaceView);
    if (typeof v.text === 'string') return v.text;
  }
  return JSON.stringify(value);
}
