import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { PALETTE } from '../timeline/incident-groups.js';
import type { CompareResult } from './analysis-types.js';
import { type CompareGrouping, groupedBars } from './compare-rows.js';

/** Beyond the palette, colours would repeat: the chart draws this many parties, the tables list them all. */
export const MAX_CHART_PARTIES = PALETTE.length;

export const partyColour = (index: number) => PALETTE[index % PALETTE.length]!;

/**
 * The parties side by side in each group: per party a solid bar of the incidents attributed to it, and above
 * it a pale one of those only possibly attributed (an either-or attribution), never added to the solid part.
 */
export function CompareChart({ result, grouping }: { result: CompareResult; grouping: CompareGrouping }) {
  const data = groupedBars(result, grouping);
  const parties = result.parties.slice(0, MAX_CHART_PARTIES);
  return (
    <>
      <BarChart responsive className="compare-chart" data={data} margin={{ top: 8, right: 16, left: 0, bottom: 0 }} barCategoryGap="18%" barGap={2} title="Incidents per group, the parties side by side">
        <CartesianGrid vertical={false} stroke="#e4e4df" />
        <XAxis dataKey="label" interval={0} tick={{ fontSize: 11 }} height={48} tickFormatter={(label: string) => (label.length > 22 ? `${label.slice(0, 21)}…` : label)} />
        <YAxis allowDecimals={false} width={40} tick={{ fontSize: 12 }} />
        <Tooltip />
        {parties.flatMap((party, i) => [
          <Bar key={`a${i}`} dataKey={`a${i}`} name={`${party.actor.name}: attributed`} stackId={`party${i}`} fill={partyColour(i)} isAnimationActive={false} />,
          <Bar key={`p${i}`} dataKey={`p${i}`} name={`${party.actor.name}: possibly attributed`} stackId={`party${i}`} fill={partyColour(i)} fillOpacity={0.3} stroke={partyColour(i)} strokeDasharray="3 2" isAnimationActive={false} />,
        ])}
      </BarChart>
      <ul className="timeline-legend" aria-label="Parties">
        {parties.map((party, i) => (
          <li key={party.actor.id}>
            <svg width="24" height="12" aria-hidden="true">
              <rect width="12" height="12" rx="2" fill={partyColour(i)} />
              <rect x="12" width="12" height="12" rx="2" fill={partyColour(i)} fillOpacity={0.3} />
            </svg>
            <span dir="auto">{party.actor.name}</span>
          </li>
        ))}
        <li className="muted">Solid: attributed; pale, above it: possibly attributed (one of several named)</li>
      </ul>
    </>
  );
}
