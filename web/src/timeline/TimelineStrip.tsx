import { useId, useMemo } from 'react';
import { href } from '../route.js';
import { termLabel, useVocabularies } from '../vocabularies.js';
import { IncidentBars } from './IncidentBars.js';
import { typeGroup } from './incident-groups.js';
import { buildTimeline } from './incident-timeline.js';
import { UncertainLane } from './UncertainLane.js';
import { useTimelineRecords } from './use-timeline-records.js';
import './timeline.css';

/**
 * The case overview's small timeline: incidents per week by type, context events numbered, and the uncertain
 * dates as thin spans beneath; the full timeline explains and lists them.
 */
export function TimelineStrip({ caseId }: { caseId: string }) {
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
      <h2 id={titleId}>Incidents per week</h2>
      {records.error && (
        <p role="alert" className="error">
          {records.error}
        </p>
      )}
      {!records.error && !model && <p className="loading">Loading…</p>}
      {model && (
        <>
          <IncidentBars model={model} compact />
          <UncertainLane model={model} compact />
          <p className="muted">
            {model.pinned.length} dated to a single week (bars); {model.spanned.length} with less certain dates (spans, not counted in the bars)
            {model.undated.length > 0 && `; ${model.undated.length} undated`}; {model.markers.length} context {model.markers.length === 1 ? 'event' : 'events'} marked.
            {model.clipped && ` Only the last ${model.bins.length} weeks are drawn.`}{' '}
            <a href={href({ page: 'timeline', caseId })}>Open the timeline</a>
          </p>
        </>
      )}
    </section>
  );
}
