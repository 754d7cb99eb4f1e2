import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { api } from '../api.js';
import { useT } from '../i18n/LanguageProvider.js';
import { useLoaded } from '../use-loaded.js';
import type { AnalysisResult, PinnedAnalysis } from './analysis-types.js';
import { analysisMessages as m } from './analysis.messages.js';
import { AnalysisFacts } from './AnalysisFacts.js';
import type { CompareGrouping } from './compare-rows.js';
import { CompareResultView, GroupingSelect } from './CompareView.js';
import { PatternResultView } from './PatternView.js';
import { PINNED_AT } from './PinnedList.js';
import { SequenceResultView } from './SequenceView.js';
import { TempoResultView } from './TempoResultView.js';
import { useContextEvents } from './use-analysis.js';
import { WhereResultView } from './WhereView.js';

/** A pinned analysis: its result exactly as kept (checked by the server against its ledger entry), drawn as when it was pinned. */
export function PinnedView({ caseId, pinId, pin }: { caseId: string; pinId: string; pin: PinnedAnalysis | undefined }) {
  const t = useT();
  const intl = useIntl();
  const base = `/cases/${encodeURIComponent(caseId)}/analysis/pins/${encodeURIComponent(pinId)}`;
  const { value: result, error } = useLoaded(() => api<AnalysisResult>('GET', base), [base]);
  const events = useContextEvents(caseId);
  const [grouping, setGrouping] = useState<CompareGrouping>('category');
  if (error) {
    return (
      <p role="alert" className="error">
        {t(m.pinnedNotShown, { error })}
      </p>
    );
  }
  if (!result) return <p className="loading">{t(m.loading)}</p>;
  return (
    <section aria-labelledby="pinned-result-title">
      <h3 id="pinned-result-title" dir="auto">
        {t(m.pinnedHeading, { title: pin?.title ?? pinId })}
      </h3>
      <p className="muted">
        {pin
          ? t(m.keptAsPinned, {
              at: intl.formatDate(pin.pinnedAt, PINNED_AT),
              by: pin.pinnedBy,
              seq: intl.formatNumber(pin.ledgerSeq, { useGrouping: false }),
              sha: pin.resultSha256.slice(0, 12),
            })
          : t(m.keptAsComputed)}
      </p>
      <p className="muted">
        <FormattedMessage {...m.asked} values={{ parameters: <code className="analysis-parameters">{JSON.stringify(result.parameters)}</code> }} />
      </p>
      <AnalysisFacts result={result} caseId={caseId} />
      {result.analysis === 'tempo' && <TempoResultView result={result} caseId={caseId} events={events.value ?? []} />}
      {result.analysis === 'sequence' && <SequenceResultView result={result} caseId={caseId} />}
      {result.analysis === 'compare' && (
        <>
          <GroupingSelect grouping={grouping} onChange={setGrouping} className="analysis-controls" />
          <CompareResultView result={result} caseId={caseId} grouping={grouping} />
        </>
      )}
      {result.analysis === 'where' && <WhereResultView result={result} caseId={caseId} />}
      {result.analysis === 'pattern' && <PatternResultView result={result} caseId={caseId} printed={{ html: `/api/v1${base}?format=html`, markdown: `/api/v1${base}?format=markdown` }} />}
    </section>
  );
}
