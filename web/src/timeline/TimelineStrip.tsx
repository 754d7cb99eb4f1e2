import { useId, useMemo } from 'react';
import { useT } from '../i18n/LanguageProvider.js';
import { href } from '../route.js';
import { termLabel, useVocabularies } from '../vocabularies.js';
import { IncidentBars } from './IncidentBars.js';
import { typeGroup } from './incident-groups.js';
import { buildTimeline } from './incident-timeline.js';
import { UncertainLane } from './UncertainLane.js';
import { timelineMessages as m } from './timeline.messages.js';
import { useTimelineRecords } from './use-timeline-records.js';
import './timeline.css';

/**
 * The case overview's small timeline: incidents per week by type, context events numbered, and the uncertain
 * dates as thin spans beneath; the full timeline explains and lists them.
 */
export function TimelineStrip({ caseId }: { caseId: string }) {
  const t = useT();
  const records = useTimelineRecords(caseId, '');
  const vocabularies = useVocabularies();
  const titleId = useId();
  const model = useMemo(() => {
    if (!records.value) return undefined;
    const label = (vocabulary: string, id: string) => termLabel(vocabularies, vocabulary, id);
    return buildTimeline(records.value.incidents.items, records.value.events.items, { unit: 'week', groupOf: (i) => typeGroup(i.types, label), maxBins: 260 });
  }, [records.value, vocabularies]);
  return (
    <section className="card timeline-strip" aria-labelledby={titleId}>
      <h2 id={titleId}>{t(m.stripTitle)}</h2>
      {records.error && (
        <p role="alert" className="error">
          {records.error}
        </p>
      )}
      {!records.error && !model && <p className="loading">{t(m.loading)}</p>}
      {model && (
        <>
          <IncidentBars model={model} compact />
          <UncertainLane model={model} compact />
          <p className="muted">
            {t(model.undated.length > 0 ? m.stripSummaryUndated : m.stripSummary, {
              pinned: model.pinned.length,
              spanned: model.spanned.length,
              undated: model.undated.length,
              markers: model.markers.length,
            })}
            {model.clipped && ` ${t(m.stripClipped, { count: model.bins.length })}`}{' '}
            <a href={href({ page: 'timeline', caseId })}>{t(m.openTimeline)}</a>
          </p>
        </>
      )}
    </section>
  );
}
