import type { IncidentFilters } from '../filters.js';
import { termLabel, useVocabularies } from '../vocabularies.js';
import type { AdminAreas } from './admin-areas.js';
import { drawnCounts, type IncidentLayers } from './incident-shapes.js';
import { describeOtherFilters, describePlaceFilter } from './place-filter.js';
import type { MapIncidents } from './use-map-data.js';

interface Props {
  filters: IncidentFilters;
  incidents: MapIncidents;
  layers: IncidentLayers | undefined;
  areas: AdminAreas | undefined;
  selectedCount: number;
  onClearSelection(): void;
}

/** What the map and the list show, in words, announced as it changes so the narrowing is heard as well as seen. */
export function MapSummary({ filters, incidents, layers, areas, selectedCount, onClearSelection }: Props) {
  const vocabularies = useVocabularies();
  const place = describePlaceFilter(filters, areas);
  const others = describeOtherFilters(filters, (vocabulary, id) => termLabel(vocabularies, vocabulary, id));
  return (
    <div className="map-summary">
      <p aria-live="polite" aria-busy={incidents.loading}>
        {summaryOf(incidents, layers, place, others)}
      </p>
      {selectedCount > 0 && (
        <p>
          {selectedCount} picked on the map.{' '}
          <button type="button" className="link" onClick={onClearSelection}>
            Clear the pick
          </button>
        </p>
      )}
    </div>
  );
}

function summaryOf(incidents: MapIncidents, layers: IncidentLayers | undefined, place: string | undefined, others: string[]): string {
  if (!incidents.items) return incidents.error ? 'No incidents loaded.' : 'Loading incidents…';
  // While new filters load, or when they failed, the items are the previous answer: its count beside the new filters' words would be wrong.
  if (incidents.loading) return 'Updating…';
  if (incidents.error) return 'Not updated: the map and the list still show the previous filters’ incidents.';
  return answerInWords(incidents.items.length, incidents.truncated, layers, place, others);
}

/** "12 incidents in Rural Damascus governorate, filtered by type Air strike; 2 not drawn (place too vague or unknown)." */
function answerInWords(count: number, truncated: boolean, layers: IncidentLayers | undefined, place: string | undefined, others: string[]): string {
  const notDrawn = layers ? drawnCounts(layers).notDrawn : 0;
  return (
    `${count}${truncated ? '+' : ''} incident${count === 1 ? '' : 's'}${place ? ` in ${place}` : ''}` +
    (others.length ? `, filtered by ${others.join(', ')}` : '') +
    (notDrawn ? `; ${notDrawn} not drawn (place too vague or unknown)` : '') +
    '.' +
    (truncated ? ' Only the first 500 are shown: narrow the filters to see the rest.' : '')
  );
}
