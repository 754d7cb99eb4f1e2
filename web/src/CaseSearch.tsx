import { useState, type FormEvent } from 'react';
import { api, ApiError, errorText } from './api.js';
import { href } from './route.js';

interface Hit {
  id: string;
  kind: string;
  title: string;
}

/** Text found in evidence: a captured or archived page, a PDF page, an image read by OCR. */
interface TextHit {
  evidenceId: string;
  originalName: string | null;
  origin: string;
  locator: string;
  snippet: string;
}

const ORIGIN_WORDS: Record<string, string> = { 'web-page': 'captured page', 'web-archive': 'archived page', pdf: 'PDF', ocr: 'image (OCR)', text: 'text document' };

/** Full text over the case's incidents, claims' excerpts and sources, and the text found in its evidence, in English or Arabic. */
export function CaseSearch({ caseId }: { caseId: string }) {
  const [hits, setHits] = useState<Hit[] | undefined>();
  const [byKind, setByKind] = useState<Record<string, number>>({});
  // A search in a very large case counts and ranks only its first matches found, and says so.
  const [bounds, setBounds] = useState<{ countsComplete?: boolean; rankedAmong?: number }>({});
  const [textHits, setTextHits] = useState<TextHit[]>([]);
  const [error, setError] = useState<string | undefined>();
  const search = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const q = String(new FormData(event.currentTarget).get('q') ?? '').trim();
    if (!q) return;
    try {
      const base = `/cases/${encodeURIComponent(caseId)}`;
      // Evidence text is for those who may read the case's evidence; the records' search stands without it.
      const [result, inEvidence] = await Promise.all([
        api<{ hits: Hit[]; byKind: Record<string, number>; countsComplete?: boolean; rankedAmong?: number }>('GET', `${base}/search?q=${encodeURIComponent(q)}&limit=20`),
        api<{ hits: TextHit[] }>('GET', `${base}/evidence/search?q=${encodeURIComponent(q)}&limit=20`).catch((caught: unknown) => {
          if (caught instanceof ApiError && (caught.status === 403 || caught.status === 404)) return { hits: [] };
          throw caught;
        }),
      ]);
      setHits(result.hits);
      setByKind(result.byKind);
      setBounds({ countsComplete: result.countsComplete, rankedAmong: result.rankedAmong });
      setTextHits(inEvidence.hits);
      setError(undefined);
    } catch (caught) {
      setError(errorText(caught));
    }
  };
  return (
    <section aria-labelledby="search-title">
      <h2 id="search-title">Search</h2>
      <form role="search" className="inline-search" onSubmit={(e) => void search(e)}>
        <label>
          Search this case
          <input name="q" type="search" dir="auto" placeholder="convoy, كلور, Erbin" />
        </label>
        <button type="submit">Search</button>
      </form>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {hits && (
        <div aria-live="polite">
          <p className="muted">
            {hits.length === 0 && textHits.length === 0
              ? 'Nothing found.'
              : [
                  ...Object.entries(byKind).map(([kind, n]) => `${bounds.countsComplete === false ? 'at least ' : ''}${n} ${kind.replaceAll('_', ' ')}`),
                  ...(textHits.length > 0 ? [`${textHits.length} in evidence`] : []),
                ].join(', ')}
          </p>
          {bounds.rankedAmong !== undefined && (
            <p className="muted">More records matched than are ranked: these are the best of the first {bounds.rankedAmong.toLocaleString()} found. Add words to rank them all.</p>
          )}
          <ul className="hits" aria-label="Search results">
            {hits.map((hit) => (
              <li key={hit.id}>
                <span className="kind">{hit.kind.replaceAll('_', ' ')}</span>{' '}
                {hit.kind === 'incident' ? (
                  <a href={href({ page: 'incident', caseId, id: hit.id })} dir="auto">
                    {hit.title}
                  </a>
                ) : (
                  <span dir="auto">{hit.title}</span>
                )}
              </li>
            ))}
          </ul>
          {textHits.length > 0 && (
            <ul className="hits" aria-label="Found in evidence">
              {textHits.map((hit) => (
                <li key={`${hit.evidenceId} ${hit.locator}`}>
                  <span className="kind">{ORIGIN_WORDS[hit.origin] ?? hit.origin}</span>{' '}
                  <a href={href({ page: 'evidence-item', caseId, id: hit.evidenceId })} dir="auto">
                    {hit.originalName ?? hit.evidenceId}
                  </a>{' '}
                  <span className="muted" dir="ltr">
                    {hit.locator}
                  </span>
                  <div className="snippet" dir="auto">
                    {hit.snippet}
                  </div>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
