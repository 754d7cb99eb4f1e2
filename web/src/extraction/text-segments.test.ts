import { describe, expect, it } from 'vitest';
import { highlightRuns, mergedRanges, segmentsOf } from './text-segments.js';

const TEXT = 'On 15 July 2016 at least 14 civilians were killed in Erbin.';
const at = (words: string, kind: string) => ({ start: TEXT.indexOf(words), end: TEXT.indexOf(words) + words.length, kind });
const pieces = (segments: { start: number; end: number; kinds: string[] }[]) => segments.map((s) => [TEXT.slice(s.start, s.end), s.kinds]);

describe('the document text cut for highlighting', () => {
  it('covers the whole text once, in order, with plain pieces between mentions', () => {
    const segments = segmentsOf(TEXT.length, [at('15 July 2016', 'date'), at('Erbin', 'place')]);
    expect(segments.map((s) => TEXT.slice(s.start, s.end)).join('')).toBe(TEXT);
    expect(pieces(segments)).toEqual([
      ['On ', []],
      ['15 July 2016', ['date']],
      [' at least 14 civilians were killed in ', []],
      ['Erbin', ['place']],
      ['.', []],
    ]);
  });

  it('gives a piece where mentions overlap every kind it lies in', () => {
    const segments = segmentsOf(TEXT.length, [at('at least 14 civilians', 'count'), at('civilians', 'target')]);
    expect(pieces(segments).slice(1, 3)).toEqual([
      ['at least 14 ', ['count']],
      ['civilians', ['count', 'target']],
    ]);
  });

  it('ignores empty spans and spans outside the text', () => {
    expect(segmentsOf(5, [{ start: 3, end: 3, kind: 'date' }, { start: 9, end: 12, kind: 'place' }])).toEqual([{ start: 0, end: 5, kinds: [] }]);
  });

  it('merges passages that overlap or touch', () => {
    expect(mergedRanges([{ start: 10, end: 20 }, { start: 0, end: 5 }, { start: 15, end: 30 }, { start: 30, end: 32 }])).toEqual([
      { start: 0, end: 5 },
      { start: 10, end: 32 },
    ]);
  });

  it('marks the passages as whole runs, the mentions cut inside them and at their edges', () => {
    const passage = { start: TEXT.indexOf('at least'), end: TEXT.indexOf(' in Erbin') };
    const runs = highlightRuns(TEXT.length, [at('15 July 2016', 'date'), at('July 2016 at least 14', 'count')], [passage]);
    expect(runs.map((r) => [TEXT.slice(r.start, r.end), r.marked])).toEqual([
      ['On 15 July 2016 ', false],
      ['at least 14 civilians were killed', true],
      [' in Erbin.', false],
    ]);
    // The figure begins before the passage: inside it, only its part in the passage is drawn.
    expect(runs[1]!.segments.map((s) => [TEXT.slice(s.start, s.end), s.kinds])).toEqual([
      ['at least 14', ['count']],
      [' civilians were killed', []],
    ]);
  });

  it('gives one unmarked run when there is no passage', () => {
    expect(highlightRuns(TEXT.length, [], [])).toEqual([{ start: 0, end: TEXT.length, marked: false, segments: [{ start: 0, end: TEXT.length, kinds: [] }] }]);
  });
});
