import { useEffect, useRef, useState } from 'react';
import { errorText } from '../api.js';
import { useT } from '../i18n/LanguageProvider.js';
import { href } from '../route.js';
import { loadExtraction } from './extraction-api.js';
import { extractionMessages as m } from './extraction.messages.js';
import type { JobView, StoredExtraction } from './extraction-types.js';
import { ExtractionProgress } from './ExtractionProgress.js';
import { ReviewQueue } from './ReviewQueue.js';
import './extraction.css';

/** How often a reading still running is asked after: often enough that the bar moves, seldom enough not to load the server. */
const POLL_MS = 500;

/** One extraction: its progress while it is read, then its review queue. */
export function ExtractionPage({ caseId, extractionId, canWrite }: { caseId: string; extractionId: string; canWrite: boolean }) {
  const t = useT();
  const [job, setJob] = useState<JobView | undefined>();
  const [extraction, setExtraction] = useState<StoredExtraction | undefined>();
  const [error, setError] = useState<string | undefined>();
  // Set once cancelled here: an answer already on its way must not show the reading running again.
  const stopped = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    let current = true;
    const poll = async () => {
      try {
        const answer = await loadExtraction(caseId, extractionId);
        if (!current || stopped.current) return;
        if ('job' in answer) {
          setJob(answer.job);
          if (answer.job.state === 'running' || answer.job.state === 'saving') timer.current = setTimeout(() => void poll(), POLL_MS);
        } else {
          setExtraction(answer);
        }
      } catch (caught) {
        if (current) setError(errorText(caught));
      }
    };
    void poll();
    return () => {
      current = false;
      clearTimeout(timer.current);
    };
  }, [caseId, extractionId]);

  const back = extraction ?? job;
  return (
    <article aria-labelledby="extraction-title" className="extraction">
      {back && (
        <p>
          <a href={href({ page: 'evidence-item', caseId, id: back.evidenceId })}>{t(m.backToItem)}</a>
        </p>
      )}
      <h2 id="extraction-title">{t(m.incidentsFound)}</h2>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {extraction ? (
        <ReviewQueue caseId={caseId} initial={extraction} canWrite={canWrite} />
      ) : job ? (
        <ExtractionProgress caseId={caseId} job={job} canCancel={canWrite} onCancelled={(cancelled) => {
            stopped.current = true;
            clearTimeout(timer.current);
            setJob(cancelled);
          }}
        />
      ) : (
        !error && <p className="loading">{t(m.loading)}</p>
      )}
    </article>
  );
}
