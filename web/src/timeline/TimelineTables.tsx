import { dateText } from '../incidents/values.js';
import { termLabel, useVocabularies } from '../vocabularies.js';
import { type TimelineContextEvent, numberedEvents } from './context-markers.js';
import { boundsInWords } from './date-span.js';
import { countedBins, type TimelineModel } from './incident-timeline.js';
import { describeBin } from './timeline-bins.js';

/** The bars in words: every bin holding incidents, its count and its groups. */
export function BinCountsTable({ model }: { model: TimelineModel }) {
  const counted = countedBins(model);
  return (
    <table aria-label="Incidents over time" className="timeline-table">
      <thead>
        <tr>
          <th scope="col">Period ({model.unit})</th>
          <th scope="col">Incidents dated within it</th>
          <th scope="col">By group</th>
        </tr>
      </thead>
      <tbody>
        {counted.length === 0 && (
          <tr>
            <td colSpan={3} className="muted">
              No incident is dated within a single {model.unit}.
            </td>
          </tr>
        )}
        {counted.map(({ bin, total, parts }) => (
          <tr key={bin.key}>
            <th scope="row">{describeBin(bin, model.unit)}</th>
            <td className="number">{total}</td>
            <td dir="auto">{parts.map((p) => `${p.series.label}: ${p.incidents}`).join('; ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The span lane in words, every uncertain incident included (the lane draws only the first ones). */
export function UncertainDatesTable({ model }: { model: TimelineModel }) {
  if (model.spanned.length === 0) return null;
  return (
    <table aria-label="Incidents with uncertain dates" className="timeline-table">
      <thead>
        <tr>
          <th scope="col">Incident</th>
          <th scope="col">Date as recorded</th>
          <th scope="col">Could be any time from</th>
          <th scope="col">Group</th>
        </tr>
      </thead>
      <tbody>
        {model.spanned.map(({ incident, span, series }) => (
          <tr key={incident.id}>
            <td dir="auto">{incident.title}</td>
            <td dir="auto">{dateText(incident.date)}</td>
            <td>{boundsInWords(span)}</td>
            <td dir="auto">{series.label}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Every context event of the case, numbered as on the chart, with its date as recorded. */
export function ContextEventList({ events, model }: { events: readonly TimelineContextEvent[]; model: TimelineModel }) {
  const vocabularies = useVocabularies();
  const shown = new Set(model.markers.map((m) => m.event.id));
  if (events.length === 0) return <p className="muted">No context events recorded for this case.</p>;
  return (
    <ol aria-label="Context events" className="timeline-events">
      {numberedEvents(events).map(({ event, number }) => (
        <li key={event.id} value={number}>
          <span dir="auto" className="timeline-event-title">
            {event.title}
          </span>{' '}
          <span className="muted">
            ({termLabel(vocabularies, 'context_event_kinds', event.eventKind)}; {dateText(event.date)}
            {shown.has(event.id) ? '' : '; outside the period charted'})
          </span>
        </li>
      ))}
    </ol>
  );
}
