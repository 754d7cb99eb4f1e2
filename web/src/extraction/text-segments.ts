/**
 * The document text cut into pieces to draw: runs inside or outside the current candidate's passages, each cut
 * again where mentions begin and end. Mentions may overlap ("at least 14 civilians" is a figure, "civilians"
 * a target), so a piece carries every kind it lies in.
 */
export interface KindedSpan<Kind extends string> {
  start: number;
  end: number;
  kind: Kind;
}

export interface Segment<Kind extends string> {
  start: number;
  end: number;
  kinds: Kind[];
}

export interface Run<Kind extends string> {
  start: number;
  end: number;
  /** Inside one of the marked passages. */
  marked: boolean;
  segments: Segment<Kind>[];
}

/** The text from 0 to `length` cut at every span's ends; each piece lists the kinds of the spans covering it. */
export function segmentsOf<Kind extends string>(length: number, spans: readonly KindedSpan<Kind>[], from = 0, to = length): Segment<Kind>[] {
  const clipped = spans.map((s) => ({ ...s, start: Math.max(s.start, from), end: Math.min(s.end, to) })).filter((s) => s.end > s.start);
  const cuts = [...new Set([from, to, ...clipped.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const segments: Segment<Kind>[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    const kinds = [...new Set(clipped.filter((s) => s.start < end && s.end > start).map((s) => s.kind))];
    const last = segments.at(-1);
    // Neighbours with the same kinds are one piece: fewer elements to draw.
    if (last && sameKinds(last.kinds, kinds)) last.end = end;
    else segments.push({ start, end, kinds });
  }
  return segments;
}

/** Passages merged where they overlap or touch, in order. */
export function mergedRanges(ranges: readonly { start: number; end: number }[]): { start: number; end: number }[] {
  const sorted = ranges.filter((r) => r.end > r.start).sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ start: range.start, end: range.end });
  }
  return merged;
}

/** The whole text as runs in and out of the marked passages, each cut by the mentions within it. */
export function highlightRuns<Kind extends string>(length: number, mentions: readonly KindedSpan<Kind>[], passages: readonly { start: number; end: number }[]): Run<Kind>[] {
  const marked = mergedRanges(passages.map((p) => ({ start: Math.max(0, p.start), end: Math.min(length, p.end) })));
  const runs: Run<Kind>[] = [];
  let at = 0;
  const push = (start: number, end: number, isMarked: boolean) => {
    if (end > start) runs.push({ start, end, marked: isMarked, segments: segmentsOf(length, mentions, start, end) });
  };
  for (const range of marked) {
    push(at, range.start, false);
    push(range.start, range.end, true);
    at = range.end;
  }
  push(at, length, false);
  return runs;
}

function sameKinds<Kind>(a: readonly Kind[], b: readonly Kind[]): boolean {
  return a.length === b.length && a.every((kind) => b.includes(kind));
}
