import { useEffect, useMemo, useRef } from 'react';
import { MENTION_LISTS, type ExtractionText, type MentionList, type StoredExtraction } from './extraction-types.js';
import { highlightRuns, type KindedSpan } from './text-segments.js';

/** Each list of mentions, its class in the text (extraction.css colours them) and its words in the legend. */
const KINDS: Record<MentionList, { kind: string; words: string }> = {
  places: { kind: 'place', words: 'Places' },
  dates: { kind: 'date', words: 'Dates' },
  counts: { kind: 'figure', words: 'Figures' },
  means: { kind: 'means', words: 'Means' },
  targets: { kind: 'target', words: 'Targets' },
  actors: { kind: 'actor', words: 'Actors' },
};

/**
 * The text the extraction read, its mentions highlighted by kind and the current candidate's passages marked and
 * scrolled into view, so the analyst checks each proposal against the words it came from.
 */
export function DocumentText({ text, result, passages }: { text: ExtractionText; result: StoredExtraction['result']; passages: readonly { start: number; end: number }[] }) {
  const mentions = useMemo(() => MENTION_LISTS.flatMap((list): KindedSpan<string>[] => (result[list] ?? []).map((m) => ({ start: m.start, end: m.end, kind: KINDS[list].kind }))), [result]);
  const runs = useMemo(() => highlightRuns(text.text.length, mentions, passages), [text, mentions, passages]);
  const scroller = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const box = scroller.current;
    const mark = box?.querySelector<HTMLElement>('mark.passage');
    // Scroll the text box only, not the page: the candidate list beside it stays where it is.
    if (box && mark) box.scrollTop = Math.max(0, mark.offsetTop - box.clientHeight / 3);
  }, [runs]);
  return (
    <section aria-label="Document text" className="document-text">
      <ul className="legend" aria-label="Legend">
        {MENTION_LISTS.map((list) => (
          <li key={list}>
            <span className={`mention ${KINDS[list].kind}`}>{KINDS[list].words}</span>
          </li>
        ))}
        <li>
          <mark className="passage">Current candidate’s passage</mark>
        </li>
      </ul>
      {text.changed && <p className="warning">The item’s text has changed since it was read: the offsets below may not match.</p>}
      <div ref={scroller} className="text-scroll" dir="auto" tabIndex={0} aria-label="Text of the report">
        {runs.map((run) => {
          const pieces = run.segments.map((segment) => {
            const words = text.text.slice(segment.start, segment.end);
            return segment.kinds.length ? (
              <span key={segment.start} className={`mention ${segment.kinds.join(' ')}`}>
                {words}
              </span>
            ) : (
              words
            );
          });
          return run.marked ? (
            <mark key={run.start} className="passage">
              {pieces}
            </mark>
          ) : (
            <span key={run.start}>{pieces}</span>
          );
        })}
      </div>
    </section>
  );
}
