import { useEffect, useRef } from 'react';
import { dateText } from '../incidents/values.js';
import { href } from '../route.js';
import { termLabel, useVocabularies, type Vocabularies } from '../vocabularies.js';
import { shapeDescription, type IncidentShape, type MapIncident } from './incident-shapes.js';

interface Props {
  caseId: string;
  incidents: readonly MapIncident[];
  shapes: ReadonlyMap<string, IncidentShape> | undefined;
  selectedIds: readonly string[];
  onShowOnMap(id: string): void;
}

/** The incidents the map shows, as a table: the way to reach each one without pointing at the map. */
export function MapIncidentList({ caseId, incidents, shapes, selectedIds, onShowOnMap }: Props) {
  const vocabularies = useVocabularies();
  const table = useRef<HTMLTableElement>(null);
  useEffect(() => {
    // Bring the first incident picked on the map into view in the list.
    const first = selectedIds[0] && table.current?.querySelector(`tr[data-incident="${CSS.escape(selectedIds[0])}"]`);
    if (first) first.scrollIntoView({ block: 'nearest' });
  }, [selectedIds]);

  if (incidents.length === 0) return <p className="muted">No incident matches these filters.</p>;
  return (
    <table aria-label="Incidents on the map" className="map-incidents" ref={table}>
      <thead>
        <tr>
          <th scope="col">Incident</th>
          <th scope="col">Where</th>
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
                  <span dir="auto">{dateText(incident.date)}</span> · {incident.types.map((type) => termLabel(vocabularies, 'incident_types', type)).join(', ')} ·{' '}
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
                      <button type="button" className="link" onClick={() => onShowOnMap(incident.id)} aria-label={`Show “${incident.title}” on the map`}>
                        show
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

function PlaceName({ place, vocabularies }: { place: MapIncident['place']; vocabularies: Vocabularies | undefined }) {
  if (!place) return <span className="muted">no place</span>;
  return (
    <span>
      {place.names?.en && <span dir="auto">{place.names.en}</span>}
      {place.names?.en && place.names.ar && ' · '}
      {place.names?.ar && (
        <span lang="ar" dir="auto">
          {place.names.ar}
        </span>
      )}
      {!place.names?.en && !place.names?.ar && <span dir="auto">{place.asReported ?? place.countryCode ?? termLabel(vocabularies, 'place_precisions', place.precision)}</span>}
    </span>
  );
}
