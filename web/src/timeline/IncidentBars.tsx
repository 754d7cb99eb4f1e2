import { FormattedMessage, useIntl } from 'react-intl';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { useT } from '../i18n/LanguageProvider.js';
import { CHART_BOX, type ChartMirror, chartMirror, sideMargins } from './chart-direction.js';
import { AXIS_WIDTH, CHART_MARGIN_END, contextMarkerElements, LABEL_LINE_HEIGHT, LABEL_LINES } from './ContextMarkers.js';
import type { BarRow, TimelineModel } from './incident-timeline.js';
import { binPeriodText, binTickText } from './time-format.js';
import { timelineMessages as m } from './timeline.messages.js';

/**
 * Stacked bars of the incidents dated within one bin each, split by group, with the context events marked.
 * Compact (the case overview's strip) keeps the markers but numbers them instead of writing their titles.
 * Time runs in the page's reading direction: from right to left in Arabic, the counts' axis on the right.
 */
export function IncidentBars({ model, compact = false }: { model: TimelineModel; compact?: boolean }) {
  const t = useT();
  const intl = useIntl();
  const mirror = chartMirror();
  const top = compact ? 18 : LABEL_LINES * LABEL_LINE_HEIGHT + 8;
  return (
    <BarChart
      responsive
      className={compact ? 'timeline-bars timeline-bars-compact' : 'timeline-bars'}
      style={CHART_BOX}
      data={model.rows}
      margin={{ top, bottom: 0, ...sideMargins(mirror, { start: 0, end: CHART_MARGIN_END }) }}
      barCategoryGap="12%"
      title={t(m.barsTitle)}
    >
      <CartesianGrid vertical={false} stroke="#e4e4df" />
      <XAxis dataKey="key" reversed={mirror.reversed} minTickGap={compact ? 40 : 24} tick={{ fontSize: 12 }} tickFormatter={(key: string) => binTickText(key, model.unit, intl)} />
      <YAxis orientation={mirror.axisSide} allowDecimals={false} width={AXIS_WIDTH} tick={{ fontSize: 12 }} tickFormatter={(n: number) => intl.formatNumber(n)} />
      {contextMarkerElements(model.markers, { binCount: model.bins.length, axis: 'key', label: compact ? 'number' : 'title', mirror, intl })}
      <Tooltip content={(props) => <BinTooltip model={model} mirror={mirror} {...props} />} />
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

function BinTooltip({ model, mirror, active, payload }: TooltipProps & { model: TimelineModel; mirror: ChartMirror }) {
  const t = useT();
  const intl = useIntl();
  const row = payload?.[0]?.payload;
  if (!active || !row) return null;
  const bin = model.bins.find((b) => b.key === row.key);
  const parts = model.series.filter((s) => Number(row[s.seriesKey]) > 0);
  return (
    <div className="timeline-tooltip" dir={mirror.dir}>
      <p>
        <FormattedMessage {...m.binTooltip} values={{ period: bin ? binPeriodText(bin, model.unit, intl) : row.key, count: row.total, b: (chunks) => <strong>{chunks}</strong> }} />
      </p>
      {parts.length > 0 && (
        <ul>
          {parts.map((s) => (
            <li key={s.seriesKey}>
              <FormattedMessage {...m.groupCount} values={{ group: <bdi>{s.label}</bdi>, count: Number(row[s.seriesKey]) }} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
