import { useState } from 'react';
import { useIntl } from 'react-intl';
import { errorText } from '../api.js';
import type { Message } from '../i18n/define-messages.js';
import { useT } from '../i18n/LanguageProvider.js';
import { cancelExtraction } from './extraction-api.js';
import { extractionMessages as m } from './extraction.messages.js';
import type { JobView } from './extraction-types.js';

const STATE_WORDS: Record<JobView['state'], Message> = {
  running: m.stateRunning,
  saving: m.stateSaving,
  done: m.stateDone,
  failed: m.stateFailed,
  cancelled: m.stateCancelled,
};

/** A reading under way: how much of the text is read, and a way to stop it. */
export function ExtractionProgress({ caseId, job, canCancel, onCancelled }: { caseId: string; job: JobView; canCancel: boolean; onCancelled: (job: JobView) => void }) {
  const t = useT();
  const intl = useIntl();
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
    <section aria-label={t(m.readingProgress)} className="card extraction-progress">
      <p role="status">{job.state === 'failed' && job.error ? t(m.stateFailedWith, { error: job.error }) : t(STATE_WORDS[job.state])}</p>
      {underWay && (
        <>
          <progress max={100} value={percent} aria-label={t(m.textReadBar)}>
            {intl.formatNumber(percent / 100, { style: 'percent' })}
          </progress>
          <p className="muted">{t(m.progress, { ratio: percent / 100, done: job.progress.done, total: job.progress.total })}</p>
          {canCancel && job.state === 'running' && (
            <button type="button" className="secondary" onClick={() => void cancel()}>
              {t(m.cancel)}
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
