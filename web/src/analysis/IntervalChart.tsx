import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { Bar, BarChart, CartesianGrid, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { CHART_BOX, type ChartMirror, chartMirror, sideMargins } from '../timeline/chart-direction.js';
import { analysisMessages as m } from './analysis.messages.js';
import { CONFIDENCE } from './figures.js';
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
 * as an arrow to the axis's edge. Mirrored in Arabic: the rows' names on the right, values growing leftwards.
 */
export function IntervalChart({ estimates, scale, reference, title, colour, format }: { estimates: readonly IntervalEstimate[] } & Options) {
  const mirror = chartMirror();
  const domain: [number, number] = scale === 'log' ? logDomain(estimates.flatMap((e) => [e.estimate, e.low, e.high ?? e.estimate])) : [0, 1];
  const rows = estimates.map((estimate) => drawInterval(estimate, domain, scale));
  const ticks = scale === 'log' ? logTicks(domain) : [0, 0.25, 0.5, 0.75, 1];
  return (
    <BarChart
      responsive
      layout="vertical"
      className="interval-chart"
      style={{ ...CHART_BOX, width: '100%', height: rows.length * ROW_HEIGHT + 36 }}
      data={rows}
      margin={{ top: 4, bottom: 4, ...sideMargins(mirror, { start: 0, end: 24, labelRoom: 12 }) }}
      title={title}
    >
      <CartesianGrid horizontal={false} stroke="#e4e4df" />
      <XAxis
        type="number"
        scale={scale}
        domain={domain}
        ticks={ticks}
        reversed={mirror.reversed}
        allowDataOverflow
        tickFormatter={(value: number) => (scale === 'log' ? ratioText(value) : format(value))}
        tick={{ fontSize: 12 }}
      />
      <YAxis type="category" dataKey="label" orientation={mirror.axisSide} width={LABEL_WIDTH} tick={{ fontSize: 12 }} interval={0} />
      {reference !== undefined && <ReferenceLine x={reference} stroke="#1d1f23" strokeDasharray="4 3" />}
      <Tooltip cursor={false} content={(props) => <IntervalTooltip format={format} mirror={mirror} {...props} />} />
      <Bar dataKey="range" isAnimationActive={false} shape={(props: WhiskerProps) => <Whisker {...props} colour={colour} mirror={mirror} />} />
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

/**
 * The whisker from low to high with caps (arrows where open), and the estimate as a dot on it. recharts gives
 * the bar from its low end (x) to its high end (x + width), so on a reversed axis the width is negative and the
 * low end lies on the right; the arrows point outwards either way.
 */
function Whisker({ x = 0, y = 0, width = 0, height = 0, payload, colour, mirror }: WhiskerProps & { colour: (estimate: IntervalEstimate) => string; mirror: ChartMirror }) {
  if (!payload) return null;
  const stroke = colour(payload);
  const middle = y + height / 2;
  const cap = Math.min(8, height / 2);
  const end = x + width;
  // +1 when higher values lie to the right.
  const up = width !== 0 ? Math.sign(width) : mirror.reversed ? -1 : 1;
  const lowEnd = payload.openLow ? `M${x + 6 * up},${middle - 5} L${x},${middle} L${x + 6 * up},${middle + 5}` : `M${x},${middle - cap} L${x},${middle + cap}`;
  const highEnd = payload.openHigh ? `M${end - 6 * up},${middle - 5} L${end},${middle} L${end - 6 * up},${middle + 5}` : `M${end},${middle - cap} L${end},${middle + cap}`;
  return (
    <g className="interval-whisker">
      <line x1={x} x2={end} y1={middle} y2={middle} stroke={stroke} strokeWidth={2} />
      <path d={`${lowEnd} ${highEnd}`} stroke={stroke} strokeWidth={2} fill="none" />
      <circle className="interval-point" cx={x + width * payload.point} cy={middle} r={5} fill={stroke} stroke="#fff" strokeWidth={1.5} />
    </g>
  );
}

function IntervalTooltip({ active, payload, format, mirror }: { active?: boolean; payload?: readonly { payload?: DrawnInterval }[]; format: (value: number) => string; mirror: ChartMirror }) {
  const row = payload?.[0]?.payload;
  if (!active || !row) return null;
  // The row's name is data (a party, an anchor): isolated, so the sentence reads in the page's direction.
  const values = { label: row.label, estimate: format(row.estimate), level: CONFIDENCE, low: format(row.low), b: (chunks: ReactNode[]) => <strong dir="auto">{chunks}</strong> };
  return (
    <div className="timeline-tooltip" dir={mirror.dir}>
      <p>
        {row.high === null ? <FormattedMessage {...m.intervalTooltipOpen} values={values} /> : <FormattedMessage {...m.intervalTooltip} values={{ ...values, high: format(row.high) }} />}
      </p>
    </div>
  );
}
