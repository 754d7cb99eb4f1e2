import { useState } from 'react';
import { ApiError, errorText } from '../api.js';
import { go, href } from '../route.js';
import { useLoaded } from '../use-loaded.js';
import { itemExtractions, readItemText, startExtraction } from './extraction-api.js';

/** On an evidence item: read its text into candidate incidents, and the readings made of it before, with how many wait. */
export function ItemExtractions({ caseId, evidenceId, canWrite }: { caseId: string; evidenceId: string; canWrite: boolean }) {
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
    setReading('Reading the text (OCR of a scan takes a while)…');
    try {
      const read = await readItemText(caseId, evidenceId);
      setReading(read.status === 'indexed' ? `Text read: ${read.characters ?? 0} characters. Find incidents in it now.` : `No text read: ${read.reason ?? read.status}.`);
      if (read.status === 'indexed') {
        setNoText(false);
        setError(undefined);
      }
    } catch (caught) {
      setReading(errorText(caught));
    }
  };
  const { items = [], running = [] } = earlier.value ?? {};
  return (
    <section aria-labelledby="item-extractions-title" className="item-extractions">
      <h3 id="item-extractions-title">Incidents in this text</h3>
      {canWrite && (
        <button type="button" onClick={() => void start()} disabled={starting}>
          Find incidents in this text
        </button>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {noText && canWrite && (
        <button type="button" onClick={() => void readText()}>
          Read its text (OCR)
        </button>
      )}
      {reading && <p role="status">{reading}</p>}
      {earlier.error && <p className="muted">{earlier.error}</p>}
      {(items.length > 0 || running.length > 0) && (
        <ul aria-label="Extractions of this item">
          {running.map((job) => (
            <li key={job.id}>
              <a href={href({ page: 'extraction', caseId, id: job.id })}>Reading since {job.startedAt.replace('T', ' ').slice(0, 16)} UTC</a> <span className="muted">({job.state})</span>
            </li>
          ))}
          {items.map((extraction) => (
            <li key={extraction.id}>
              <a href={href({ page: 'extraction', caseId, id: extraction.id })}>Read {extraction.createdAt.replace('T', ' ').slice(0, 16)} UTC</a> by {extraction.createdBy}: {extraction.candidates} candidates,{' '}
              <strong>{extraction.open} open</strong>
            </li>
          ))}
        </ul>
      )}
      {earlier.value && items.length === 0 && running.length === 0 && <p className="muted">Not read yet.</p>}
    </section>
  );
}
