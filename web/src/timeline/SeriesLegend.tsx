import { useT } from '../i18n/LanguageProvider.js';
import type { ChartSeries } from './incident-groups.js';
import { timelineMessages as m } from './timeline.messages.js';

/** The groups' colours, as HTML so long party names wrap and screen readers read them in order. */
export function SeriesLegend({ series }: { series: readonly ChartSeries[] }) {
  const t = useT();
  if (series.length === 0) return null;
  return (
    <ul className="timeline-legend" aria-label={t(m.groupsLegend)}>
      {series.map((s) => (
        <li key={s.seriesKey}>
          <svg width="12" height="12" aria-hidden="true">
            <rect width="12" height="12" rx="2" fill={s.colour} />
          </svg>
          <span dir="auto">{s.label}</span> <span className="muted">{t(m.inAll, { count: s.incidents })}</span>
        </li>
      ))}
    </ul>
  );
}
