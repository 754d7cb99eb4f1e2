import { useId, useMemo, useState } from 'react';
import { filterQuery, type IncidentFilters, isFiltered } from '../filters.js';
import { termLabel, useVocabularies } from '../vocabularies.js';
import { IncidentBars } from './IncidentBars.js';
import { NO_PARTY, type GroupBy, typeGroup } from './incident-groups.js';
import { buildTimeline, type TimelineIncident } from './incident-timeline.js';
import { SeriesLegend } from './SeriesLegend.js';
import { BIN_UNITS, type BinUnit } from './timeline-bins.js';
import { timelineNotes } from './timeline-notes.js';
import { BinCountsTable, ContextEventList, UncertainDatesTable } from './TimelineTables.js';
import { MAX_LANE_ROWS, UncertainLane } from './UncertainLane.js';
import { usePartyLookup, useTimelineRecords } from './use-timeline-records.js';
import './timeline.css';

/** Beyond this many bins the bars are slivers; the earliest bins are dropped and the page says so. */
const MAX_BINS = 800;

/**
 * Incidents per day, week or month, by type or by party, with the context events marked. Only incidents dated
 * within one bin are counted in the bars; the others are drawn as spans over every bin they could fall in.
 */
export function TimelinePage({ caseId, filters }: { caseId: string; filters: IncidentFilters }) {
  const [unit, setUnit] = useState<BinUnit>('week');
  const [groupBy, setGroupBy] = useState<GroupBy>('type');
  const records = useTimelineRecords(caseId, filterQuery(filters).toString());
  const parties = usePartyLookup(caseId, groupBy === 'party');
  const vocabularies = useVocabularies();
  const ids = { title: useId(), unit: useId(), group: useId() };

  const model = useMemo(() => {
    if (!records.value) return undefined;
    if (groupBy === 'party' && !parties.value) return undefined;
    const partyOf = parties.value?.groups;
    const label = (vocabulary: string, id: string) => termLabel(vocabularies, vocabulary, id);
    const groupOf = (incident: TimelineIncident) => (groupBy === 'type' ? typeGroup(incident.types, label) : (partyOf?.get(incident.id) ?? NO_PARTY));
    return buildTimeline(records.value.incidents.items, records.value.events.items, { unit, groupOf, maxBins: MAX_BINS });
  }, [records.value, parties.value, vocabularies, unit, groupBy]);

  const error = records.error ?? (groupBy === 'party' ? parties.error : undefined);
  const spansLeftOut = model ? model.spanned.length - MAX_LANE_ROWS.full : 0;
  return (
    <section className="timeline" aria-labelledby={ids.title}>
      <h2 id={ids.title}>Timeline</h2>
      <div className="timeline-controls">
        <label htmlFor={ids.unit}>
          Bin by
          <select id={ids.unit} value={unit} onChange={(e) => setUnit(e.target.value as BinUnit)}>
            {BIN_UNITS.map((u) => (
              <option key={u} value={u}>
                {u}
              </option>
            ))}
          </select>
        </label>
        <label htmlFor={ids.group}>
          Group by
          <select id={ids.group} value={groupBy} onChange={(e) => setGroupBy(e.target.value as GroupBy)}>
            <option value="type">type</option>
            <option value="party">party</option>
          </select>
        </label>
        {isFiltered(filters) && <p className="muted">Only the incidents the current filters select.</p>}
      </div>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {!error && !model && <p className="loading">Loading…</p>}
      {model && records.value && (
        <>
          <ul className="timeline-notes" aria-live="polite">
            {timelineNotes(model, { incidentsCapped: records.value.incidents.capped, partiesCapped: groupBy === 'party' && parties.value?.capped }).map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
          <figure className="timeline-figure">
            <IncidentBars model={model} />
            <SeriesLegend series={model.series} />
            {model.spanned.length > 0 && (
              <>
                <h3 className="timeline-lane-title">
                  Uncertain dates: {model.spanned.length} {model.spanned.length === 1 ? 'incident' : 'incidents'}, each over every {unit} it could fall in
                </h3>
                <UncertainLane model={model} />
                {spansLeftOut > 0 && <p className="muted">{spansLeftOut} more are listed in the table below.</p>}
              </>
            )}
            <figcaption className="muted">Numbered markers are context events, listed below. Chevrons mark dates that run on past the period shown.</figcaption>
          </figure>
          <h3>Context events</h3>
          <ContextEventList events={records.value.events.items} model={model} />
          <h3>In tables</h3>
          <BinCountsTable model={model} />
          <UncertainDatesTable model={model} />
        </>
      )}
    </section>
  );
}
