import { useIntl } from 'react-intl';
import { Bar, BarChart, Tooltip, XAxis, YAxis } from 'recharts';
import { useT } from '../i18n/LanguageProvider.js';
import { dateText } from '../incidents/values.js';
import { boxOf, CHART_BOX, type ChartMirror, chartMirror, chevronPath, forward, labelBeside, sideMargins } from './chart-direction.js';
import { AXIS_WIDTH, CHART_MARGIN_END, contextMarkerElements } from './ContextMarkers.js';
import { boundsInWords } from './date-span.js';
import type { SpannedIncident, TimelineModel } from './incident-timeline.js';
import { dayTickText } from './time-format.js';
import { timelineMessages as m } from './timeline.messages.js';

interface LaneRow {
  id: string;
  /** From the start of the first bin the date allows to the end of the last one, in bin indexes. */
  range: [number, number];
  spanned: SpannedIncident;
}

const ROW_HEIGHT = { full: 24, compact: 7 };
/** Beyond this many spans the lane would push the tables off the screen; the rest are in the table. */
export const MAX_LANE_ROWS = { full: 40, compact: 12 };

/**
 * The incidents whose dates are too uncertain for one bin, each a span over every bin it could fall in, on the
 * same x scale as the bars above (a number axis of bin indexes, with the same axis width and margins, mirrored
 * as they are).
 */
export function UncertainLane({ model, compact = false }: { model: TimelineModel; compact?: boolean }) {
  const t = useT();
  const intl = useIntl();
  const mirror = chartMirror();
  const size = compact ? 'compact' : 'full';
  const rows: LaneRow[] = model.spanned.slice(0, MAX_LANE_ROWS[size]).map((spanned) => ({ id: spanned.incident.id, range: [spanned.firstIndex, spanned.lastIndex + 1], spanned }));
  if (rows.length === 0) return null;
  return (
    <BarChart
      responsive
      layout="vertical"
      className="timeline-lane"
      style={{ ...CHART_BOX, width: '100%', height: rows.length * ROW_HEIGHT[size] + 4 }}
      data={rows}
      margin={{ top: 2, bottom: 2, ...sideMargins(mirror, { start: 0, end: CHART_MARGIN_END }) }}
      barCategoryGap={compact ? 1 : 3}
      title={t(m.laneTitle)}
    >
      <XAxis type="number" domain={[0, model.bins.length]} reversed={mirror.reversed} allowDataOverflow hide />
      <YAxis type="category" dataKey="id" orientation={mirror.axisSide} width={AXIS_WIDTH} tick={false} tickLine={false} axisLine={false} />
      {contextMarkerElements(model.markers, { binCount: model.bins.length, axis: 'index', label: 'none', mirror, intl })}
      {!compact && <Tooltip content={(props) => <SpanTooltip mirror={mirror} {...props} />} cursor={false} />}
      <Bar dataKey="range" isAnimationActive={false} shape={(props: SpanShapeProps) => <SpanShape {...props} binCount={model.bins.length} labelled={!compact} mirror={mirror} />} />
    </BarChart>
  );
}

interface SpanShapeProps {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  payload?: LaneRow;
}

/**
 * A pale bar in the incident's series colour, with a chevron where the date runs on past the bins shown: at the
 * bar's earlier end (its left, or its right when time runs right to left) and at its later end.
 */
function SpanShape({ x = 0, y = 0, width = 0, height = 0, payload, binCount, labelled, mirror }: SpanShapeProps & { binCount: number; labelled: boolean; mirror: ChartMirror }) {
  if (!payload) return null;
  const { spanned } = payload;
  const colour = spanned.series.colour;
  const box = boxOf(x, width, 2);
  // recharts gives the bar from its first bin (x) to past its last (x + width), whichever way the axis runs.
  const later = forward(mirror);
  const label = labelBeside({ x, width }, spanned.firstIndex > binCount * 0.5, mirror, 8);
  return (
    <g className="timeline-span">
      <rect x={box.x} y={y} width={box.width} height={height} fill={colour} fillOpacity={0.22} stroke={colour} rx={2} />
      {spanned.runsOnBefore && <path d={chevronPath(x, -later, y, height)} stroke={colour} fill="none" />}
      {spanned.runsOnAfter && <path d={chevronPath(x + width, later, y, height)} stroke={colour} fill="none" />}
      {labelled && (
        <text x={label.x} y={y + height / 2} dominantBaseline="central" textAnchor={label.textAnchor} fontSize={12} fill="#1d1f23">
          {spanned.incident.title}
        </text>
      )}
    </g>
  );
}

function SpanTooltip({ mirror, active, payload }: { mirror: ChartMirror; active?: boolean; payload?: readonly { payload?: LaneRow }[] }) {
  const t = useT();
  const intl = useIntl();
  const row = payload?.[0]?.payload;
  if (!active || !row) return null;
  const { incident, span } = row.spanned;
  return (
    <div className="timeline-tooltip" dir={mirror.dir}>
      <p dir="auto">
        <strong>{incident.title}</strong>
      </p>
      <p>{t(m.spanTooltip, { date: dateText(incident.date), bounds: boundsInWords(span, (instant) => dayTickText(instant, intl)) })}</p>
    </div>
  );
}
