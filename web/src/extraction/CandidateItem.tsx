import type { Ref } from 'react';
import { useIntl } from 'react-intl';
import type { Message } from '../i18n/define-messages.js';
import { useT } from '../i18n/LanguageProvider.js';
import { listWords } from '../records/record-words.js';
import type { Vocabularies } from '../vocabularies.js';
import { ChoiceForm } from './ChoiceForm.js';
import { DecisionOutcome } from './DecisionOutcome.js';
import { EditForm } from './EditForm.js';
import type { Decision } from './extraction-api.js';
import { extractionMessages as m } from './extraction.messages.js';
import type { CandidateReview, CandidateStatus } from './extraction-types.js';
import { ProposalFacts } from './ProposalFacts.js';
import { RejectForm } from './RejectForm.js';
import type { ReviewAction } from './review-keys.js';

/** What the current candidate shows: its facts, or a form for a decision that needs more than a key. */
export type Mode = 'view' | 'edit' | 'reject' | 'corroborate' | 'merge';

const BUTTONS: { action: ReviewAction; label: Message; key: string }[] = [
  { action: 'accept', label: m.accept, key: 'a' },
  { action: 'edit', label: m.edit, key: 'e' },
  { action: 'corroborate', label: m.corroborate, key: 'c' },
  { action: 'merge', label: m.merge, key: 'm' },
  { action: 'reject', label: m.reject, key: 'r' },
];

/** A candidate's status as its badge says it. */
export const STATUS_WORDS: Record<CandidateStatus, Message> = {
  open: m.statusOpen,
  accepted: m.statusAccepted,
  corroborated: m.statusCorroborated,
  merged: m.statusMerged,
  rejected: m.statusRejected,
};

interface Props {
  ref?: Ref<HTMLLIElement>;
  caseId: string;
  review: CandidateReview;
  all: CandidateReview[];
  current: boolean;
  mode: Mode;
  busy: boolean;
  canWrite: boolean;
  vocabularies: Vocabularies | undefined;
  onSelect: () => void;
  onAction: (action: ReviewAction) => void;
  onDecide: (decision: Decision) => void;
  onCancel: () => void;
}

/** One candidate incident in the queue: the proposal, where in the text it stands, and its decision or the ways to decide. */
export function CandidateItem({ ref, caseId, review, all, current, mode, busy, canWrite, vocabularies, onSelect, onAction, onDecide, onCancel }: Props) {
  const t = useT();
  const intl = useIntl();
  const { number, status, proposal } = review;
  const titleId = `candidate-${number}-title`;
  const pages = [...new Set(proposal.passages.map((p) => p.page?.locator).filter((l): l is string => Boolean(l)))];
  // The server names a page "page 3"; another locator (a captured page's address) is shown as it is.
  const pageWords = (locator: string) => {
    const page = /^page (\d+)$/.exec(locator)?.[1];
    return page ? t(m.page, { page: intl.formatNumber(Number(page)) }) : locator;
  };
  const others = all.filter((r) => r.status === 'open' && r.number !== number);
  return (
    <li ref={ref} tabIndex={-1} aria-current={current ? 'true' : undefined} aria-labelledby={titleId} className={`candidate ${status}${current ? ' current' : ''}`} onClick={onSelect}>
      <h3 id={titleId} dir="auto">
        {intl.formatNumber(number + 1)}. {proposal.title}
      </h3>
      <p className="candidate-meta">
        <span className={`badge status-${status}`}>{STATUS_WORDS[status] ? t(STATUS_WORDS[status]) : status}</span>{' '}
        <span className="locator">{pages.length ? listWords(pages.map(pageWords)) : t(m.noPage)}</span>
      </p>
      <ProposalFacts caseId={caseId} proposal={proposal} vocabularies={vocabularies} />
      {status !== 'open' && <DecisionOutcome caseId={caseId} review={review} />}
      {current && status === 'open' && canWrite && mode === 'view' && (
        <div className="candidate-actions">
          {BUTTONS.map(({ action, label, key }) => (
            <button key={action} type="button" className="secondary" disabled={busy} onClick={() => onAction(action)} aria-keyshortcuts={key}>
              {t(label)} <kbd>{key}</kbd>
            </button>
          ))}
        </div>
      )}
      {current && mode === 'edit' && <EditForm proposal={proposal} vocabularies={vocabularies} busy={busy} onSubmit={(edits) => onDecide({ action: 'accept', edits })} onCancel={onCancel} />}
      {current && mode === 'reject' && <RejectForm busy={busy} onSubmit={(reason) => onDecide({ action: 'reject', reason })} onCancel={onCancel} />}
      {current && mode === 'corroborate' && (
        <ChoiceForm
          legend={t(m.corroborateWhich)}
          choices={proposal.matches.map((m) => ({ value: m.id, label: m.title }))}
          busy={busy}
          onSubmit={(incidentId) => onDecide({ action: 'corroborate', incidentId })}
          onCancel={onCancel}
        />
      )}
      {current && mode === 'merge' && (
        <ChoiceForm
          legend={t(m.mergeWhich)}
          choices={others.map((r) => ({ value: String(r.number), label: `${intl.formatNumber(r.number + 1)}. ${r.proposal.title}` }))}
          busy={busy}
          onSubmit={(into) => onDecide({ action: 'merge', into: Number(into) })}
          onCancel={onCancel}
        />
      )}
    </li>
  );
}
