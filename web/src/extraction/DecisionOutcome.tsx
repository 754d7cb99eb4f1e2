import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { api } from '../api.js';
import type { Message } from '../i18n/define-messages.js';
import { useT } from '../i18n/LanguageProvider.js';
import { momentOf } from '../records/record-dates.js';
import { listWords } from '../records/record-words.js';
import { href } from '../route.js';
import { useLoaded } from '../use-loaded.js';
import { extractionMessages as m } from './extraction.messages.js';
import type { CandidateReview } from './extraction-types.js';

/** The proposal's fields a corroboration may leave unrecorded, as the server names them. */
const FIELD_WORDS: Record<string, Message> = {
  means: m.notRecordedMeans,
  targets: m.notRecordedTargets,
  killed: m.notRecordedKilled,
  injured: m.notRecordedInjured,
  displaced: m.notRecordedDisplaced,
  actor: m.notRecordedActor,
};

/** What a decision made: the incident recorded or corroborated (linked), the candidate merged into, or the reason. */
export function DecisionOutcome({ caseId, review }: { caseId: string; review: CandidateReview }) {
  const t = useT();
  const intl = useIntl();
  const by = review.decidedBy && (
    <span className="muted">
      {' '}
      {t(m.decidedBy, { who: review.decidedBy, when: review.decidedAt ? momentOf(intl, review.decidedAt, false) : '' })}
    </span>
  );
  const claims = review.records.filter((r) => r.kind === 'claim').length;
  switch (review.status) {
    case 'accepted': {
      const incident = review.records.find((r) => r.kind === 'incident');
      return (
        <p className="outcome">
          <FormattedMessage
            {...m.recordedAsNew}
            values={{ claims, a: (chunks: ReactNode[]) => (incident ? <a href={href({ page: 'incident', caseId, id: incident.id })}>{chunks}</a> : <>{chunks}</>) }}
          />
          {by}
        </p>
      );
    }
    case 'corroborated':
      return (
        <p className="outcome">
          <FormattedMessage
            {...m.claimsAdded}
            values={{ claims, i: (chunks: ReactNode[]) => <CorroboratedIncident caseId={caseId} claimId={review.records.find((r) => r.kind === 'claim')?.id}>{chunks}</CorroboratedIncident> }}
          />
          {by}
          {review.notRecorded.length > 0 && (
            <span className="not-recorded">
              {' '}
              {t(m.notRecorded, { fields: listWords(review.notRecorded.map((field) => (FIELD_WORDS[field] ? t(FIELD_WORDS[field]) : field))) })}
            </span>
          )}
        </p>
      );
    case 'merged':
      return (
        <p className="outcome">
          {t(m.mergedInto, { number: (review.mergedInto ?? 0) + 1 })}
          {by}
        </p>
      );
    case 'rejected':
      return (
        <p className="outcome">
          <FormattedMessage {...m.rejectedBecause} values={{ reason: review.reason, q: (chunks: ReactNode[]) => <q dir="auto">{chunks}</q> }} />
          {by}
        </p>
      );
    default:
      return null;
  }
}

/** A corroboration keeps only the claims it made: the first, on the incident's occurrence, names the incident. */
function CorroboratedIncident({ caseId, claimId, children }: { caseId: string; claimId: string | undefined; children: ReactNode }) {
  const { value } = useLoaded(
    () => (claimId ? api<{ subject: { kind: string; id: string } }>('GET', `/cases/${encodeURIComponent(caseId)}/claims/${encodeURIComponent(claimId)}`) : Promise.resolve(undefined)),
    [caseId, claimId],
  );
  const id = value?.subject.kind === 'incident' ? value.subject.id : undefined;
  return id ? <a href={href({ page: 'incident', caseId, id })}>{children}</a> : <>{children}</>;
}
