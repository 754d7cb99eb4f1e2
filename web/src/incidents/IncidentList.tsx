import { useEffect, useRef, useState, type FormEvent } from 'react';
import { api, type Summary, errorText } from '../api.js';
import { type ChoiceFilter, filterQuery, isFiltered, type IncidentFilters } from '../filters.js';
import { type FacetChoice, FACETS, shownChoices, withChoice } from './facets.js';
import { NewIncident } from './NewIncident.js';
import { href } from '../route.js';
import { useLoaded } from '../use-loaded.js';
import { termLabel, useVocabularies } from '../vocabularies.js';
import { dateText, placeText, type DateView, type PlaceView } from './values.js';

export interface IncidentListRow {
  id: string;
  title: string;
  types: string[];
  grade: string;
  date?: DateView;
  place?: PlaceView;
}

async function incidentPage(base: string, filters: IncidentFilters, cursor?: string) {
  const query = filterQuery(filters);
  query.set('limit', '100');
  if (cursor) query.set('cursor', cursor);
  return api<{ items: IncidentListRow[]; nextCursor?: string }>('GET', `${base}/incidents?${query}`);
}

/**
 * Incidents narrowed by facets (type, means, target, grade, party, with counts that say what each choice would leave), words and
 * dates; the same filters drive the map and the timeline.
 */
export function IncidentList({ caseId, canWrite, filters, onFiltersChange }: { caseId: string; canWrite: boolean; filters: IncidentFilters; onFiltersChange: (next: IncidentFilters) => void }) {
  const vocabularies = useVocabularies();
  const [version, setVersion] = useState(0);
  const [more, setMore] = useState<{ rows: IncidentListRow[]; next?: string; loading: boolean; error?: string }>({ rows: [], loading: false });
  const base = `/cases/${encodeURIComponent(caseId)}`;
  const filterKey = filterQuery(filters).toString();
  const filterKeyRef = useRef(filterKey);
  filterKeyRef.current = filterKey;

  const firstPage = useLoaded(() => incidentPage(base, filters), [caseId, filterKey, version]);
  // Each facet counts under every filter but its own, so its choices show what picking them would give.
  const facets = useLoaded(async (): Promise<Partial<Record<ChoiceFilter, FacetChoice[]>>> => {
    const counted = await Promise.all(
      FACETS.map(async (facet) => {
        const summary = await api<Summary>('GET', `${base}/summary?${filterQuery({ ...filters, [facet.key]: undefined })}`);
        return [facet.key, facet.counted(summary)] as const;
      }),
    );
    return Object.fromEntries(counted);
  }, [caseId, filterKey, version]);
  useEffect(() => setMore({ rows: [], loading: false }), [caseId, filterKey, version]);

  const rows = firstPage.value && [...firstPage.value.items, ...more.rows];
  const next = more.rows.length ? more.next : firstPage.value?.nextCursor;
  const loadMore = async () => {
    if (more.loading || !next) return;
    const forKey = filterKey;
    setMore((m) => ({ ...m, loading: true }));
    try {
      const page = await incidentPage(base, filters, next);
      // Dropped if the filters changed while it was on its way.
      setMore((m) => (forKey !== filterKeyRef.current ? m : { rows: [...m.rows, ...page.items], ...(page.nextCursor ? { next: page.nextCursor } : {}), loading: false }));
    } catch (caught) {
      setMore((m) => ({ ...m, loading: false, error: errorText(caught) }));
    }
  };
  const error = firstPage.error ?? more.error;
  const applyWords = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (name: string) => String(data.get(name) ?? '').trim() || undefined;
    onFiltersChange({ ...filters, q: text('q'), from: text('from'), to: text('to') });
  };

  return (
    <div className="with-facets">
      <aside aria-label="Filter incidents" className="facets">
        <form onSubmit={applyWords} key={`${filters.q}|${filters.from}|${filters.to}`}>
          <label>
            Words
            <input name="q" type="search" defaultValue={filters.q ?? ''} dir="auto" />
          </label>
          <label>
            From
            <input name="from" defaultValue={filters.from ?? ''} placeholder="2016-07 or mid-July 2016" />
          </label>
          <label>
            To
            <input name="to" defaultValue={filters.to ?? ''} placeholder="2016-12" />
          </label>
          <button type="submit">Apply</button>
        </form>
        {(filters.pcode || filters.bbox) && (
          <ul className="chips" aria-label="Place filters">
            {filters.pcode && (
              <li>
                Area {filters.pcode}{' '}
                <button type="button" className="link" onClick={() => onFiltersChange({ ...filters, pcode: undefined })}>
                  Remove area filter
                </button>
              </li>
            )}
            {filters.bbox && (
              <li>
                Map view{' '}
                <button type="button" className="link" onClick={() => onFiltersChange({ ...filters, bbox: undefined })}>
                  Remove map-view filter
                </button>
              </li>
            )}
          </ul>
        )}
        {FACETS.map((facet) => (
          <fieldset key={facet.key}>
            <legend>{facet.legend}</legend>
            {shownChoices(facets.value?.[facet.key] ?? [], filters[facet.key]).map((choice) => (
              <label key={choice.id} className="check">
                <input type="checkbox" checked={filters[facet.key]?.includes(choice.id) ?? false} onChange={(e) => onFiltersChange(withChoice(filters, facet.key, choice.id, e.target.checked))} />
                <span dir="auto">{choice.label ?? (facet.vocabulary ? termLabel(vocabularies, facet.vocabulary, choice.id) : choice.id)}</span> <span className="muted">{choice.count}</span>
              </label>
            ))}
          </fieldset>
        ))}
        {isFiltered(filters) && (
          <button type="button" className="secondary" onClick={() => onFiltersChange({})}>
            Clear all filters
          </button>
        )}
      </aside>
      <section aria-labelledby="incident-list-title">
        <h2 id="incident-list-title">
          Incidents {rows && <span className="muted">({rows.length}{next ? '+' : ''})</span>}
        </h2>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        {rows === undefined ? (
          <p className="loading">Loading…</p>
        ) : rows.length === 0 ? (
          <p>No incident matches these filters.</p>
        ) : (
          <table aria-label="Incidents">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">What</th>
                <th scope="col">Where</th>
                <th scope="col">Type</th>
                <th scope="col">Grade</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <td>{dateText(row.date)}</td>
                  <td dir="auto">
                    <a href={href({ page: 'incident', caseId, id: row.id })}>{row.title}</a>
                  </td>
                  <td dir="auto">{placeText(row.place)}</td>
                  <td>{row.types.map((t) => termLabel(vocabularies, 'incident_types', t)).join(', ')}</td>
                  <td>{termLabel(vocabularies, 'verification_grades', row.grade)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {next && (
          <button type="button" className="secondary" disabled={more.loading} onClick={() => void loadMore()}>
            More incidents
          </button>
        )}
        <NewIncident caseId={caseId} canWrite={canWrite} onSaved={() => setVersion((v) => v + 1)} />
      </section>
    </div>
  );
}
