import { Bar, BarChart, Tooltip, XAxis, YAxis } from 'recharts';
import { dateText } from '../incidents/values.js';
import { AXIS_WIDTH, CHART_MARGIN_RIGHT, contextMarkerElements } from './ContextMarkers.js';
import { boundsInWords } from './date-span.js';
import type { SpannedIncident, TimelineModel } from './incident-timeline.js';

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
 * same x scale as the bars above (a number axis of bin indexes, with the same axis width and margins).
 */
export function UncertainLane({ model, compact = false }: { model: TimelineModel; compact?: boolean }) {
  const size = compact ? 'compact' : 'full';
  const rows: LaneRow[] = model.spanned.slice(0, MAX_LANE_ROWS[size]).map((spanned) => ({ id: spanned.incident.id, range: [spanned.firstIndex, spanned.lastIndex + 1], spanned }));
  if (rows.length === 0) return null;
  return (
    <BarChart
      responsive
      layout="vertical"
      className="timeline-lane"
      style={{ width: '100%', height: rows.length * ROW_HEIGHT[size] + 4 }}
      data={rows}
      margin={{ top: 2, right: CHART_MARGIN_RIGHT, left: 0, bottom: 2 }}
      barCategoryGap={compact ? 1 : 3}
      title="Incidents with uncertain dates, each drawn over every bin its date allows"
    >
      <XAxis type="number" domain={[0, model.bins.length]} allowDataOverflow hide />
      <YAxis type="category" dataKey="id" width={AXIS_WIDTH} tick={false} tickLine={false} axisLine={false} />
      {contextMarkerElements(model.markers, { binCount: model.bins.length, axis: 'index', label: 'none' })}
      {!compact && <Tooltip content={SpanTooltip} cursor={false} />}
      <Bar dataKey="range" isAnimationActive={false} shape={(props: SpanShapeProps) => <SpanShape {...props} binCount={model.bins.length} labelled={!compact} />} />
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

/** A pale bar in the incident's series colour, with a chevron where the date runs on past the bins shown. */
function SpanShape({ x = 0, y = 0, width = 0, height = 0, payload, binCount, labelled }: SpanShapeProps & { binCount: number; labelled: boolean }) {
  if (!payload) return null;
  const { spanned } = payload;
  const colour = spanned.series.colour;
  const alignEnd = spanned.firstIndex > binCount * 0.5;
  const middle = y + height / 2;
  return (
    <g className="timeline-span">
      <rect x={x} y={y} width={Math.max(width, 2)} height={height} fill={colour} fillOpacity={0.22} stroke={colour} rx={2} />
      {spanned.runsOnBefore && <path d={`M${x + 6},${y + 1} L${x + 1},${middle} L${x + 6},${y + height - 1}`} stroke={colour} fill="none" />}
      {spanned.runsOnAfter && <path d={`M${x + width - 6},${y + 1} L${x + width - 1},${middle} L${x + width - 6},${y + height - 1}`} stroke={colour} fill="none" />}
      {labelled && (
        <text x={alignEnd ? x + width - 8 : x + 8} y={middle} dominantBaseline="central" textAnchor={alignEnd ? 'end' : 'start'} fontSize={12} fill="#1d1f23">
          {spanned.incident.title}
        </text>
      )}
    </g>
  );
}

function SpanTooltip({ active, payload }: { active?: boolean; payload?: readonly { payload?: LaneRow }[] }) {
  const row = payload?.[0]?.payload;
  if (!active || !row) return null;
  const { incident, span } = row.spanned;
  return (
    <div className="timeline-tooltip">
      <p dir="auto">
        <strong>{incident.title}</strong>
      </p>
      <p>
        {dateText(incident.date)}: any time from {boundsInWords(span)}
      </p>
    </div>
  );
}
