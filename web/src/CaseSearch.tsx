import { useState, type FormEvent } from 'react';
import { api, errorText } from './api.js';
import { href } from './route.js';

interface Hit {
  id: string;
  kind: string;
  title: string;
}

/** Full text over the case's incidents, claims' excerpts and sources, in English or Arabic. */
export function CaseSearch({ caseId }: { caseId: string }) {
  const [hits, setHits] = useState<Hit[] | undefined>();
  const [byKind, setByKind] = useState<Record<string, number>>({});
  const [error, setError] = useState<string | undefined>();
  const search = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const q = String(new FormData(event.currentTarget).get('q') ?? '').trim();
    if (!q) return;
    try {
      const result = await api<{ hits: Hit[]; byKind: Record<string, number> }>('GET', `/cases/${encodeURIComponent(caseId)}/search?q=${encodeURIComponent(q)}&limit=20`);
      setHits(result.hits);
      setByKind(result.byKind);
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
            {hits.length === 0 ? 'Nothing found.' : Object.entries(byKind).map(([kind, n]) => `${n} ${kind.replaceAll('_', ' ')}`).join(', ')}
          </p>
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
        </div>
      )}
    </section>
  );
}
