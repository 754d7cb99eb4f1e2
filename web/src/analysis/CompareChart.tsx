import { FormattedMessage, useIntl } from 'react-intl';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { useT } from '../i18n/LanguageProvider.js';
import { CHART_BOX, type ChartMirror, chartMirror, sideMargins } from '../timeline/chart-direction.js';
import { PALETTE, type TermLabel } from '../timeline/incident-groups.js';
import type { CompareResult } from './analysis-types.js';
import { analysisMessages as m } from './analysis.messages.js';
import { type CompareGrouping, groupedBars } from './compare-rows.js';

/** Beyond the palette, colours would repeat: the chart draws this many parties, the tables list them all. */
export const MAX_CHART_PARTIES = PALETTE.length;

export const partyColour = (index: number) => PALETTE[index % PALETTE.length]!;

/**
 * The parties side by side in each group: per party a solid bar of the incidents attributed to it, and above
 * it a pale one of those only possibly attributed (an either-or attribution), never added to the solid part.
 * The groups read in the page's direction, the counts' axis where reading starts.
 */
export function CompareChart({ result, grouping, label }: { result: CompareResult; grouping: CompareGrouping; label?: TermLabel }) {
  const t = useT();
  const intl = useIntl();
  const mirror = chartMirror();
  const data = groupedBars(result, grouping, label);
  const parties = result.parties.slice(0, MAX_CHART_PARTIES);
  return (
    <>
      <BarChart
        responsive
        className="compare-chart"
        style={CHART_BOX}
        data={data}
        margin={{ top: 8, bottom: 0, ...sideMargins(mirror, { start: 0, end: 16 }) }}
        barCategoryGap="18%"
        barGap={2}
        title={t(m.compareChartTitle)}
      >
        <CartesianGrid vertical={false} stroke="#e4e4df" />
        <XAxis dataKey="label" reversed={mirror.reversed} interval={0} tick={{ fontSize: 11 }} height={48} tickFormatter={(text: string) => (text.length > 22 ? `${text.slice(0, 21)}…` : text)} />
        <YAxis orientation={mirror.axisSide} allowDecimals={false} width={40} tick={{ fontSize: 12 }} tickFormatter={(n: number) => intl.formatNumber(n)} />
        <Tooltip content={(props) => <GroupTooltip result={result} mirror={mirror} {...props} />} />
        {parties.flatMap((party, i) => [
          <Bar key={`a${i}`} dataKey={`a${i}`} name={t(m.partyAttributed, { party: party.actor.name })} stackId={`party${i}`} fill={partyColour(i)} isAnimationActive={false} />,
          <Bar
            key={`p${i}`}
            dataKey={`p${i}`}
            name={t(m.partyPossiblyAttributed, { party: party.actor.name })}
            stackId={`party${i}`}
            fill={partyColour(i)}
            fillOpacity={0.3}
            stroke={partyColour(i)}
            strokeDasharray="3 2"
            isAnimationActive={false}
          />,
        ])}
      </BarChart>
      <ul className="timeline-legend" aria-label={t(m.partiesLegend)}>
        {parties.map((party, i) => (
          <li key={party.actor.id}>
            <svg width="24" height="12" aria-hidden="true">
              <rect width="12" height="12" rx="2" fill={partyColour(i)} />
              <rect x="12" width="12" height="12" rx="2" fill={partyColour(i)} fillOpacity={0.3} />
            </svg>
            <span dir="auto">{party.actor.name}</span>
          </li>
        ))}
        <li className="muted">{t(m.compareLegend)}</li>
      </ul>
    </>
  );
}

/** A group's counts, party by party, in the page's language and direction. */
function GroupTooltip({ result, mirror, active, payload }: { result: CompareResult; mirror: ChartMirror; active?: boolean; payload?: readonly { payload?: Record<string, string | number> }[] }) {
  const row = payload?.[0]?.payload;
  if (!active || !row) return null;
  return (
    <div className="timeline-tooltip" dir={mirror.dir}>
      <p dir="auto">
        <strong>{String(row.label)}</strong>
      </p>
      <ul>
        {result.parties.slice(0, MAX_CHART_PARTIES).map((party, i) => (
          <li key={party.actor.id}>
            <FormattedMessage {...m.partyCounts} values={{ party: <bdi>{party.actor.name}</bdi>, attributed: Number(row[`a${i}`] ?? 0), possibly: Number(row[`p${i}`] ?? 0) }} />
          </li>
        ))}
      </ul>
    </div>
  );
}
