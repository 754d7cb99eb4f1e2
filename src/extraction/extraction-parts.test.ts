import { beforeAll, describe, expect, it } from 'vitest';
import { Gazetteer } from '../places/gazetteer.js';
import { extract } from './extract.js';
import { extractionJson } from './extraction-json.js';
import { extractInParts, partBoundaries } from './extraction-parts.js';
import type { ExtractionSource } from './extraction-source.js';

let gazetteer: Gazetteer;
beforeAll(async () => {
  gazetteer = await Gazetteer.load();
});

// Written for this test; not taken from any published text.
const PAGE = `On 15 July 2016, barrel bombs hit the market in Erbin. At least 14 civilians were killed.

On 20 July 2016, a school in Kafr Nabl was struck by an air strike. Three children were killed and dozens injured.`;

function pagesOf(texts: string[]): ExtractionSource {
  const source: ExtractionSource = { text: '', pages: [] };
  for (const [i, text] of texts.entries()) {
    if (i > 0) source.text += '\n\n';
    source.pages.push({ locator: `page ${i + 1}`, start: source.text.length, end: source.text.length + text.length });
    source.text += text;
  }
  return source;
}

describe('reading a long document in parts', () => {
  it('cuts at page starts, and inside one long page at blank lines', () => {
    const source = pagesOf(Array.from({ length: 30 }, () => PAGE));
    const parts = partBoundaries(source, 1000);
    expect(parts[0]!.start).toBe(0);
    expect(parts.at(-1)!.end).toBe(source.text.length);
    for (const [i, part] of parts.entries()) {
      if (i > 0) expect(part.start).toBe(parts[i - 1]!.end);
      if (i > 0) expect(source.pages.map((p) => p.start)).toContain(part.start);
    }
    const onePage = pagesOf([Array.from({ length: 30 }, () => PAGE).join('\n\n')]);
    for (const part of partBoundaries(onePage, 1000).slice(1)) expect(onePage.text.slice(part.start, part.start + 2)).toBe('\n\n');
  });

  it('finds what reading it whole finds, at the same places, and tells its progress to the end', async () => {
    const source = pagesOf(Array.from({ length: 400 }, (_, i) => (i % 2 ? PAGE : `Report page ${i + 1}, 2 August 2016.\n\n${PAGE}`)));
    const progress: number[] = [];
    const parts = await extractInParts(source, { gazetteer }, (p) => void progress.push(p.done));
    const whole = extractionJson(extract(source.text, { gazetteer }), source);
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)).toBe(source.text.length);
    expect(parts.anchor).toEqual(whole.anchor);
    expect(parts.incidents).toHaveLength(800);
    expect(parts).toEqual(whole);
    for (const candidate of parts.incidents.slice(-3)) expect(source.text.slice(candidate.evidenceSpan.start, candidate.evidenceSpan.end)).toBe(candidate.evidenceSpan.text);
  });
});
