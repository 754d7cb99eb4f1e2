import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { AXIS_WIDTH, CHART_MARGIN_RIGHT, contextMarkerElements, LABEL_LINE_HEIGHT, LABEL_LINES } from './ContextMarkers.js';
import type { BarRow, TimelineModel } from './incident-timeline.js';
import { describeBin } from './timeline-bins.js';

/**
 * Stacked bars of the incidents dated within one bin each, split by group, with the context events marked.
 * Compact (the case overview's strip) keeps the markers but numbers them instead of writing their titles.
 */
export function IncidentBars({ model, compact = false }: { model: TimelineModel; compact?: boolean }) {
  const top = compact ? 18 : LABEL_LINES * LABEL_LINE_HEIGHT + 8;
  return (
    <BarChart
      responsive
      className={compact ? 'timeline-bars timeline-bars-compact' : 'timeline-bars'}
      data={model.rows}
      margin={{ top, right: CHART_MARGIN_RIGHT, left: 0, bottom: 0 }}
      barCategoryGap="12%"
      title="Incidents dated within one bin, stacked by group"
    >
      <CartesianGrid vertical={false} stroke="#e4e4df" />
      <XAxis dataKey="key" minTickGap={compact ? 40 : 24} tick={{ fontSize: 12 }} />
      <YAxis allowDecimals={false} width={AXIS_WIDTH} tick={{ fontSize: 12 }} />
      {contextMarkerElements(model.markers, { binCount: model.bins.length, axis: 'key', label: compact ? 'number' : 'title' })}
      <Tooltip content={(props) => <BinTooltip model={model} {...props} />} />
      {model.series.map((series) => (
        <Bar key={series.seriesKey} dataKey={series.seriesKey} name={series.label} stackId="incidents" fill={series.colour} isAnimationActive={false} />
      ))}
    </BarChart>
  );
}

interface TooltipProps {
  active?: boolean;
  payload?: readonly { payload?: BarRow }[];
}

function BinTooltip({ model, active, payload }: TooltipProps & { model: TimelineModel }) {
  const row = payload?.[0]?.payload;
  if (!active || !row) return null;
  const bin = model.bins.find((b) => b.key === row.key);
  const parts = model.series.filter((s) => Number(row[s.seriesKey]) > 0);
  return (
    <div className="timeline-tooltip">
      <p>
        <strong>{bin ? describeBin(bin, model.unit) : row.key}</strong>: {row.total} {row.total === 1 ? 'incident' : 'incidents'} dated within it
      </p>
      {parts.length > 0 && (
        <ul>
          {parts.map((s) => (
            <li key={s.seriesKey} dir="auto">
              {s.label}: {String(row[s.seriesKey])}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
