import type { TimelineContextEvent } from '../timeline/context-markers.js';
import type { TempoResult } from './analysis-types.js';
import { DataTable } from './DataTable.js';
import { IntervalChart } from './IntervalChart.js';
import { CERTAIN_COLOUR, POSSIBLE_COLOUR, TempoChart } from './TempoChart.js';
import { ratioEstimates, ratioRows, ratioTable, seriesTable, windowCountsTable } from './tempo-rows.js';

const BIN_NAMES: Record<string, string> = { day: 'day', week: 'week', month: 'month' };

/** Tempo's result drawn and tabled: the series, and before and after each anchor with the rate ratios. */
export function TempoResultView({ result, caseId, events }: { result: TempoResult; caseId: string; events: readonly TimelineContextEvent[] }) {
  const unit = BIN_NAMES[String(result.parameters.bin)] ?? 'period';
  const rows = ratioRows(result);
  const estimates = ratioEstimates(rows);
  const combined = result.combined;
  return (
    <>
      <figure className="analysis-figure">
        <TempoChart result={result} events={events} />
        <figcaption className="muted">
          Incidents per {unit}, {result.span.start} to {result.span.end}. Marked: the case’s context events.
        </figcaption>
      </figure>
      <DataTable model={seriesTable(result, unit)} caseId={caseId} />
      {result.windows && (
        <section aria-labelledby="tempo-windows">
          <h3 id="tempo-windows">Before and after ({String(result.parameters.windowDays)} days each side)</h3>
          <DataTable model={windowCountsTable(result)} caseId={caseId} />
          {combined && 'notCombined' in combined && <p className="warning">No superposed figure: {combined.notCombined}.</p>}
          <h4>Rate ratios: the rate after over the rate before</h4>
          {estimates.length > 0 ? (
            <figure className="analysis-figure">
              <IntervalChart
                estimates={estimates}
                scale="log"
                reference={1}
                title="Rate ratios with 95% intervals, on a log scale around 1"
                colour={(e) => (e.key.endsWith('certain') ? CERTAIN_COLOUR : POSSIBLE_COLOUR)}
                format={(v) => String(v)}
              />
              <figcaption className="muted">
                Dot: the ratio; whisker: its exact 95% interval; an arrow: an end beyond the axis or not bounded. Right of the dashed line at 1, more incidents after than before. Dark: on certain counts;
                light: on possible counts.
              </figcaption>
            </figure>
          ) : (
            <p className="muted">No ratio to draw: too few incidents around every anchor; the table below gives each reason.</p>
          )}
          <DataTable model={ratioTable(rows)} caseId={caseId} />
        </section>
      )}
    </>
  );
}
