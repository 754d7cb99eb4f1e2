import { Bar, BarChart, CartesianGrid, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { drawInterval, type DrawnInterval, type IntervalEstimate, type IntervalScale, logDomain, logTicks, ratioText } from './interval-scale.js';

const ROW_HEIGHT = 34;
const LABEL_WIDTH = 180;

interface Options {
  scale: IntervalScale;
  /** The value of no change, drawn as a line: 1 for a ratio. */
  reference?: number;
  title: string;
  colour: (estimate: IntervalEstimate) => string;
  format: (value: number) => string;
}

/**
 * Point estimates with their intervals as whiskers, one row each: a ratio on a log axis around 1, or a share
 * on 0–100%. An end the axis cannot hold (a zero on a log axis, an upper bound the data do not give) is drawn
 * as an arrow to the axis's edge.
 */
export function IntervalChart({ estimates, scale, reference, title, colour, format }: { estimates: readonly IntervalEstimate[] } & Options) {
  const domain: [number, number] = scale === 'log' ? logDomain(estimates.flatMap((e) => [e.estimate, e.low, e.high ?? e.estimate])) : [0, 1];
  const rows = estimates.map((estimate) => drawInterval(estimate, domain, scale));
  const ticks = scale === 'log' ? logTicks(domain) : [0, 0.25, 0.5, 0.75, 1];
  return (
    <BarChart
      responsive
      layout="vertical"
      className="interval-chart"
      style={{ width: '100%', height: rows.length * ROW_HEIGHT + 36 }}
      data={rows}
      margin={{ top: 4, right: 24, left: 0, bottom: 4 }}
      title={title}
    >
      <CartesianGrid horizontal={false} stroke="#e4e4df" />
      <XAxis type="number" scale={scale} domain={domain} ticks={ticks} allowDataOverflow tickFormatter={(value: number) => (scale === 'log' ? ratioText(value) : format(value))} tick={{ fontSize: 12 }} />
      <YAxis type="category" dataKey="label" width={LABEL_WIDTH} tick={{ fontSize: 12 }} interval={0} />
      {reference !== undefined && <ReferenceLine x={reference} stroke="#1d1f23" strokeDasharray="4 3" />}
      <Tooltip cursor={false} content={(props) => <IntervalTooltip format={format} {...props} />} />
      <Bar dataKey="range" isAnimationActive={false} shape={(props: WhiskerProps) => <Whisker {...props} colour={colour} />} />
    </BarChart>
  );
}

interface WhiskerProps {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  payload?: DrawnInterval;
}

/** The whisker from low to high with caps (arrows where open), and the estimate as a dot on it. */
function Whisker({ x = 0, y = 0, width = 0, height = 0, payload, colour }: WhiskerProps & { colour: (estimate: IntervalEstimate) => string }) {
  if (!payload) return null;
  const stroke = colour(payload);
  const middle = y + height / 2;
  const cap = Math.min(8, height / 2);
  const end = x + width;
  const lowEnd = payload.openLow ? `M${x + 6},${middle - 5} L${x},${middle} L${x + 6},${middle + 5}` : `M${x},${middle - cap} L${x},${middle + cap}`;
  const highEnd = payload.openHigh ? `M${end - 6},${middle - 5} L${end},${middle} L${end - 6},${middle + 5}` : `M${end},${middle - cap} L${end},${middle + cap}`;
  return (
    <g className="interval-whisker">
      <line x1={x} x2={end} y1={middle} y2={middle} stroke={stroke} strokeWidth={2} />
      <path d={`${lowEnd} ${highEnd}`} stroke={stroke} strokeWidth={2} fill="none" />
      <circle className="interval-point" cx={x + width * payload.point} cy={middle} r={5} fill={stroke} stroke="#fff" strokeWidth={1.5} />
    </g>
  );
}

function IntervalTooltip({ active, payload, format }: { active?: boolean; payload?: readonly { payload?: DrawnInterval }[]; format: (value: number) => string }) {
  const row = payload?.[0]?.payload;
  if (!active || !row) return null;
  return (
    <div className="timeline-tooltip">
      <p dir="auto">
        <strong>{row.label}</strong>: {format(row.estimate)}, 95% interval {format(row.low)} to {row.high === null ? 'unbounded' : format(row.high)}
      </p>
    </div>
  );
}
