import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { SequenceResult } from './analysis-types.js';
import { isoDayOf, type PlaceBar, placeBars, timeDomain } from './sequence-rows.js';
import { Swatch } from './TempoChart.js';

const ROW_HEIGHT = 30;
const SPAN_COLOUR = '#0072B2';
const BUSIEST_COLOUR = '#D55E00';

/**
 * Places on one axis, time on the other, in the order first struck: each place's bar runs from the first day
 * its first incident can have happened to the last day its last can have; the darker part is its active period
 * (the middle half of its incidents), the orange mark its busiest month.
 */
export function SequenceChart({ result }: { result: SequenceResult }) {
  const bars = placeBars(result);
  return (
    <>
      <BarChart
        responsive
        layout="vertical"
        className="sequence-chart"
        style={{ width: '100%', height: bars.length * ROW_HEIGHT + 40 }}
        data={bars}
        margin={{ top: 4, right: 24, left: 0, bottom: 4 }}
        barCategoryGap={4}
        title="Places in the order first struck, each from its first to its last incident"
      >
        <CartesianGrid horizontal={false} stroke="#e4e4df" />
        <XAxis type="number" dataKey="range" domain={timeDomain(bars)} scale="time" tickFormatter={(t: number) => isoDayOf(t)} tick={{ fontSize: 12 }} minTickGap={40} />
        <YAxis type="category" dataKey="label" width={160} tick={{ fontSize: 12 }} interval={0} />
        <Tooltip cursor={false} content={PlaceTooltip} />
        <Bar dataKey="range" isAnimationActive={false} shape={(props: PlaceShapeProps) => <PlaceShape {...props} />} />
      </BarChart>
      <ul className="timeline-legend" aria-label="Chart key">
        <li>
          <Swatch fill={SPAN_COLOUR} opacity={0.25} /> First to last incident (widest reading of the dates)
        </li>
        <li>
          <Swatch fill={SPAN_COLOUR} /> Active period: the middle half of the place’s incidents
        </li>
        <li>
          <svg width="12" height="12" aria-hidden="true">
            <rect x="1" y="1" width="10" height="10" fill="none" stroke={BUSIEST_COLOUR} strokeWidth="2" />
          </svg>{' '}
          Busiest month (most incidents dated wholly within it)
        </li>
      </ul>
    </>
  );
}

interface PlaceShapeProps {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  payload?: PlaceBar;
}

function PlaceShape({ x = 0, y = 0, width = 0, height = 0, payload }: PlaceShapeProps) {
  if (!payload) return null;
  const at = (fraction: number) => x + width * fraction;
  const [activeStart, activeEnd] = payload.active;
  return (
    <g className="sequence-place">
      <rect x={x} y={y} width={Math.max(width, 2)} height={height} fill={SPAN_COLOUR} fillOpacity={0.25} rx={2} />
      <rect x={at(activeStart)} y={y + height * 0.2} width={Math.max(at(activeEnd) - at(activeStart), 2)} height={height * 0.6} fill={SPAN_COLOUR} />
      {payload.busiest && (
        <rect className="sequence-busiest" x={at(payload.busiest[0])} y={y} width={Math.max(at(payload.busiest[1]) - at(payload.busiest[0]), 3)} height={height} fill="none" stroke={BUSIEST_COLOUR} strokeWidth={2} />
      )}
    </g>
  );
}

function PlaceTooltip({ active, payload }: { active?: boolean; payload?: readonly { payload?: PlaceBar }[] }) {
  const bar = payload?.[0]?.payload;
  if (!active || !bar) return null;
  const { place } = bar;
  return (
    <div className="timeline-tooltip">
      <p dir="auto">
        <strong>{place.name}</strong> ({place.pcode}): {place.incidents} {place.incidents === 1 ? 'incident' : 'incidents'}, {place.first} to {place.last}
      </p>
      <p>{place.busiest ? `Busiest month ${place.busiest.start.slice(0, 7)}: ${place.busiest.incidents} certainly in it` : place.busiestReason}</p>
    </div>
  );
}
