import { useId, useMemo, useState } from 'react';
import { filterQuery, type IncidentFilters, isFiltered } from '../filters.js';
import { useT } from '../i18n/LanguageProvider.js';
import { termLabel, useVocabularies } from '../vocabularies.js';
import { IncidentBars } from './IncidentBars.js';
import { type GroupBy, noPartyGroup, typeGroup } from './incident-groups.js';
import { buildTimeline, type TimelineIncident } from './incident-timeline.js';
import { SeriesLegend } from './SeriesLegend.js';
import { BIN_UNITS, type BinUnit } from './timeline-bins.js';
import { timelineNotes } from './timeline-notes.js';
import { timelineMessages as m } from './timeline.messages.js';
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
  const t = useT();
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
    const noParty = noPartyGroup();
    const label = (vocabulary: string, id: string) => termLabel(vocabularies, vocabulary, id);
    const groupOf = (incident: TimelineIncident) => (groupBy === 'type' ? typeGroup(incident.types, label) : (partyOf?.get(incident.id) ?? noParty));
    return buildTimeline(records.value.incidents.items, records.value.events.items, { unit, groupOf, maxBins: MAX_BINS });
  }, [records.value, parties.value, vocabularies, unit, groupBy]);

  const error = records.error ?? (groupBy === 'party' ? parties.error : undefined);
  const spansLeftOut = model ? model.spanned.length - MAX_LANE_ROWS.full : 0;
  return (
    <section className="timeline" aria-labelledby={ids.title}>
      <h2 id={ids.title}>{t(m.title)}</h2>
      <div className="timeline-controls">
        <label htmlFor={ids.unit}>
          {t(m.binBy)}
          <select id={ids.unit} value={unit} onChange={(e) => setUnit(e.target.value as BinUnit)}>
            {BIN_UNITS.map((u) => (
              <option key={u} value={u}>
                {t(m.binUnit, { unit: u })}
              </option>
            ))}
          </select>
        </label>
        <label htmlFor={ids.group}>
          {t(m.groupBy)}
          <select id={ids.group} value={groupBy} onChange={(e) => setGroupBy(e.target.value as GroupBy)}>
            <option value="type">{t(m.groupByType)}</option>
            <option value="party">{t(m.groupByParty)}</option>
          </select>
        </label>
        {isFiltered(filters) && <p className="muted">{t(m.filteredOnly)}</p>}
      </div>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {!error && !model && <p className="loading">{t(m.loading)}</p>}
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
                <h3 className="timeline-lane-title">{t(m.uncertainTitle, { count: model.spanned.length, unit })}</h3>
                <UncertainLane model={model} />
                {spansLeftOut > 0 && <p className="muted">{t(m.moreInTable, { count: spansLeftOut })}</p>}
              </>
            )}
            <figcaption className="muted">{t(m.figureCaption)}</figcaption>
          </figure>
          <h3>{t(m.contextEvents)}</h3>
          <ContextEventList events={records.value.events.items} model={model} />
          <h3>{t(m.inTables)}</h3>
          <BinCountsTable model={model} />
          <UncertainDatesTable model={model} />
        </>
      )}
    </section>
  );
}
