import type { ChartSeries } from './incident-groups.js';

/** The groups' colours, as HTML so long party names wrap and screen readers read them in order. */
export function SeriesLegend({ series }: { series: readonly ChartSeries[] }) {
  if (series.length === 0) return null;
  return (
    <ul className="timeline-legend" aria-label="Groups">
      {series.map((s) => (
        <li key={s.seriesKey}>
          <svg width="12" height="12" aria-hidden="true">
            <rect width="12" height="12" rx="2" fill={s.colour} />
          </svg>
          <span dir="auto">{s.label}</span> <span className="muted">({s.incidents} in all)</span>
        </li>
      ))}
    </ul>
  );
}
