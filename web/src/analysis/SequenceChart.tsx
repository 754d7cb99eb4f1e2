import { FormattedMessage, useIntl } from 'react-intl';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { useT } from '../i18n/LanguageProvider.js';
import { boxOf, CHART_BOX, type ChartMirror, chartMirror, sideMargins } from '../timeline/chart-direction.js';
import { dayTickText, isoMonthText, isoRangeText } from '../timeline/time-format.js';
import type { SequenceResult } from './analysis-types.js';
import { analysisMessages as m } from './analysis.messages.js';
import { noBusiestText } from './result-wordings.js';
import { type PlaceBar, placeBars, timeDomain } from './sequence-rows.js';
import { Swatch } from './TempoChart.js';

const ROW_HEIGHT = 30;
const SPAN_COLOUR = '#0072B2';
const BUSIEST_COLOUR = '#D55E00';

/**
 * Places on one axis, time on the other, in the order first struck: each place's bar runs from the first day
 * its first incident can have happened to the last day its last can have; the darker part is its active period
 * (the middle half of its incidents), the orange mark its busiest month. Time runs from right to left in Arabic,
 * the places' names on the right.
 */
export function SequenceChart({ result }: { result: SequenceResult }) {
  const t = useT();
  const intl = useIntl();
  const mirror = chartMirror();
  const bars = placeBars(result);
  return (
    <>
      <BarChart
        responsive
        layout="vertical"
        className="sequence-chart"
        style={{ ...CHART_BOX, width: '100%', height: bars.length * ROW_HEIGHT + 40 }}
        data={bars}
        margin={{ top: 4, bottom: 4, ...sideMargins(mirror, { start: 0, end: 24, labelRoom: 12 }) }}
        barCategoryGap={4}
        title={t(m.sequenceChartTitle)}
      >
        <CartesianGrid horizontal={false} stroke="#e4e4df" />
        <XAxis
          type="number"
          dataKey="range"
          domain={timeDomain(bars)}
          scale="time"
          reversed={mirror.reversed}
          tickFormatter={(instant: number) => dayTickText(instant, intl)}
          tick={{ fontSize: 12 }}
          minTickGap={40}
        />
        <YAxis type="category" dataKey="label" orientation={mirror.axisSide} width={160} tick={{ fontSize: 12 }} interval={0} />
        <Tooltip cursor={false} content={(props) => <PlaceTooltip mirror={mirror} {...props} />} />
        <Bar dataKey="range" isAnimationActive={false} shape={(props: PlaceShapeProps) => <PlaceShape {...props} />} />
      </BarChart>
      <ul className="timeline-legend" aria-label={t(m.chartKey)}>
        <li>
          <Swatch fill={SPAN_COLOUR} opacity={0.25} /> {t(m.legendFirstToLast)}
        </li>
        <li>
          <Swatch fill={SPAN_COLOUR} /> {t(m.legendActive)}
        </li>
        <li>
          <svg width="12" height="12" aria-hidden="true">
            <rect x="1" y="1" width="10" height="10" fill="none" stroke={BUSIEST_COLOUR} strokeWidth="2" />
          </svg>{' '}
          {t(m.legendBusiest)}
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

/**
 * recharts gives the bar from its first day (x) to its last (x + width): a negative width when time runs right
 * to left. The active period and busiest month are fractions along it, so they land right in either direction.
 */
function PlaceShape({ x = 0, y = 0, width = 0, height = 0, payload }: PlaceShapeProps) {
  if (!payload) return null;
  const at = (fraction: number) => x + width * fraction;
  const along = ([start, end]: [number, number], min: number) => boxOf(at(start), at(end) - at(start), min);
  const whole = boxOf(x, width, 2);
  const active = along(payload.active, 2);
  const busiest = payload.busiest && along(payload.busiest, 3);
  return (
    <g className="sequence-place">
      <rect x={whole.x} y={y} width={whole.width} height={height} fill={SPAN_COLOUR} fillOpacity={0.25} rx={2} />
      <rect x={active.x} y={y + height * 0.2} width={active.width} height={height * 0.6} fill={SPAN_COLOUR} />
      {busiest && <rect className="sequence-busiest" x={busiest.x} y={y} width={busiest.width} height={height} fill="none" stroke={BUSIEST_COLOUR} strokeWidth={2} />}
    </g>
  );
}

function PlaceTooltip({ mirror, active, payload }: { mirror: ChartMirror; active?: boolean; payload?: readonly { payload?: PlaceBar }[] }) {
  const t = useT();
  const intl = useIntl();
  const bar = payload?.[0]?.payload;
  if (!active || !bar) return null;
  const { place } = bar;
  return (
    <div className="timeline-tooltip" dir={mirror.dir}>
      <p>
        <FormattedMessage
          {...m.placeTooltip}
          values={{ name: place.name, pcode: place.pcode, count: place.incidents, period: isoRangeText(place.first, place.last, intl), b: (chunks) => <strong dir="auto">{chunks}</strong> }}
        />
      </p>
      <p>{place.busiest ? t(m.busiestTooltip, { month: isoMonthText(place.busiest.start, intl), count: place.busiest.incidents }) : noBusiestText(place)}</p>
    </div>
  );
}
