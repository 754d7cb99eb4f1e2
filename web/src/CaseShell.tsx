import { lazy, Suspense, useEffect, useState } from 'react';
import { api, type CaseInfo } from './api.js';
import { CaseOverview } from './CaseOverview.js';
import { EvidenceItemPage } from './evidence/EvidenceItemPage.js';
import { EvidencePanel } from './evidence/EvidencePanel.js';
import type { IncidentFilters } from './filters.js';
import { IncidentList } from './incidents/IncidentList.js';
import { IncidentPage } from './incidents/IncidentPage.js';
import { go, href, type CasePage } from './route.js';

// The map and the charts are heavy: each loads when its page is first opened.
const MapPage = lazy(() => import('./map/MapPage.js').then((m) => ({ default: m.MapPage })));
const TimelinePage = lazy(() => import('./timeline/TimelinePage.js').then((m) => ({ default: m.TimelinePage })));
const LedgerPage = lazy(() => import('./ledger/LedgerPage.js').then((m) => ({ default: m.LedgerPage })));

const SECTIONS: { page: CasePage; label: string; also?: CasePage }[] = [
  { page: 'overview', label: 'Overview' },
  { page: 'incidents', label: 'Incidents', also: 'incident' },
  { page: 'evidence', label: 'Evidence', also: 'evidence-item' },
  { page: 'map', label: 'Map' },
  { page: 'timeline', label: 'Timeline' },
  { page: 'ledger', label: 'Ledger' },
];

export interface CaseRoute {
  page: CasePage;
  caseId: string;
  id?: string;
}

/** A case's title and its sections; the section shown follows the address. */
export function CaseShell({ route, role, filters, onFiltersChange }: { route: CaseRoute; role: string | undefined; filters: IncidentFilters; onFiltersChange: (next: IncidentFilters) => void }) {
  const { caseId } = route;
  const [info, setInfo] = useState<CaseInfo | undefined>();
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    setInfo(undefined);
    api<CaseInfo>('GET', `/cases/${encodeURIComponent(caseId)}`).then(setInfo, (e: Error) => setError(e.message));
  }, [caseId]);
  if (error) return <p role="alert" className="error">{error}</p>;
  if (!info) return <p className="loading">Loading…</p>;
  const canWrite = role === 'owner' || role === 'investigator';
  const openIncident = (id: string) => go({ page: 'incident', caseId, id });
  return (
    <article aria-labelledby="case-title">
      <h1 id="case-title" dir="auto">
        {info.title}
      </h1>
      <nav aria-label="Case sections" className="tabs">
        {SECTIONS.map((section) => (
          <a key={section.page} href={href({ page: section.page, caseId })} aria-current={route.page === section.page || route.page === section.also ? 'page' : undefined}>
            {section.label}
          </a>
        ))}
      </nav>
      <Suspense fallback={<p className="loading">Loading…</p>}>
        {route.page === 'overview' && <CaseOverview info={info} />}
        {route.page === 'incidents' && <IncidentList caseId={caseId} canWrite={canWrite} filters={filters} onFiltersChange={onFiltersChange} />}
        {route.page === 'incident' && route.id && <IncidentPage caseId={caseId} incidentId={route.id} canWrite={canWrite} />}
        {route.page === 'evidence' && <EvidencePanel caseId={caseId} canAdd={canWrite} />}
        {route.page === 'evidence-item' && route.id && <EvidenceItemPage caseId={caseId} evidenceId={route.id} />}
        {route.page === 'map' && <MapPage caseId={caseId} filters={filters} onFiltersChange={onFiltersChange} onOpenIncident={openIncident} />}
        {route.page === 'timeline' && <TimelinePage caseId={caseId} filters={filters} />}
        {route.page === 'ledger' && <LedgerPage caseId={caseId} />}
      </Suspense>
    </article>
  );
}
