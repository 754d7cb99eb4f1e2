import { lowerBound, upperBound, type Count } from './count.js';

export { describeTotal } from './count-words.js';

/**
 * The total of many counts, keeping bounds instead of adding best guesses: "at least 14" plus "at least 2"
 * is "at least 16"; 17 plus an unknown figure is "at least 17" (the unknown is counted, not treated as 0).
 */
export interface CountTotal {
  /** The figure the parts guarantee together. */
  min: number;
  /** The largest figure the parts allow together, or null when any part is open-ended or unknown. */
  max: number | null;
  /** Sum of the sources' own central figures, only when every part has one. */
  best: number | null;
  /** 'none' when there was nothing to add: no figure at all, which is not a figure of zero. */
  qualifier: 'exact' | 'at_least' | 'range' | 'unknown' | 'none';
  /** How many parts were added, and how many of them had no figure at all. */
  parts: number;
  unknownParts: number;
}

export function sumCounts(counts: Iterable<Count>): CountTotal {
  let min = 0;
  let max: number | null = 0;
  let best: number | null = 0;
  let parts = 0;
  let unknownParts = 0;
  for (const count of counts) {
    parts += 1;
    if (count.qualifier === 'unknown') unknownParts += 1;
    min += lowerBound(count);
    const upper = upperBound(count);
    max = max === null || upper === null ? null : max + upper;
    best = best === null || count.best === undefined ? null : best + count.best;
  }
  if (parts === 0) return { min: 0, max: null, best: null, qualifier: 'none', parts, unknownParts };
  if (unknownParts === parts) return { min: 0, max: null, best: null, qualifier: 'unknown', parts, unknownParts };
  const qualifier = max === null ? 'at_least' : max === min ? 'exact' : 'range';
  return { min, max, best, qualifier, parts, unknownParts };
}

/** The total as a Count, so it can be shown and exported like any other figure; none for a sum of nothing. */
export function totalAsCount(total: CountTotal): Count | undefined {
  switch (total.qualifier) {
    case 'none':
      return undefined;
    case 'unknown':
      return { qualifier: 'unknown' };
    case 'exact':
      return { qualifier: 'exact', min: total.min, best: total.min, max: total.min };
    case 'at_least':
      return { qualifier: 'at_least', min: total.min, ...(total.best !== null ? { best: total.best } : {}) };
    case 'range':
      return { qualifier: 'range', min: total.min, max: total.max ?? total.min, ...(total.best !== null ? { best: total.best } : {}) };
  }
}

/**
 * The sum of totals: minimums add, a maximum stays only while every part has one, a best figure only while
 * every part has one; 'none' (no figure at all) adds nothing, and is the result only when every total is none.
 */
export function addTotals(totals: Iterable<CountTotal>): CountTotal {
  let min = 0;
  let max: number | null = 0;
  let best: number | null = 0;
  let parts = 0;
  let unknownParts = 0;
  for (const total of totals) {
    if (total.qualifier === 'none') continue;
    parts += total.parts;
    unknownParts += total.unknownParts;
    min += total.min;
    max = max === null || total.max === null ? null : max + total.max;
    best = best === null || total.best === null ? null : best + total.best;
  }
  if (parts === 0) return { min: 0, max: null, best: null, qualifier: 'none', parts, unknownParts };
  if (unknownParts === parts) return { min: 0, max: null, best: null, qualifier: 'unknown', parts, unknownParts };
  return { min, max, best, qualifier: max === null ? 'at_least' : max === min ? 'exact' : 'range', parts, unknownParts };
}
