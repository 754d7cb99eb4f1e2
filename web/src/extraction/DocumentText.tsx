import { useEffect, useMemo, useRef } from 'react';
import type { Message } from '../i18n/define-messages.js';
import { useT } from '../i18n/LanguageProvider.js';
import { extractionMessages as m } from './extraction.messages.js';
import { MENTION_LISTS, type ExtractionText, type MentionList, type StoredExtraction } from './extraction-types.js';
import { highlightRuns, type KindedSpan } from './text-segments.js';

/** Each list of mentions, its class in the text (extraction.css colours them) and its words in the legend. */
const KINDS: Record<MentionList, { kind: string; words: Message }> = {
  places: { kind: 'place', words: m.places },
  dates: { kind: 'date', words: m.dates },
  counts: { kind: 'figure', words: m.figures },
  means: { kind: 'means', words: m.means },
  targets: { kind: 'target', words: m.targets },
  actors: { kind: 'actor', words: m.actors },
};

/**
 * The text the extraction read, its mentions highlighted by kind and the current candidate's passages marked and
 * scrolled into view, so the analyst checks each proposal against the words it came from.
 */
export function DocumentText({ text, result, passages }: { text: ExtractionText; result: StoredExtraction['result']; passages: readonly { start: number; end: number }[] }) {
  const t = useT();
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
    <section aria-label={t(m.documentText)} className="document-text">
      <ul className="legend" aria-label={t(m.legend)}>
        {MENTION_LISTS.map((list) => (
          <li key={list}>
            <span className={`mention ${KINDS[list].kind}`}>{t(KINDS[list].words)}</span>
          </li>
        ))}
        <li>
          <mark className="passage">{t(m.currentPassage)}</mark>
        </li>
      </ul>
      {text.changed && <p className="warning">{t(m.textChanged)}</p>}
      <div ref={scroller} className="text-scroll" dir="auto" tabIndex={0} aria-label={t(m.reportText)}>
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
