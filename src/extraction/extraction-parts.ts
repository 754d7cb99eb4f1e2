/**
 * A long document read part by part, so the reading reports its progress and can be stopped between parts: a
 * part is a run of whole pages (or, for one long page, of whole paragraphs) of about PART_SIZE characters, read
 * on its own with the document's anchor and its spans moved back to the document's offsets. Pages are joined by
 * a blank line, which ends a sentence and a paragraph, so no passage is split between parts.
 */
import { anchorFromText, extract, type Extraction, type ExtractionOptions } from './extract.js';
import { extractionJson } from './extraction-json.js';
import type { ExtractionSource } from './extraction-source.js';

const PART_SIZE = 60_000;

export type ExtractionJson = ReturnType<typeof extractionJson>;

export interface PartsProgress {
  /** Characters read so far, of `total`. */
  done: number;
  total: number;
}

/** Where parts start and end: at page starts, or at blank lines inside a page longer than a part. */
export function partBoundaries(source: ExtractionSource, size = PART_SIZE): { start: number; end: number }[] {
  const { text } = source;
  const parts: { start: number; end: number }[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + size);
    if (end < text.length) {
      const pageStart = source.pages.findLast((page) => page.start > start && page.start <= end)?.start;
      const paragraph = text.lastIndexOf('\n\n', end);
      // A page start is the cleanest cut; else the last blank line; else (one endless paragraph) the size.
      end = pageStart ?? (paragraph > start ? paragraph : end);
    }
    parts.push({ start, end });
    start = end;
  }
  return parts;
}

export async function extractInParts(
  source: ExtractionSource,
  options: ExtractionOptions,
  onProgress: (progress: PartsProgress) => void | Promise<void> = () => {},
): Promise<ExtractionJson> {
  // The anchor is the document's, read from its opening once, not each part's.
  const anchor = options.anchor ? { date: options.anchor, from: 'given' as const } : anchorFromText(source.text);
  const whole: Extraction = { anchor, languages: { en: 0, ar: 0, other: 0 }, unread: [], places: [], dates: [], counts: [], means: [], targets: [], actors: [], otherTerms: [], incidents: [] };
  const total = source.text.length;
  for (const part of partBoundaries(source)) {
    const read = extract(source.text.slice(part.start, part.end), { ...options, anchor: whole.anchor?.date });
    shiftSpans(read, part.start);
    for (const language of ['en', 'ar', 'other'] as const) whole.languages[language] += read.languages[language];
    for (const list of ['unread', 'places', 'dates', 'counts', 'means', 'targets', 'actors', 'otherTerms', 'incidents'] as const) {
      (whole[list] as unknown[]).push(...read[list]);
    }
    await onProgress({ done: part.end, total });
  }
  return extractionJson(whole, source);
}

/**
 * Moves every span of a part's extraction by the part's offset in the document. A mention may be reached twice
 * (a candidate's place is also in the list of places), so each object moves once.
 */
function shiftSpans(value: unknown, offset: number, moved = new Set<object>()): void {
  if (value === null || typeof value !== 'object' || moved.has(value)) return;
  moved.add(value);
  if (Array.isArray(value)) {
    for (const item of value) shiftSpans(item, offset, moved);
    return;
  }
  const span = value as { start?: unknown; end?: unknown };
  if (typeof span.start === 'number' && typeof span.end === 'number') {
    span.start += offset;
    span.end = (span.end as number) + offset;
  }
  for (const [key, field] of Object.entries(value)) {
    // A place's gazetteer candidates are shared by every mention of the name: no spans there.
    if (key !== 'candidates' && key !== 'count') shiftSpans(field, offset, moved);
  }
}
