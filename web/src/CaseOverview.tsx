import { lazy, Suspense } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { api, type CaseInfo, type IncidentRow, type Summary } from './api.js';
import { appMessages } from './app.messages.js';
import { caseMessages as m } from './case.messages.js';
import { CaseSearch } from './CaseSearch.js';
import { useT } from './i18n/LanguageProvider.js';
import { incidentMessages } from './incidents/incidents.messages.js';
import { dateText, figureLabel, figureTotalText, listText, type TotalView } from './incidents/values.js';
import { href } from './route.js';
import { useLoaded } from './use-loaded.js';
import { termLabel, useVocabularies } from './vocabularies.js';

const TimelineStrip = lazy(() => import('./timeline/TimelineStrip.js').then((m) => ({ default: m.TimelineStrip })));
const OverviewMap = lazy(() => import('./map/OverviewMap.js').then((m) => ({ default: m.OverviewMap })));

/** Counts by type, grade and party, the victim totals with their bounds, the tempo of incidents, where they were, and search. */
export function CaseOverview({ info }: { info: CaseInfo }) {
  const t = useT();
  const caseId = info.id;
  const vocabularies = useVocabularies();
  const { value, error } = useLoaded(() => {
    const id = encodeURIComponent(caseId);
    return Promise.all([api<Summary>('GET', `/cases/${id}/summary`), api<{ items: IncidentRow[] }>('GET', `/cases/${id}/incidents?limit=10&sort=-date`)]);
  }, [caseId]);
  if (error) return <p role="alert" className="error">{error}</p>;
  if (!value) return <p className="loading">{t(appMessages.loading)}</p>;
  const [summary, { items: incidents }] = value;
  return (
    <>
      {info.description && (
        <p className="lead" dir="auto">
          {info.description}
        </p>
      )}
      <div className="grid">
        <Counts title={t(m.incidentsByType)} counts={summary.byType} label={(id) => termLabel(vocabularies, 'incident_types', id)} />
        <Counts title={t(m.byGrade)} counts={summary.byGrade} label={(id) => termLabel(vocabularies, 'verification_grades', id)} />
        <Counts title={t(m.byParty)} counts={Object.fromEntries(Object.values(summary.byActor).map((a) => [a.name, a.incidents]))} label={(name) => name} />
        <section className="card" aria-labelledby="victims-title">
          <h2 id="victims-title">{t(m.victims)}</h2>
          <dl className="counts">
            {Object.entries(summary.victims).map(([figure, total]) => (
              <div key={figure}>
                <dt className="capitalise">{figureLabel(figure)}</dt>
                <dd>{victimTotal(figure, total)}</dd>
              </div>
            ))}
          </dl>
        </section>
      </div>
      <div className="overview-pictures">
        <Suspense fallback={<p className="loading">{t(m.loadingTimeline)}</p>}>
          <TimelineStrip caseId={caseId} />
        </Suspense>
        <Suspense fallback={<p className="loading">{t(m.loadingMap)}</p>}>
          <OverviewMap caseId={caseId} />
        </Suspense>
      </div>
      <CaseSearch caseId={caseId} />
      <section aria-labelledby="incidents-title">
        <h2 id="incidents-title">
          <FormattedMessage {...m.latestIncidents} values={{ count: summary.incidents, m: (chunks) => <span className="muted">{chunks}</span> }} />
        </h2>
        <table aria-label={t(incidentMessages.incidents)}>
          <thead>
            <tr>
              <th scope="col">{t(incidentMessages.when)}</th>
              <th scope="col">{t(incidentMessages.what)}</th>
              <th scope="col">{t(incidentMessages.type)}</th>
              <th scope="col">{t(incidentMessages.grade)}</th>
            </tr>
          </thead>
          <tbody>
            {incidents.map((incident) => (
              <tr key={incident.id}>
                <td>{dateText(incident.date)}</td>
                <td dir="auto">
                  <a href={href({ page: 'incident', caseId, id: incident.id })}>{incident.title}</a>
                </td>
                <td>{listText(incident.types.map((type) => termLabel(vocabularies, 'incident_types', type)))}</td>
                <td>{termLabel(vocabularies, 'verification_grades', incident.grade)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>
          <a href={href({ page: 'incidents', caseId })}>{t(m.allIncidentsWithFilters)}</a>
        </p>
      </section>
    </>
  );
}

function Counts({ title, counts, label }: { title: string; counts: Record<string, number>; label: (key: string) => string }) {
  const t = useT();
  const intl = useIntl();
  const entries = Object.entries(counts).sort((a, b) => b[1] - a[1]);
  return (
    <section className="card" aria-label={title}>
      <h2>{title}</h2>
      {entries.length === 0 ? (
        <p className="muted">{t(m.noneYet)}</p>
      ) : (
        <dl className="counts">
          {entries.map(([key, n]) => (
            <div key={key}>
              <dt dir="auto">{label(key)}</dt>
              <dd>{intl.formatNumber(n)}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}

/**
 * A victim total in the reader's words, its noun agreeing with the number. The summary carries each total's
 * bounds beside the server's English text; the text is shown only if the bounds are missing.
 */
function victimTotal(figure: string, total: { text: string } & Partial<TotalView>): string {
  const { min, qualifier, parts, unknownParts } = total;
  if (min === undefined || qualifier === undefined || parts === undefined || unknownParts === undefined) return total.text;
  return figureTotalText(figure, { min, max: total.max ?? null, qualifier, parts, unknownParts });
}
