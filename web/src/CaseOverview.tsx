import { lazy, Suspense, useEffect, useState } from 'react';
import { api, type CaseInfo, type IncidentRow, type Summary } from './api.js';
import { CaseSearch } from './CaseSearch.js';
import { dateText } from './incidents/values.js';
import { href } from './route.js';
import { termLabel, useVocabularies } from './vocabularies.js';

const TimelineStrip = lazy(() => import('./timeline/TimelineStrip.js').then((m) => ({ default: m.TimelineStrip })));
const OverviewMap = lazy(() => import('./map/OverviewMap.js').then((m) => ({ default: m.OverviewMap })));

/** Counts by type, grade and party, the victim totals with their bounds, the tempo of incidents, where they were, and search. */
export function CaseOverview({ info }: { info: CaseInfo }) {
  const caseId = info.id;
  const vocabularies = useVocabularies();
  const [summary, setSummary] = useState<Summary | undefined>();
  const [incidents, setIncidents] = useState<IncidentRow[] | undefined>();
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    const id = encodeURIComponent(caseId);
    Promise.all([api<Summary>('GET', `/cases/${id}/summary`), api<{ items: IncidentRow[] }>('GET', `/cases/${id}/incidents?limit=10&sort=-date`)]).then(
      ([s, i]) => {
        setSummary(s);
        setIncidents(i.items);
      },
      (e: Error) => setError(e.message),
    );
  }, [caseId]);
  if (error) return <p role="alert" className="error">{error}</p>;
  if (!summary || !incidents) return <p className="loading">Loading…</p>;
  return (
    <>
      {info.description && (
        <p className="lead" dir="auto">
          {info.description}
        </p>
      )}
      <div className="grid">
        <Counts title="Incidents by type" counts={summary.byType} label={(id) => termLabel(vocabularies, 'incident_types', id)} />
        <Counts title="By grade" counts={summary.byGrade} label={(id) => termLabel(vocabularies, 'verification_grades', id)} />
        <Counts title="By party" counts={Object.fromEntries(Object.values(summary.byActor).map((a) => [a.name, a.incidents]))} label={(name) => name} />
        <section className="card" aria-labelledby="victims-title">
          <h2 id="victims-title">Victims</h2>
          <dl className="counts">
            {Object.entries(summary.victims).map(([figure, total]) => (
              <div key={figure}>
                <dt className="capitalise">{figure}</dt>
                <dd>{total.text}</dd>
              </div>
            ))}
          </dl>
        </section>
      </div>
      <div className="overview-pictures">
        <Suspense fallback={<p className="loading">Loading the timeline…</p>}>
          <TimelineStrip caseId={caseId} />
        </Suspense>
        <Suspense fallback={<p className="loading">Loading the map…</p>}>
          <OverviewMap caseId={caseId} />
        </Suspense>
      </div>
      <CaseSearch caseId={caseId} />
      <section aria-labelledby="incidents-title">
        <h2 id="incidents-title">
          Latest incidents <span className="muted">({summary.incidents} in all)</span>
        </h2>
        <table aria-label="Incidents">
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">What</th>
              <th scope="col">Type</th>
              <th scope="col">Grade</th>
            </tr>
          </thead>
          <tbody>
            {incidents.map((incident) => (
              <tr key={incident.id}>
                <td>{dateText(incident.date)}</td>
                <td dir="auto">
                  <a href={href({ page: 'incident', caseId, id: incident.id })}>{incident.title}</a>
                </td>
                <td>{incident.types.map((t) => termLabel(vocabularies, 'incident_types', t)).join(', ')}</td>
                <td>{termLabel(vocabularies, 'verification_grades', incident.grade)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>
          <a href={href({ page: 'incidents', caseId })}>All incidents, with filters</a>
        </p>
      </section>
    </>
  );
}

function Counts({ title, counts, label }: { title: string; counts: Record<string, number>; label: (key: string) => string }) {
  const entries = Object.entries(counts).sort((a, b) => b[1] - a[1]);
  return (
    <section className="card" aria-label={title}>
      <h2>{title}</h2>
      {entries.length === 0 ? (
        <p className="muted">None yet</p>
      ) : (
        <dl className="counts">
          {entries.map(([key, n]) => (
            <div key={key}>
              <dt dir="auto">{label(key)}</dt>
              <dd>{n}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
