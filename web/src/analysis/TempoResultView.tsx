import { useIntl } from 'react-intl';
import { useT } from '../i18n/LanguageProvider.js';
import type { TimelineContextEvent } from '../timeline/context-markers.js';
import { isoRangeText } from '../timeline/time-format.js';
import type { TempoResult } from './analysis-types.js';
import { analysisMessages as m } from './analysis.messages.js';
import { DataTable } from './DataTable.js';
import { CONFIDENCE, figureText } from './figures.js';
import { IntervalChart } from './IntervalChart.js';
import { CERTAIN_COLOUR, POSSIBLE_COLOUR, TempoChart } from './TempoChart.js';
import { notCombinedText, ratioEstimates, ratioRows, ratioTable, seriesTable, windowCountsTable } from './tempo-rows.js';

const BIN_UNITS = new Set(['day', 'week', 'month']);

/** Tempo's result drawn and tabled: the series, and before and after each anchor with the rate ratios. */
export function TempoResultView({ result, caseId, events }: { result: TempoResult; caseId: string; events: readonly TimelineContextEvent[] }) {
  const t = useT();
  const intl = useIntl();
  const unit = BIN_UNITS.has(String(result.parameters.bin)) ? String(result.parameters.bin) : 'period';
  const rows = ratioRows(result);
  const estimates = ratioEstimates(rows);
  const notCombined = notCombinedText(result);
  return (
    <>
      <figure className="analysis-figure">
        <TempoChart result={result} events={events} />
        <figcaption className="muted">{t(m.tempoCaption, { unit, span: isoRangeText(result.span.start, result.span.end, intl) })}</figcaption>
      </figure>
      <DataTable model={seriesTable(result, unit)} caseId={caseId} />
      {result.windows && (
        <section aria-labelledby="tempo-windows">
          <h3 id="tempo-windows">{t(m.beforeAfterHeading, { days: Number(result.parameters.windowDays) })}</h3>
          <DataTable model={windowCountsTable(result)} caseId={caseId} />
          {notCombined !== null && <p className="warning">{t(m.noSuperposed, { reason: notCombined })}</p>}
          <h4>{t(m.rateRatiosHeading)}</h4>
          {estimates.length > 0 ? (
            <figure className="analysis-figure">
              <IntervalChart
                estimates={estimates}
                scale="log"
                reference={1}
                title={t(m.rateRatiosTitle, { level: CONFIDENCE, one: 1 })}
                colour={(e) => (e.key.endsWith('certain') ? CERTAIN_COLOUR : POSSIBLE_COLOUR)}
                format={figureText}
              />
              <figcaption className="muted">{t(m.rateRatiosCaption, { level: CONFIDENCE, one: 1 })}</figcaption>
            </figure>
          ) : (
            <p className="muted">{t(m.noRatio)}</p>
          )}
          <DataTable model={ratioTable(rows)} caseId={caseId} />
        </section>
      )}
    </>
  );
}
