import type { Ref } from 'react';
import type { Vocabularies } from '../vocabularies.js';
import { ChoiceForm } from './ChoiceForm.js';
import { DecisionOutcome } from './DecisionOutcome.js';
import { EditForm } from './EditForm.js';
import type { Decision } from './extraction-api.js';
import type { CandidateReview } from './extraction-types.js';
import { ProposalFacts } from './ProposalFacts.js';
import { RejectForm } from './RejectForm.js';
import type { ReviewAction } from './review-keys.js';

/** What the current candidate shows: its facts, or a form for a decision that needs more than a key. */
export type Mode = 'view' | 'edit' | 'reject' | 'corroborate' | 'merge';

const BUTTONS: { action: ReviewAction; label: string; key: string }[] = [
  { action: 'accept', label: 'Accept', key: 'a' },
  { action: 'edit', label: 'Edit', key: 'e' },
  { action: 'corroborate', label: 'Corroborate', key: 'c' },
  { action: 'merge', label: 'Merge', key: 'm' },
  { action: 'reject', label: 'Reject', key: 'r' },
];

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
  const { number, status, proposal } = review;
  const titleId = `candidate-${number}-title`;
  const pages = [...new Set(proposal.passages.map((p) => p.page?.locator).filter(Boolean))];
  const others = all.filter((r) => r.status === 'open' && r.number !== number);
  return (
    <li ref={ref} tabIndex={-1} aria-current={current ? 'true' : undefined} aria-labelledby={titleId} className={`candidate ${status}${current ? ' current' : ''}`} onClick={onSelect}>
      <h3 id={titleId} dir="auto">
        {number + 1}. {proposal.title}
      </h3>
      <p className="candidate-meta">
        <span className={`badge status-${status}`}>{status}</span> <span className="locator">{pages.length ? pages.join(', ') : 'no page'}</span>
      </p>
      <ProposalFacts caseId={caseId} proposal={proposal} vocabularies={vocabularies} />
      {status !== 'open' && <DecisionOutcome caseId={caseId} review={review} />}
      {current && status === 'open' && canWrite && mode === 'view' && (
        <div className="candidate-actions">
          {BUTTONS.map(({ action, label, key }) => (
            <button key={action} type="button" className="secondary" disabled={busy} onClick={() => onAction(action)} aria-keyshortcuts={key}>
              {label} <kbd>{key}</kbd>
            </button>
          ))}
        </div>
      )}
      {current && mode === 'edit' && <EditForm proposal={proposal} vocabularies={vocabularies} busy={busy} onSubmit={(edits) => onDecide({ action: 'accept', edits })} onCancel={onCancel} />}
      {current && mode === 'reject' && <RejectForm busy={busy} onSubmit={(reason) => onDecide({ action: 'reject', reason })} onCancel={onCancel} />}
      {current && mode === 'corroborate' && (
        <ChoiceForm
          legend="Corroborate which incident?"
          choices={proposal.matches.map((m) => ({ value: m.id, label: m.title }))}
          busy={busy}
          onSubmit={(incidentId) => onDecide({ action: 'corroborate', incidentId })}
          onCancel={onCancel}
        />
      )}
      {current && mode === 'merge' && (
        <ChoiceForm
          legend="Merge into which candidate?"
          choices={others.map((r) => ({ value: String(r.number), label: `${r.number + 1}. ${r.proposal.title}` }))}
          busy={busy}
          onSubmit={(into) => onDecide({ action: 'merge', into: Number(into) })}
          onCancel={onCancel}
        />
      )}
    </li>
  );
}
