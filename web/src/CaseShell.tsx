import { lazy, Suspense } from 'react';
import { api, type CaseInfo } from './api.js';
import { appMessages } from './app.messages.js';
import { caseMessages as m } from './case.messages.js';
import { CaseOverview } from './CaseOverview.js';
import { EvidenceItemPage } from './evidence/EvidenceItemPage.js';
import { ExposureReminder } from './sensitivity/ExposureReminder.js';
import { EvidencePanel } from './evidence/EvidencePanel.js';
import type { IncidentFilters } from './filters.js';
import type { Message } from './i18n/define-messages.js';
import { useT } from './i18n/LanguageProvider.js';
import { IncidentList } from './incidents/IncidentList.js';
import { IncidentPage } from './incidents/IncidentPage.js';
import { href, type CasePage } from './route.js';
import { useLoaded } from './use-loaded.js';
import { notificationsMessages } from './notifications/notifications.messages.js';
import { QueuePage } from './workflow/QueuePage.js';

// The map and the charts are heavy: each loads when its page is first opened.
const MapPage = lazy(() => import('./map/MapPage.js').then((m) => ({ default: m.MapPage })));
const TimelinePage = lazy(() => import('./timeline/TimelinePage.js').then((m) => ({ default: m.TimelinePage })));
const LedgerPage = lazy(() => import('./ledger/LedgerPage.js').then((m) => ({ default: m.LedgerPage })));
const RecordsPage = lazy(() => import('./records/RecordsPage.js').then((m) => ({ default: m.RecordsPage })));
const RecordPage = lazy(() => import('./records/RecordPage.js').then((m) => ({ default: m.RecordPage })));
const MembersPage = lazy(() => import('./case-admin/MembersPage.js').then((m) => ({ default: m.MembersPage })));
const AnalysisPage = lazy(() => import('./analysis/AnalysisPage.js').then((m) => ({ default: m.AnalysisPage })));
const ExtractionPage = lazy(() => import('./extraction/ExtractionPage.js').then((m) => ({ default: m.ExtractionPage })));
const ActivityPage = lazy(() => import('./notifications/ActivityPage.js').then((m) => ({ default: m.ActivityPage })));
const ExchangePage = lazy(() => import('./exchange/ExchangePage.js').then((m) => ({ default: m.ExchangePage })));

const SECTIONS: { page: CasePage; label: Message; also?: CasePage[] }[] = [
  { page: 'overview', label: m.overview },
  { page: 'incidents', label: m.incidents, also: ['incident'] },
  { page: 'queue', label: m.queue },
  { page: 'evidence', label: m.evidence, also: ['evidence-item', 'extraction'] },
  { page: 'map', label: m.map },
  { page: 'timeline', label: m.timeline },
  { page: 'analysis', label: m.analysis, also: ['analysis-pin'] },
  { page: 'activity', label: notificationsMessages.activity },
  { page: 'ledger', label: m.ledger },
  { page: 'records', label: m.records, also: ['record'] },
  { page: 'members', label: m.members },
  { page: 'exchange', label: m.exchange },
];

export interface CaseRoute {
  page: CasePage;
  caseId: string;
  id?: string;
  kind?: string;
}

/** A case's title and its sections; the section shown follows the address. */
export function CaseShell({ route, role, username, filters, onFiltersChange }: { route: CaseRoute; role: string | undefined; username: string; filters: IncidentFilters; onFiltersChange: (next: IncidentFilters) => void }) {
  const t = useT();
  const { caseId } = route;
  const { value: info, error } = useLoaded(() => api<CaseInfo>('GET', `/cases/${encodeURIComponent(caseId)}`), [caseId]);
  if (error) return <p role="alert" className="error">{error}</p>;
  if (!info) return <p className="loading">{t(appMessages.loading)}</p>;
  const canWrite = role === 'owner' || role === 'investigator';
  // annotations:write (src/access/permissions.ts): who may label material for colleagues.
  const canLabel = canWrite || role === 'analyst' || role === 'reviewer';
  return (
    <article aria-labelledby="case-title">
      <h1 id="case-title" dir="auto">
        {info.title}
      </h1>
      <nav aria-label={t(m.caseSections)} className="tabs">
        {SECTIONS.map((section) => (
          <a key={section.page} href={href({ page: section.page, caseId })} aria-current={route.page === section.page || section.also?.includes(route.page) ? 'page' : undefined}>
            {t(section.label)}
          </a>
        ))}
      </nav>
      <ExposureReminder />
      <Suspense fallback={<p className="loading">{t(appMessages.loading)}</p>}>
        {route.page === 'overview' && <CaseOverview info={info} />}
        {route.page === 'incidents' && <IncidentList caseId={caseId} canWrite={canWrite} role={role} filters={filters} onFiltersChange={onFiltersChange} />}
        {route.page === 'queue' && <QueuePage caseId={caseId} role={role} username={username} />}
        {route.page === 'incident' && route.id && <IncidentPage key={route.id} caseId={caseId} incidentId={route.id} canWrite={canWrite} role={role} username={username} />}
        {route.page === 'evidence' && <EvidencePanel caseId={caseId} canAdd={canWrite} />}
        {route.page === 'evidence-item' && route.id && <EvidenceItemPage key={route.id} caseId={caseId} evidenceId={route.id} canWrite={canWrite} canLabel={canLabel} role={role} username={username} />}
        {route.page === 'extraction' && route.id && <ExtractionPage key={route.id} caseId={caseId} extractionId={route.id} canWrite={canWrite} />}
        {route.page === 'map' && <MapPage caseId={caseId} filters={filters} onFiltersChange={onFiltersChange} />}
        {route.page === 'timeline' && <TimelinePage caseId={caseId} filters={filters} />}
        {route.page === 'analysis' && <AnalysisPage caseId={caseId} view={route.kind} role={role} filters={filters} onFiltersChange={onFiltersChange} />}
        {route.page === 'analysis-pin' && route.id && <AnalysisPage caseId={caseId} pinId={route.id} role={role} filters={filters} onFiltersChange={onFiltersChange} />}
        {route.page === 'activity' && <ActivityPage caseId={caseId} />}
        {route.page === 'ledger' && <LedgerPage caseId={caseId} />}
        {route.page === 'records' && <RecordsPage key={route.kind} caseId={caseId} kind={route.kind} role={role} />}
        {route.page === 'record' && route.kind && route.id && <RecordPage key={`${route.kind}/${route.id}`} caseId={caseId} kind={route.kind} id={route.id} role={role} username={username} />}
        {route.page === 'members' && <MembersPage caseId={caseId} role={role} />}
        {route.page === 'exchange' && <ExchangePage caseId={caseId} role={role} />}
      </Suspense>
    </article>
  );
}
