import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ApiError, errorText } from '../api.js';
import type { TextExtraction } from '../../../src/evidence/evidence-text.js';
import type { Message } from '../i18n/define-messages.js';
import { wordingText } from '../i18n/wording.js';
import { useT } from '../i18n/LanguageProvider.js';
import { momentOf } from '../records/record-dates.js';
import { go, href } from '../route.js';
import { useLoaded } from '../use-loaded.js';
import { itemExtractions, readItemText, startExtraction } from './extraction-api.js';
import { extractionMessages as m } from './extraction.messages.js';
import type { JobState } from './extraction-types.js';

const JOB_STATES: Record<JobState, Message> = { running: m.jobRunning, saving: m.jobSaving, done: m.jobDone, failed: m.jobFailed, cancelled: m.jobCancelled };

/** On an evidence item: read its text into candidate incidents, and the readings made of it before, with how many wait. */
export function ItemExtractions({ caseId, evidenceId, canWrite }: { caseId: string; evidenceId: string; canWrite: boolean }) {
  const t = useT();
  const intl = useIntl();
  const earlier = useLoaded(() => itemExtractions(caseId, evidenceId), [caseId, evidenceId]);
  const [error, setError] = useState<string | undefined>();
  const [starting, setStarting] = useState(false);
  // A scan or an image whose text is not read yet: reading it (OCR) is offered instead.
  const [noText, setNoText] = useState(false);
  const [reading, setReading] = useState<string | undefined>();
  const start = async () => {
    setStarting(true);
    setError(undefined);
    try {
      const job = await startExtraction(caseId, evidenceId);
      go({ page: 'extraction', caseId, id: job.id });
    } catch (caught) {
      setNoText(caught instanceof ApiError && caught.code === 'EVIDENCE_HAS_NO_TEXT');
      setError(errorText(caught));
      setStarting(false);
    }
  };
  const readText = async () => {
    setReading(t(m.readingText));
    try {
      const read = await readItemText(caseId, evidenceId);
      setReading(read.status === 'indexed' ? t(m.textRead, { characters: read.characters }) : t(m.noTextRead, { reason: whyNoText(read) }));
      if (read.status === 'indexed') {
        setNoText(false);
        setError(undefined);
      }
    } catch (caught) {
      setReading(errorText(caught));
    }
  };
  // A reading kept by a server that wrote no codes yet gives its English as it is.
  const whyNoText = (read: Exclude<TextExtraction, { status: 'indexed' }>) =>
    'reason' in read ? (read.reasonWording ? wordingText(read.reasonWording) : read.reason) : t(read.status === 'no-text' ? m.noTextInIt : m.noTextToRead);
  const { items = [], running = [] } = earlier.value ?? {};
  return (
    <section aria-labelledby="item-extractions-title" className="item-extractions">
      <h3 id="item-extractions-title">{t(m.incidentsInText)}</h3>
      {canWrite && (
        <button type="button" onClick={() => void start()} disabled={starting}>
          {t(m.findIncidents)}
        </button>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {noText && canWrite && (
        <button type="button" onClick={() => void readText()}>
          {t(m.readItsText)}
        </button>
      )}
      {reading && <p role="status">{reading}</p>}
      {earlier.error && <p className="muted">{earlier.error}</p>}
      {(items.length > 0 || running.length > 0) && (
        <ul aria-label={t(m.extractionsOfItem)}>
          {running.map((job) => (
            <li key={job.id}>
              <FormattedMessage
                {...m.readingSince}
                values={{
                  when: momentOf(intl, job.startedAt, false),
                  state: t(JOB_STATES[job.state]),
                  a: (chunks) => <a href={href({ page: 'extraction', caseId, id: job.id })}>{chunks}</a>,
                  m: (chunks) => <span className="muted">{chunks}</span>,
                }}
              />
            </li>
          ))}
          {items.map((extraction) => (
            <li key={extraction.id}>
              <FormattedMessage
                {...m.readBy}
                values={{
                  when: momentOf(intl, extraction.createdAt, false),
                  who: extraction.createdBy,
                  candidates: extraction.candidates,
                  open: extraction.open,
                  a: (chunks) => <a href={href({ page: 'extraction', caseId, id: extraction.id })}>{chunks}</a>,
                  b: (chunks) => <strong>{chunks}</strong>,
                }}
              />
            </li>
          ))}
        </ul>
      )}
      {earlier.value && items.length === 0 && running.length === 0 && <p className="muted">{t(m.notReadYet)}</p>}
    </section>
  );
}
