import { useState } from 'react';
import { errorText } from '../api.js';
import { cancelExtraction } from './extraction-api.js';
import type { JobView } from './extraction-types.js';

const STATE_WORDS: Record<JobView['state'], string> = {
  running: 'Reading the text…',
  saving: 'Saving the candidates and logging the extraction…',
  done: 'Done.',
  failed: 'The reading failed',
  cancelled: 'Cancelled: nothing of this reading was kept.',
};

/** A reading under way: how much of the text is read, and a way to stop it. */
export function ExtractionProgress({ caseId, job, canCancel, onCancelled }: { caseId: string; job: JobView; canCancel: boolean; onCancelled: (job: JobView) => void }) {
  const [error, setError] = useState<string | undefined>();
  const percent = job.progress.total > 0 ? Math.floor((100 * job.progress.done) / job.progress.total) : 0;
  const underWay = job.state === 'running' || job.state === 'saving';
  const cancel = async () => {
    try {
      onCancelled((await cancelExtraction(caseId, job.id)).job);
    } catch (caught) {
      setError(errorText(caught));
    }
  };
  return (
    <section aria-label="Reading progress" className="card extraction-progress">
      <p role="status">
        {STATE_WORDS[job.state]}
        {job.state === 'failed' && job.error ? `: ${job.error}` : ''}
      </p>
      {underWay && (
        <>
          <progress max={100} value={percent} aria-label="Text read">
            {percent}%
          </progress>
          <p className="muted">
            {percent}% — {job.progress.done.toLocaleString('en-GB')} of {job.progress.total.toLocaleString('en-GB')} characters
          </p>
          {canCancel && job.state === 'running' && (
            <button type="button" className="secondary" onClick={() => void cancel()}>
              Cancel
            </button>
          )}
        </>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </section>
  );
}
