import { useIntl } from 'react-intl';
import { Bar, CartesianGrid, ComposedChart, Line, Tooltip, XAxis, YAxis } from 'recharts';
import { useT } from '../i18n/LanguageProvider.js';
import { CHART_BOX, type ChartMirror, chartMirror, sideMargins } from '../timeline/chart-direction.js';
import { type TimelineContextEvent, placeContextEvents } from '../timeline/context-markers.js';
import { AXIS_WIDTH, CHART_MARGIN_END, contextMarkerElements, LABEL_LINE_HEIGHT, LABEL_LINES } from '../timeline/ContextMarkers.js';
import { binTickText, isoRangeText } from '../timeline/time-format.js';
import type { BinUnit } from '../timeline/timeline-bins.js';
import type { TempoResult } from './analysis-types.js';
import { analysisMessages as m } from './analysis.messages.js';
import { type TempoBar, tempoBars, tempoBins } from './tempo-rows.js';

export const CERTAIN_COLOUR = '#0072B2';
export const POSSIBLE_COLOUR = '#56B4E9';
const EXPECTED_COLOUR = '#D55E00';

/**
 * Incidents per bin: the certain count as a solid bar, the possible count as a pale bar stacked on it up to
 * the possible total, the expected count (a uniform spread, an assumption) as a dashed line, and the case's
 * context events marked as on the timeline. Time runs in the page's reading direction.
 */
export function TempoChart({ result, events }: { result: TempoResult; events: readonly TimelineContextEvent[] }) {
  const t = useT();
  const intl = useIntl();
  const mirror = chartMirror();
  const bins = tempoBins(result);
  const markers = placeContextEvents(events, bins);
  const unit: BinUnit = result.parameters.bin === 'month' ? 'month' : 'day';
  return (
    <>
      <ComposedChart
        responsive
        className="tempo-chart"
        style={CHART_BOX}
        data={tempoBars(result)}
        margin={{ top: LABEL_LINES * LABEL_LINE_HEIGHT + 8, bottom: 0, ...sideMargins(mirror, { start: 0, end: CHART_MARGIN_END }) }}
        barCategoryGap="12%"
        title={t(m.tempoChartTitle)}
      >
        <CartesianGrid vertical={false} stroke="#e4e4df" />
        <XAxis dataKey="key" reversed={mirror.reversed} minTickGap={24} tick={{ fontSize: 12 }} tickFormatter={(key: string) => binTickText(key, unit, intl)} />
        <YAxis orientation={mirror.axisSide} allowDecimals={false} width={AXIS_WIDTH} tick={{ fontSize: 12 }} tickFormatter={(n: number) => intl.formatNumber(n)} />
        {contextMarkerElements(markers, { binCount: bins.length, axis: 'key', label: 'title', mirror, intl })}
        <Tooltip content={(props) => <TempoTooltip result={result} mirror={mirror} {...props} />} />
        <Bar dataKey="certain" name={t(m.certain)} stackId="count" fill={CERTAIN_COLOUR} isAnimationActive={false} />
        <Bar dataKey="uncertain" name={t(m.possible)} stackId="count" fill={POSSIBLE_COLOUR} fillOpacity={0.45} stroke={CERTAIN_COLOUR} strokeDasharray="3 2" isAnimationActive={false} />
        <Line dataKey="expected" name={t(m.expected)} type="monotone" stroke={EXPECTED_COLOUR} strokeDasharray="4 3" dot={false} isAnimationActive={false} />
      </ComposedChart>
      <ul className="timeline-legend" aria-label={t(m.chartKey)}>
        <li>
          <Swatch fill={CERTAIN_COLOUR} /> {t(m.legendCertain)}
        </li>
        <li>
          <Swatch fill={POSSIBLE_COLOUR} opacity={0.45} /> {t(m.legendPossible)}
        </li>
        <li>
          <svg width="18" height="12" aria-hidden="true">
            <line x1="0" x2="18" y1="6" y2="6" stroke={EXPECTED_COLOUR} strokeWidth="2" strokeDasharray="4 3" />
          </svg>{' '}
          {t(m.legendExpected)}
        </li>
      </ul>
    </>
  );
}

export function Swatch({ fill, opacity = 1 }: { fill: string; opacity?: number }) {
  return (
    <svg width="12" height="12" aria-hidden="true">
      <rect width="12" height="12" rx="2" fill={fill} fillOpacity={opacity} />
    </svg>
  );
}

function TempoTooltip({ result, mirror, active, payload }: { result: TempoResult; mirror: ChartMirror; active?: boolean; payload?: readonly { payload?: TempoBar }[] }) {
  const t = useT();
  const intl = useIntl();
  const row = payload?.[0]?.payload;
  if (!active || !row) return null;
  const bin = result.series.find((b) => b.start === row.key);
  return (
    <div className="timeline-tooltip" dir={mirror.dir}>
      <p>
        <strong>{bin ? isoRangeText(bin.start, bin.end, intl) : row.key}</strong>
      </p>
      <p>{t(m.tempoTooltip, { certain: row.certain, possible: row.possible, expected: row.expected })}</p>
    </div>
  );
}
