import { useEffect, useRef, useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { api, type Summary, errorText } from '../api.js';
import { appMessages } from '../app.messages.js';
import { type ChoiceFilter, filterQuery, isFiltered, type IncidentFilters } from '../filters.js';
import { useT } from '../i18n/LanguageProvider.js';
import { type FacetChoice, FACETS, shownChoices, withChoice } from './facets.js';
import { incidentMessages as m } from './incidents.messages.js';
import { NewIncident } from './NewIncident.js';
import { href } from '../route.js';
import { useLoaded } from '../use-loaded.js';
import { termLabel, useVocabularies } from '../vocabularies.js';
import { dateText, listText, placeText, type DateView, type PlaceView } from './values.js';
import { BulkActions } from '../workflow/BulkActions.js';
import { WORKFLOW_STATUSES, WORKING_ROLES } from '../workflow/moves.js';
import { workflowMessages as wm } from '../workflow/workflow.messages.js';

export interface IncidentListRow {
  id: string;
  title: string;
  types: string[];
  grade: string;
  date?: DateView;
  place?: PlaceView;
  /** Where it stands in the team's work (given in lists). */
  workflowStatus?: string;
  workflowAssignees?: string[];
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
export function IncidentList({
  caseId,
  canWrite,
  role,
  filters,
  onFiltersChange,
}: {
  caseId: string;
  canWrite: boolean;
  role?: string | undefined;
  filters: IncidentFilters;
  onFiltersChange: (next: IncidentFilters) => void;
}) {
  const t = useT();
  const intl = useIntl();
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
  // A selection is of what the filters showed: other filters, another selection.
  const [selectedIds, setSelectedIds] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => setSelectedIds(new Set()), [caseId, filterKey]);
  const canWork = WORKING_ROLES.includes(role ?? '');
  const selectable = canWork || canWrite;

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
  const selectedRows = rows?.filter((row) => selectedIds.has(row.id)) ?? [];
  const allSelected = rows !== undefined && rows.length > 0 && selectedRows.length === rows.length;
  const select = (ids: string[], on: boolean) =>
    setSelectedIds((current) => {
      const next = new Set(current);
      for (const id of ids) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });
  const applyWords = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (name: string) => String(data.get(name) ?? '').trim() || undefined;
    onFiltersChange({ ...filters, q: text('q'), from: text('from'), to: text('to') });
  };

  return (
    <div className="with-facets">
      <aside aria-label={t(m.filterIncidents)} className="facets">
        <form onSubmit={applyWords} key={`${filters.q}|${filters.from}|${filters.to}`}>
          <label>
            {t(m.words)}
            <input name="q" type="search" defaultValue={filters.q ?? ''} dir="auto" />
          </label>
          <label>
            {t(m.from)}
            <input name="from" defaultValue={filters.from ?? ''} placeholder={t(m.fromExample)} />
          </label>
          <label>
            {t(m.to)}
            <input name="to" defaultValue={filters.to ?? ''} placeholder="2016-12" />
          </label>
          <button type="submit">{t(m.apply)}</button>
        </form>
        {(filters.pcode || filters.bbox) && (
          <ul className="chips" aria-label={t(m.placeFilters)}>
            {filters.pcode && (
              <li>
                {t(m.area, { pcode: filters.pcode })}{' '}
                <button type="button" className="link" onClick={() => onFiltersChange({ ...filters, pcode: undefined })}>
                  {t(m.removeArea)}
                </button>
              </li>
            )}
            {filters.bbox && (
              <li>
                {t(m.mapView)}{' '}
                <button type="button" className="link" onClick={() => onFiltersChange({ ...filters, bbox: undefined })}>
                  {t(m.removeMapView)}
                </button>
              </li>
            )}
          </ul>
        )}
        {FACETS.map((facet) => (
          <fieldset key={facet.key}>
            <legend>{t(facet.legend)}</legend>
            {shownChoices(facets.value?.[facet.key] ?? [], filters[facet.key]).map((choice) => (
              <label key={choice.id} className="check">
                <input type="checkbox" checked={filters[facet.key]?.includes(choice.id) ?? false} onChange={(e) => onFiltersChange(withChoice(filters, facet.key, choice.id, e.target.checked))} />
                <span dir="auto">{choice.label ?? (facet.vocabulary ? termLabel(vocabularies, facet.vocabulary, choice.id) : choice.id)}</span> <span className="muted">{intl.formatNumber(choice.count)}</span>
              </label>
            ))}
          </fieldset>
        ))}
        <fieldset>
          <legend>{t(wm.workflowStatus)}</legend>
          {WORKFLOW_STATUSES.map((status) => (
            <label key={status} className="check">
              <input
                type="checkbox"
                checked={filters.workflow?.includes(status) ?? false}
                onChange={(e) => {
                  const others = (filters.workflow ?? []).filter((one) => one !== status);
                  onFiltersChange({ ...filters, workflow: e.target.checked ? [...others, status] : others });
                }}
              />
              <span>{termLabel(vocabularies, 'workflow_statuses', status)}</span>
            </label>
          ))}
        </fieldset>
        {isFiltered(filters) && (
          <button type="button" className="secondary" onClick={() => onFiltersChange({})}>
            {t(m.clearFilters)}
          </button>
        )}
      </aside>
      <section aria-labelledby="incident-list-title">
        <h2 id="incident-list-title">
          {rows ? <FormattedMessage {...(next ? m.listCountMore : m.listCount)} values={{ count: rows.length, m: (chunks) => <span className="muted">{chunks}</span> }} /> : t(m.incidents)}
        </h2>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        {selectable && <BulkActions caseId={caseId} selected={selectedRows} canWork={canWork} canTag={canWrite} onChanged={() => setVersion((v) => v + 1)} />}
        {rows === undefined ? (
          <p className="loading">{t(appMessages.loading)}</p>
        ) : rows.length === 0 ? (
          <p>{t(m.noMatch)}</p>
        ) : (
          <table aria-label={t(m.incidents)}>
            <thead>
              <tr>
                {selectable && (
                  <th scope="col">
                    <input type="checkbox" aria-label={t(wm.selectAll)} checked={allSelected} onChange={(e) => select(rows.map((row) => row.id), e.target.checked)} />
                  </th>
                )}
                <th scope="col">{t(m.when)}</th>
                <th scope="col">{t(m.what)}</th>
                <th scope="col">{t(m.where)}</th>
                <th scope="col">{t(m.type)}</th>
                <th scope="col">{t(m.grade)}</th>
                <th scope="col">{t(wm.workflowStatus)}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  {selectable && (
                    <td>
                      <input type="checkbox" aria-label={t(wm.selectIncident, { title: row.title })} checked={selectedIds.has(row.id)} onChange={(e) => select([row.id], e.target.checked)} />
                    </td>
                  )}
                  <td>{dateText(row.date)}</td>
                  <td dir="auto">
                    <a href={href({ page: 'incident', caseId, id: row.id })}>{row.title}</a>
                  </td>
                  <td dir="auto">{placeText(row.place, vocabularies)}</td>
                  <td>{listText(row.types.map((type) => termLabel(vocabularies, 'incident_types', type)))}</td>
                  <td>{termLabel(vocabularies, 'verification_grades', row.grade)}</td>
                  <td>{row.workflowStatus ? <span className={`workflow-badge status-${row.workflowStatus}`}>{termLabel(vocabularies, 'workflow_statuses', row.workflowStatus)}</span> : null}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {next && (
          <button type="button" className="secondary" disabled={more.loading} onClick={() => void loadMore()}>
            {t(m.moreIncidents)}
          </button>
        )}
        <NewIncident caseId={caseId} canWrite={canWrite} onSaved={() => setVersion((v) => v + 1)} />
      </section>
    </div>
  );
}
