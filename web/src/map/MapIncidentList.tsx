import { useEffect, useRef } from 'react';
import { useIntl } from 'react-intl';
import { useT } from '../i18n/LanguageProvider.js';
import { dateText } from '../incidents/values.js';
import { href } from '../route.js';
import { termLabel, useVocabularies, type Vocabularies } from '../vocabularies.js';
import { placeNames, shapeDescription, type IncidentShape, type MapIncident } from './incident-shapes.js';
import { mapMessages as m } from './map.messages.js';

interface Props {
  caseId: string;
  incidents: readonly MapIncident[];
  shapes: ReadonlyMap<string, IncidentShape> | undefined;
  selectedIds: readonly string[];
  onShowOnMap(id: string): void;
}

/** The incidents the map shows, as a table: the way to reach each one without pointing at the map. */
export function MapIncidentList({ caseId, incidents, shapes, selectedIds, onShowOnMap }: Props) {
  const t = useT();
  const intl = useIntl();
  const vocabularies = useVocabularies();
  const table = useRef<HTMLTableElement>(null);
  useEffect(() => {
    // Bring the first incident picked on the map into view in the list.
    const first = selectedIds[0] && table.current?.querySelector(`tr[data-incident="${CSS.escape(selectedIds[0])}"]`);
    if (first) first.scrollIntoView({ block: 'nearest' });
  }, [selectedIds]);

  if (incidents.length === 0) return <p className="muted">{t(m.noIncidentMatches)}</p>;
  return (
    <table aria-label={t(m.incidentsOnTheMap)} className="map-incidents" ref={table}>
      <thead>
        <tr>
          <th scope="col">{t(m.incident)}</th>
          <th scope="col">{t(m.where)}</th>
        </tr>
      </thead>
      <tbody>
        {incidents.map((incident) => {
          const shape = shapes?.get(incident.id);
          const selected = selectedIds.includes(incident.id);
          return (
            <tr key={incident.id} data-incident={incident.id} className={selected ? 'selected' : undefined} aria-current={selected ? 'true' : undefined}>
              <td>
                <a href={href({ page: 'incident', caseId, id: incident.id })} dir="auto">
                  {incident.title}
                </a>
                <div className="muted">
                  <span dir="auto">{dateText(incident.date)}</span> · {intl.formatList(
                    incident.types.map((type) => termLabel(vocabularies, 'incident_types', type)),
                    { type: 'unit', style: 'short' },
                  )} ·{' '}
                  {termLabel(vocabularies, 'verification_grades', incident.grade)}
                </div>
              </td>
              <td>
                <PlaceName place={incident.place} vocabularies={vocabularies} />
                <div className="muted">
                  {shapeDescription(shape)}
                  {shape && shape.kind !== 'none' && (
                    <>
                      {' · '}
                      <button type="button" className="link" onClick={() => onShowOnMap(incident.id)} aria-label={t(m.showOnMapLabel, { title: incident.title })}>
                        {t(m.show)}
                      </button>
                    </>
                  )}
                </div>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** The place's names, the reader's language first (Arabic for an Arabic reader), each in its own language. */
function PlaceName({ place, vocabularies }: { place: MapIncident['place']; vocabularies: Vocabularies | undefined }) {
  const t = useT();
  if (!place) return <span className="muted">{t(m.noPlace)}</span>;
  const names = placeNames(place.names);
  if (!names) return <span dir="auto">{place.asReported ?? place.countryCode ?? termLabel(vocabularies, 'place_precisions', place.precision)}</span>;
  const otherLang = names.lang === 'ar' ? 'en' : 'ar';
  return (
    <span>
      <span lang={names.lang} dir="auto">
        {names.name}
      </span>
      {names.other && (
        <>
          {' · '}
          <span lang={otherLang} dir="auto">
            {names.other}
          </span>
        </>
      )}
    </span>
  );
}
