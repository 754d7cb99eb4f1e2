import { Fragment } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useT } from '../i18n/LanguageProvider.js';
import { dateText } from '../incidents/values.js';
import { termLabel, useVocabularies } from '../vocabularies.js';
import { type TimelineContextEvent, numberedEvents } from './context-markers.js';
import { boundsInWords } from './date-span.js';
import { countedBins, type TimelineModel } from './incident-timeline.js';
import { describeBin } from './timeline-bins.js';
import { timelineMessages as m } from './timeline.messages.js';

/** The bars in words: every bin holding incidents, its count and its groups. */
export function BinCountsTable({ model }: { model: TimelineModel }) {
  const t = useT();
  const intl = useIntl();
  const counted = countedBins(model);
  return (
    <table aria-label={t(m.binTable)} className="timeline-table">
      <thead>
        <tr>
          <th scope="col">{t(m.periodHeader, { unit: model.unit })}</th>
          <th scope="col">{t(m.datedWithin)}</th>
          <th scope="col">{t(m.byGroup)}</th>
        </tr>
      </thead>
      <tbody>
        {counted.length === 0 && (
          <tr>
            <td colSpan={3} className="muted">
              {t(m.noneWithin, { unit: model.unit })}
            </td>
          </tr>
        )}
        {counted.map(({ bin, total, parts }) => (
          <tr key={bin.key}>
            <th scope="row">{describeBin(bin, model.unit)}</th>
            <td className="number">{intl.formatNumber(total)}</td>
            <td>
              {parts.map((p, i) => (
                <Fragment key={p.series.seriesKey}>
                  {i > 0 && t(m.listSeparator)}
                  <FormattedMessage {...m.groupCount} values={{ group: <bdi>{p.series.label}</bdi>, count: p.incidents }} />
                </Fragment>
              ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The span lane in words, every uncertain incident included (the lane draws only the first ones). */
export function UncertainDatesTable({ model }: { model: TimelineModel }) {
  const t = useT();
  if (model.spanned.length === 0) return null;
  return (
    <table aria-label={t(m.uncertainTable)} className="timeline-table">
      <thead>
        <tr>
          <th scope="col">{t(m.incident)}</th>
          <th scope="col">{t(m.dateAsRecorded)}</th>
          <th scope="col">{t(m.couldBeFrom)}</th>
          <th scope="col">{t(m.group)}</th>
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
  const t = useT();
  const vocabularies = useVocabularies();
  const shown = new Set(model.markers.map((marker) => marker.event.id));
  if (events.length === 0) return <p className="muted">{t(m.noEvents)}</p>;
  return (
    <ol aria-label={t(m.contextEvents)} className="timeline-events">
      {numberedEvents(events).map(({ event, number }) => (
        <li key={event.id} value={number}>
          <span dir="auto" className="timeline-event-title">
            {event.title}
          </span>{' '}
          <span className="muted">
            {t(shown.has(event.id) ? m.eventDetails : m.eventDetailsOutside, { kind: termLabel(vocabularies, 'context_event_kinds', event.eventKind), date: dateText(event.date) })}
          </span>
        </li>
      ))}
    </ol>
  );
}
