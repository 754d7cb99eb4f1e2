import { Type, type Static } from 'typebox';
import { invalidField } from '../common/errors.js';
import { COUNT_QUALIFIERS, VAGUE_WORDS, type CountQualifier, type VagueWord } from '../vocab/vocabularies.js';

/**
 * A figure as sources give it: "at least 14", "14-20", "dozens", "unknown". The bounds are what the words
 * support and nothing more; `best` is a source's own central figure, never one we invent.
 */
// The controlled vocabularies are the one list of qualifiers and vague words; this module gives them meaning.
export { COUNT_QUALIFIERS, VAGUE_WORDS, type CountQualifier, type VagueWord };
export { describeCount } from './count-words.js';

/** Vague quantity words, with the smallest number each one can honestly mean. */
export const VAGUE_FLOORS: Readonly<Record<VagueWord, number>> = { few: 2, several: 3, many: 2, dozens: 24, hundreds: 200, thousands: 2000 };

const Figure = Type.Integer({ minimum: 0, maximum: 100_000_000 });
export const CountSchema = Type.Object(
  {
    qualifier: Type.Enum(COUNT_QUALIFIERS),
    min: Type.Optional(Figure),
    best: Type.Optional(Figure),
    max: Type.Optional(Figure),
    vague: Type.Optional(Type.Enum(VAGUE_WORDS)),
    asReported: Type.Optional(Type.String({ maxLength: 500 })),
  },
  { additionalProperties: false, $id: 'Count', description: 'A figure with its imprecision: bounds the words support, a qualifier, and the words as reported.' },
);
export type Count = Static<typeof CountSchema>;

/**
 * Checks a Count's consistency and returns it in normal form (exact fills min/best/max; vague words get their
 * floor as min). Throws naming `field` and the problem.
 */
export function normaliseCount(field: string, input: Count): Count {
  const { qualifier } = input;
  if (!(COUNT_QUALIFIERS as readonly string[]).includes(qualifier)) throw invalidField(`${field}.qualifier`, `unknown qualifier "${String(qualifier)}"`, qualifier);
  for (const key of ['min', 'best', 'max'] as const) {
    const value = input[key];
    if (value !== undefined && (!Number.isSafeInteger(value) || value < 0)) {
      throw invalidField(`${field}.${key}`, 'must be a whole number of zero or more', value);
    }
  }
  const count: Count = { ...input };
  const require = (key: 'min' | 'best' | 'max') => {
    if (count[key] === undefined) throw invalidField(`${field}.${key}`, `is required when qualifier is ${qualifier}`);
  };
  const forbid = (key: 'min' | 'best' | 'max' | 'vague') => {
    if (count[key] !== undefined) throw invalidField(`${field}.${key}`, `must be absent when qualifier is ${qualifier}`, count[key]);
  };
  switch (qualifier) {
    case 'exact': {
      const value = count.best ?? count.min ?? count.max;
      if (value === undefined) throw invalidField(`${field}.best`, 'is required when qualifier is exact');
      for (const key of ['min', 'best', 'max'] as const) {
        if (count[key] !== undefined && count[key] !== value) throw invalidField(`${field}.${key}`, `an exact count has one value; got ${count[key]} and ${value}`);
      }
      Object.assign(count, { min: value, best: value, max: value });
      forbid('vague');
      break;
    }
    case 'at_least':
      require('min');
      forbid('max');
      forbid('vague');
      break;
    case 'at_most':
      require('max');
      forbid('vague');
      break;
    case 'approx':
      require('best');
      forbid('vague');
      break;
    case 'range':
      require('min');
      require('max');
      forbid('vague');
      break;
    case 'vague': {
      if (count.vague === undefined) throw invalidField(`${field}.vague`, `is required when qualifier is vague (one of ${VAGUE_WORDS.join(', ')})`);
      if (!(VAGUE_WORDS as readonly string[]).includes(count.vague)) throw invalidField(`${field}.vague`, `unknown vague word "${String(count.vague)}"`, count.vague);
      count.min = Math.max(count.min ?? 0, VAGUE_FLOORS[count.vague]);
      break;
    }
    case 'unknown':
      for (const key of ['min', 'best', 'max', 'vague'] as const) forbid(key);
      break;
  }
  if (count.min !== undefined && count.max !== undefined && count.min > count.max) {
    throw invalidField(`${field}.min`, `min ${count.min} is greater than max ${count.max}`, count.min);
  }
  if (count.best !== undefined) {
    if (count.min !== undefined && count.best < count.min) throw invalidField(`${field}.best`, `best ${count.best} is below min ${count.min}`, count.best);
    if (count.max !== undefined && count.best > count.max) throw invalidField(`${field}.best`, `best ${count.best} is above max ${count.max}`, count.best);
  }
  return count;
}

export const exactly = (n: number, asReported?: string): Count => withReported({ qualifier: 'exact', min: n, best: n, max: n }, asReported);
export const atLeast = (n: number, asReported?: string): Count => withReported({ qualifier: 'at_least', min: n }, asReported);
export const atMost = (n: number, asReported?: string): Count => withReported({ qualifier: 'at_most', max: n }, asReported);
export const between = (min: number, max: number, asReported?: string): Count => withReported({ qualifier: 'range', min, max }, asReported);
export const unknownCount = (asReported?: string): Count => withReported({ qualifier: 'unknown' }, asReported);

function withReported(count: Count, asReported: string | undefined): Count {
  return asReported === undefined ? count : { ...count, asReported };
}

/** The smallest figure a count supports: what "fatalities = the lowest reported figure" means for one count. */
export function lowerBound(count: Count): number {
  return count.min ?? (count.qualifier === 'exact' ? (count.best ?? 0) : 0);
}

/** The largest figure a count supports, or null when it is open-ended. */
export function upperBound(count: Count): number | null {
  if (count.max !== undefined) return count.max;
  return count.qualifier === 'exact' ? (count.best ?? null) : null;
}

