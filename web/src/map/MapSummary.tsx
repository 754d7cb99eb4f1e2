import type { IncidentFilters } from '../filters.js';
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
  const count = incidents.items?.length;
  const place = describePlaceFilter(filters, areas);
  const others = describeOtherFilters(filters);
  const notDrawn = layers ? drawnCounts(layers).notDrawn : 0;
  return (
    <div className="map-summary">
      <p aria-live="polite" aria-busy={incidents.loading}>
        {count === undefined
          ? 'Loading incidents…'
          : `${count}${incidents.truncated ? '+' : ''} incident${count === 1 ? '' : 's'}${place ? ` in ${place}` : ''}` +
            (others.length ? `, filtered by ${others.join(', ')}` : '') +
            (notDrawn ? `; ${notDrawn} not drawn (place too vague or unknown)` : '') +
            '.'}
        {incidents.truncated && ' Only the first 500 are shown: narrow the filters to see the rest.'}
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
