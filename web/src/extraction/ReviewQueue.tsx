import { useEffect, useMemo, useRef, useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { errorText } from '../api.js';
import type { Message } from '../i18n/define-messages.js';
import { useT } from '../i18n/LanguageProvider.js';
import { useLoaded } from '../use-loaded.js';
import { useVocabularies } from '../vocabularies.js';
import { CandidateItem, type Mode } from './CandidateItem.js';
import { DocumentText } from './DocumentText.js';
import { decide, loadExtraction, loadExtractionText, type Decision } from './extraction-api.js';
import { extractionMessages as m } from './extraction.messages.js';
import type { CandidateStatus, StoredExtraction } from './extraction-types.js';
import { KeyHelp } from './KeyHelp.js';
import { nextOpen, previousOpen, reviewAction, step, type ReviewAction } from './review-keys.js';

/**
 * The review queue: the text with its mentions on one side, the candidates on the other, decided one by one
 * from the keyboard (review-keys.ts). After each decision the next open candidate is current.
 */
/** What a decision made of a candidate, and what the queue says when asked to decide one already decided. */
const DECIDED: Record<CandidateStatus, Message> = { open: m.decidedOpen, accepted: m.decidedAccepted, corroborated: m.decidedCorroborated, merged: m.decidedMerged, rejected: m.decidedRejected };
const ALREADY: Record<CandidateStatus, Message> = { open: m.alreadyOpen, accepted: m.alreadyAccepted, corroborated: m.alreadyCorroborated, merged: m.alreadyMerged, rejected: m.alreadyRejected };

export function ReviewQueue({ caseId, initial, canWrite }: { caseId: string; initial: StoredExtraction; canWrite: boolean }) {
  const t = useT();
  const [extraction, setExtraction] = useState(initial);
  const statuses = extraction.review.map((r) => r.status);
  const [selected, setSelected] = useState(() => (statuses[0] === 'open' ? 0 : (nextOpen(statuses, 0) ?? 0)));
  const [mode, setMode] = useState<Mode>('view');
  const [help, setHelp] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | undefined>();
  const [notice, setNotice] = useState<string | undefined>();
  // Bumped to move focus to the current candidate: after a move, a decision, or a form closed.
  const [focusTick, setFocusTick] = useState(0);
  const items = useRef<(HTMLLIElement | null)[]>([]);
  const vocabularies = useVocabularies();
  const text = useLoaded(() => loadExtractionText(caseId, extraction.id), [caseId, extraction.id]);
  const current = extraction.review[selected];

  // Focus follows the current candidate on arrival (so the keys work at once) and on each focus request.
  useEffect(() => {
    items.current[selected]?.focus();
    // Only a focus request moves focus: re-rendering must not pull it out of a form.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusTick]);

  const select = (index: number) => {
    setSelected(index);
    setMode('view');
    setProblem(undefined);
    setFocusTick((t) => t + 1);
  };

  const run = async (number: number, decision: Decision) => {
    if (busy) return;
    setBusy(true);
    setProblem(undefined);
    try {
      const review = await decide(caseId, extraction.id, number, decision);
      // Read back whole: a merge changes the candidate merged into, and the counts change.
      const answer = await loadExtraction(caseId, extraction.id);
      const next = 'job' in answer ? extraction : answer;
      setExtraction(next);
      setNotice(t(DECIDED[review.status], { number: number + 1 }));
      select(nextOpen(next.review.map((r) => r.status), number) ?? number);
    } catch (caught) {
      setProblem(errorText(caught));
    } finally {
      setBusy(false);
    }
  };

  const act = (action: ReviewAction) => {
    if (action === 'help') return setHelp((shown) => !shown);
    if (action === 'next' || action === 'previous') return select(step(extraction.review.length, selected, action === 'next' ? 1 : -1));
    if (!current) return;
    if (!canWrite) return setProblem(t(m.readOnly));
    if (current.status !== 'open') return setNotice(t(ALREADY[current.status], { number: selected + 1 }));
    setProblem(undefined);
    switch (action) {
      case 'accept':
        return void run(current.number, { action: 'accept' });
      case 'edit':
        return setMode('edit');
      case 'reject':
        return setMode('reject');
      case 'corroborate': {
        const { matches } = current.proposal;
        if (matches.length === 0) return setProblem(t(m.noMatch, { number: selected + 1 }));
        if (matches.length === 1) return void run(current.number, { action: 'corroborate', incidentId: matches[0]!.id });
        return setMode('corroborate');
      }
      case 'merge': {
        const into = previousOpen(statuses, selected);
        if (into !== undefined) return void run(current.number, { action: 'merge', into: extraction.review[into]!.number });
        if (statuses.some((s, i) => s === 'open' && i !== selected)) return setMode('merge');
        return setProblem(t(m.noMergeTarget));
      }
    }
  };

  // One listener for the page's life, reading the latest state through a ref.
  const onKey = useRef<(event: KeyboardEvent) => void>(() => {});
  onKey.current = (event) => {
    if (event.key === 'Escape' && help) return setHelp(false);
    if (mode !== 'view' || busy) return;
    const action = reviewAction({ key: event.key, ctrlKey: event.ctrlKey, metaKey: event.metaKey, altKey: event.altKey, target: event.target as HTMLElement | null });
    if (!action) return;
    event.preventDefault();
    act(action);
  };
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey.current(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);

  const open = statuses.filter((s) => s === 'open').length;
  const passages = useMemo(() => current?.proposal.passages ?? [], [current]);
  return (
    <div className="review">
      <p className="review-counts" aria-label={t(m.reviewCounts)}>
        <FormattedMessage {...m.counts} values={{ open, decided: statuses.length - open, total: statuses.length, b: (chunks) => <strong>{chunks}</strong> }} />{' '}
        <button type="button" className="link" onClick={() => setHelp((shown) => !shown)} aria-expanded={help}>
          {t(m.keys)}
        </button>
      </p>
      {help && <KeyHelp onClose={() => setHelp(false)} />}
      {problem && (
        <p role="alert" className="error">
          {problem}
        </p>
      )}
      <p role="status" className="muted">
        {notice}
      </p>
      <div className="review-panes">
        {text.error ? (
          <p role="alert" className="error">
            {text.error}
          </p>
        ) : text.value ? (
          <DocumentText text={text.value} result={extraction.result} passages={passages} />
        ) : (
          <p className="loading">{t(m.loadingText)}</p>
        )}
        <ol className="candidates" aria-label={t(m.candidateIncidents)}>
          {extraction.review.map((review, index) => (
            <CandidateItem
              key={review.number}
              ref={(element) => {
                items.current[index] = element;
              }}
              caseId={caseId}
              review={review}
              all={extraction.review}
              current={index === selected}
              mode={index === selected ? mode : 'view'}
              busy={busy}
              canWrite={canWrite}
              vocabularies={vocabularies}
              onSelect={() => index !== selected && select(index)}
              onAction={act}
              onDecide={(decision) => void run(review.number, decision)}
              onCancel={() => {
                setMode('view');
                setFocusTick((t) => t + 1);
              }}
            />
          ))}
        </ol>
      </div>
    </div>
  );
}
