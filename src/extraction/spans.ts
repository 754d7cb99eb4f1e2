/**
 * Finds in folded text (folded-text.ts) as spans of the text as written, and overlapping finds resolved: the
 * mention finders of every kind share them.
 */
import { originalSpan, type FoldedText } from './folded-text.js';

/** A find: its span in the text as written and in the folded text. */
export interface Found {
  start: number;
  end: number;
  foldedStart: number;
  foldedEnd: number;
}

/** Every match of `pattern` (global; with the `d` flag, a group named `mention` is the span, words before it left out). */
export function matches(folded: FoldedText, pattern: RegExp): Found[] {
  const spans: Found[] = [];
  for (const match of folded.text.matchAll(pattern)) {
    const [foldedStart, foldedEnd] = match.indices?.groups?.mention ?? [match.index, match.index + match[0].length];
    if (foldedEnd > foldedStart) spans.push({ ...originalSpan(folded, foldedStart, foldedEnd), foldedStart, foldedEnd });
  }
  return spans;
}

/**
 * Overlapping finds resolved in favour of the longer ("at least 14" over "14"). Finds are taken in runs that
 * overlap one another (a sweep by start), and within a run the longest first: a long text has many short runs,
 * so this stays near linear.
 */
export function longestFirst(spans: Found[]): Found[] {
  const byStart = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Found[] = [];
  for (let i = 0; i < byStart.length; ) {
    let reach = byStart[i]!.end;
    let j = i + 1;
    while (j < byStart.length && byStart[j]!.start < reach) reach = Math.max(reach, byStart[j++]!.end);
    const run: Found[] = [];
    for (const span of byStart.slice(i, j).sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)) {
      if (run.every((other) => span.end <= other.start || span.start >= other.end)) run.push(span);
    }
    kept.push(...run);
    i = j;
  }
  return kept;
}

/** The items of `sorted` (by start) that lie within [start, end). */
export function within<T extends { start: number; end: number }>(sorted: readonly T[], start: number, end: number): T[] {
  let [low, high] = [0, sorted.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]!.start < start) low = middle + 1;
    else high = middle;
  }
  const found: T[] = [];
  for (let i = low; i < sorted.length && sorted[i]!.start < end; i++) if (sorted[i]!.end <= end) found.push(sorted[i]!);
  return found;
}
