import { useEffect, useState } from 'react';
import { api, type CaseInfo, type IncidentRow, type Summary } from './api.js';
import { CaseSearch } from './CaseSearch.js';
import { EvidencePanel } from './EvidencePanel.js';
import { NewIncident } from './NewIncident.js';

const words = (term: string) => term.replaceAll('_', ' ');

/** Counts by type, grade and party, the victim totals with their bounds, and the incidents by date. */
export function CaseOverview({ caseId, role }: { caseId: string; role: string | undefined }) {
  const [info, setInfo] = useState<CaseInfo | undefined>();
  const [summary, setSummary] = useState<Summary | undefined>();
  const [incidents, setIncidents] = useState<IncidentRow[] | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const id = encodeURIComponent(caseId);
    Promise.all([
      api<CaseInfo>('GET', `/cases/${id}`),
      api<Summary>('GET', `/cases/${id}/summary`),
      api<{ items: IncidentRow[] }>('GET', `/cases/${id}/incidents?limit=50`),
    ]).then(
      ([c, s, i]) => {
        setInfo(c);
        setSummary(s);
        setIncidents(i.items);
      },
      (e: Error) => setError(e.message),
    );
  }, [caseId, version]);
  if (error) return <p role="alert" className="error">{error}</p>;
  if (!info || !summary || !incidents) return <p className="loading">Loading…</p>;
  return (
    <article aria-labelledby="case-title">
      <h1 id="case-title">{info.title}</h1>
      {info.description && <p className="lead">{info.description}</p>}
      <div className="grid">
        <Counts title="Incidents by type" counts={summary.byType} />
        <Counts title="By grade" counts={summary.byGrade} />
        <Counts title="By party" counts={Object.fromEntries(Object.values(summary.byActor).map((a) => [a.name, a.incidents]))} />
        <section className="card" aria-labelledby="victims-title">
          <h2 id="victims-title">Victims</h2>
          <dl className="counts">
            {Object.entries(summary.victims).map(([figure, total]) => (
              <div key={figure}>
                <dt>{figure}</dt>
                <dd>{total.text}</dd>
              </div>
            ))}
          </dl>
        </section>
      </div>
      <CaseSearch caseId={caseId} />
      <EvidencePanel caseId={caseId} canAdd={role === 'owner' || role === 'investigator'} />
      <NewIncident caseId={caseId} onSaved={() => setVersion((v) => v + 1)} />
      <section aria-labelledby="incidents-title">
        <h2 id="incidents-title">
          Incidents <span className="muted">({summary.incidents})</span>
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
                <td>{incident.date?.asReported ?? incident.date?.edtf ?? 'undated'}</td>
                <td dir="auto">{incident.title}</td>
                <td>{incident.types.map(words).join(', ')}</td>
                <td>{words(incident.grade)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </article>
  );
}

function Counts({ title, counts }: { title: string; counts: Record<string, number> }) {
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
              <dt dir="auto">{words(key)}</dt>
              <dd>{n}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
