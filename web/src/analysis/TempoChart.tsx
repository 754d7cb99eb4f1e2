import { Bar, CartesianGrid, ComposedChart, Line, Tooltip, XAxis, YAxis } from 'recharts';
import { type TimelineContextEvent, placeContextEvents } from '../timeline/context-markers.js';
import { AXIS_WIDTH, CHART_MARGIN_RIGHT, contextMarkerElements, LABEL_LINE_HEIGHT, LABEL_LINES } from '../timeline/ContextMarkers.js';
import type { TempoResult } from './analysis-types.js';
import { periodText, type TempoBar, tempoBars, tempoBins } from './tempo-rows.js';

export const CERTAIN_COLOUR = '#0072B2';
export const POSSIBLE_COLOUR = '#56B4E9';
const EXPECTED_COLOUR = '#D55E00';

/**
 * Incidents per bin: the certain count as a solid bar, the possible count as a pale bar stacked on it up to
 * the possible total, the expected count (a uniform spread, an assumption) as a dashed line, and the case's
 * context events marked as on the timeline.
 */
export function TempoChart({ result, events }: { result: TempoResult; events: readonly TimelineContextEvent[] }) {
  const bins = tempoBins(result);
  const markers = placeContextEvents(events, bins);
  return (
    <>
      <ComposedChart
        responsive
        className="tempo-chart"
        data={tempoBars(result)}
        margin={{ top: LABEL_LINES * LABEL_LINE_HEIGHT + 8, right: CHART_MARGIN_RIGHT, left: 0, bottom: 0 }}
        barCategoryGap="12%"
        title="Incidents per period: certain, and the possible range above"
      >
        <CartesianGrid vertical={false} stroke="#e4e4df" />
        <XAxis dataKey="key" minTickGap={24} tick={{ fontSize: 12 }} />
        <YAxis allowDecimals={false} width={AXIS_WIDTH} tick={{ fontSize: 12 }} />
        {contextMarkerElements(markers, { binCount: bins.length, axis: 'key', label: 'title' })}
        <Tooltip content={(props) => <TempoTooltip result={result} {...props} />} />
        <Bar dataKey="certain" name="Certain" stackId="count" fill={CERTAIN_COLOUR} isAnimationActive={false} />
        <Bar dataKey="uncertain" name="Possible" stackId="count" fill={POSSIBLE_COLOUR} fillOpacity={0.45} stroke={CERTAIN_COLOUR} strokeDasharray="3 2" isAnimationActive={false} />
        <Line dataKey="expected" name="Expected" type="monotone" stroke={EXPECTED_COLOUR} strokeDasharray="4 3" dot={false} isAnimationActive={false} />
      </ComposedChart>
      <ul className="timeline-legend" aria-label="Chart key">
        <li>
          <Swatch fill={CERTAIN_COLOUR} /> Certain: the whole date lies in the period
        </li>
        <li>
          <Swatch fill={POSSIBLE_COLOUR} opacity={0.45} /> Possible: the date overlaps the period (drawn up to the possible count)
        </li>
        <li>
          <svg width="18" height="12" aria-hidden="true">
            <line x1="0" x2="18" y1="6" y2="6" stroke={EXPECTED_COLOUR} strokeWidth="2" strokeDasharray="4 3" />
          </svg>{' '}
          Expected: if each date were spread evenly over its days (an assumption, not a finding)
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

function TempoTooltip({ result, active, payload }: { result: TempoResult; active?: boolean; payload?: readonly { payload?: TempoBar }[] }) {
  const row = payload?.[0]?.payload;
  if (!active || !row) return null;
  const bin = result.series.find((b) => b.start === row.key);
  return (
    <div className="timeline-tooltip">
      <p>
        <strong>{bin ? periodText(bin.start, bin.end) : row.key}</strong>
      </p>
      <p>
        {row.certain} certain, {row.possible} possible, {row.expected} expected
      </p>
    </div>
  );
}
