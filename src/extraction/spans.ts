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

/** Overlapping finds resolved in favour of the longer ("at least 14" over "14"). */
export function longestFirst(spans: Found[]): Found[] {
  const kept: Found[] = [];
  for (const span of [...spans].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)) {
    if (kept.every((other) => span.end <= other.start || span.start >= other.end)) kept.push(span);
  }
  return kept;
}
