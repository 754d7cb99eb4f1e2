import { api } from '../api.js';
import { href } from '../route.js';
import { useLoaded } from '../use-loaded.js';
import type { CandidateReview } from './extraction-types.js';

/** What a decision made: the incident recorded or corroborated (linked), the candidate merged into, or the reason. */
export function DecisionOutcome({ caseId, review }: { caseId: string; review: CandidateReview }) {
  const by = review.decidedBy && (
    <span className="muted">
      {' '}
      — {review.decidedBy}, {review.decidedAt?.replace('T', ' ').slice(0, 16)} UTC
    </span>
  );
  const claims = review.records.filter((r) => r.kind === 'claim').length;
  switch (review.status) {
    case 'accepted': {
      const incident = review.records.find((r) => r.kind === 'incident');
      return (
        <p className="outcome">
          Recorded as {incident ? <a href={href({ page: 'incident', caseId, id: incident.id })}>a new incident</a> : 'a new incident'}, with {claims} claims quoting the text.
          {by}
        </p>
      );
    }
    case 'corroborated':
      return (
        <p className="outcome">
          {claims} claims added to <CorroboratedIncident caseId={caseId} claimId={review.records.find((r) => r.kind === 'claim')?.id} />.{by}
          {review.notRecorded.length > 0 && (
            <span className="not-recorded"> Not recorded, the incident having no single act, victim group or matching involvement to say it of: {review.notRecorded.join(', ')}.</span>
          )}
        </p>
      );
    case 'merged':
      return (
        <p className="outcome">
          Merged into candidate {(review.mergedInto ?? 0) + 1}.{by}
        </p>
      );
    case 'rejected':
      return (
        <p className="outcome">
          Rejected: <q dir="auto">{review.reason}</q>
          {by}
        </p>
      );
    default:
      return null;
  }
}

/** A corroboration keeps only the claims it made: the first, on the incident's occurrence, names the incident. */
function CorroboratedIncident({ caseId, claimId }: { caseId: string; claimId: string | undefined }) {
  const { value } = useLoaded(
    () => (claimId ? api<{ subject: { kind: string; id: string } }>('GET', `/cases/${encodeURIComponent(caseId)}/claims/${encodeURIComponent(claimId)}`) : Promise.resolve(undefined)),
    [caseId, claimId],
  );
  const id = value?.subject.kind === 'incident' ? value.subject.id : undefined;
  return id ? <a href={href({ page: 'incident', caseId, id })}>the incident</a> : <>the incident</>;
}
