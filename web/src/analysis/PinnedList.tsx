import { useIntl } from 'react-intl';
import { useT } from '../i18n/LanguageProvider.js';
import { href } from '../route.js';
import type { Loaded } from '../use-loaded.js';
import type { PinnedAnalysis } from './analysis-types.js';
import { analysisMessages as m } from './analysis.messages.js';

/** When a pin was made, to the minute, in UTC as the ledger keeps time: "May 1, 2024, 10:22 AM UTC". */
export const PINNED_AT: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' };

/** The analyses pinned to the case, newest first, each opening its kept result. */
export function PinnedList({ caseId, pins }: { caseId: string; pins: Loaded<PinnedAnalysis[]> }) {
  const t = useT();
  const intl = useIntl();
  return (
    <section className="pinned" aria-labelledby="pinned-title">
      <h3 id="pinned-title">{t(m.pinnedAnalyses)}</h3>
      {pins.error && (
        <p role="alert" className="error">
          {pins.error}
        </p>
      )}
      {!pins.error && !pins.value && <p className="loading">{t(m.loading)}</p>}
      {pins.value?.length === 0 && <p className="muted">{t(m.nothingPinned)}</p>}
      {pins.value && pins.value.length > 0 && (
        <ul aria-label={t(m.pinnedAnalyses)}>
          {pins.value.map((pin) => (
            <li key={pin.id}>
              <a href={href({ page: 'analysis-pin', caseId, id: pin.id })} dir="auto">
                {pin.title}
              </a>{' '}
              <span className="muted">
                {t(m.pinDetails, {
                  analysis: t(m.analysisName, { analysis: pin.analysis }),
                  at: intl.formatDate(pin.pinnedAt, PINNED_AT),
                  by: pin.pinnedBy,
                  size: intl.formatNumber(pin.treeSize, { useGrouping: false }),
                })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
