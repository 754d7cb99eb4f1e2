import { Suspense, useMemo } from 'react';
import type { IncidentFilters } from '../filters.js';
import { href } from '../route.js';
import { drawnCounts, incidentLayers, type IncidentLayers } from './incident-shapes.js';
import { LazyIncidentMap, usePreloadedIncidentMap } from './lazy-incident-map.js';
import { useBasemap, useMapIncidents, type MapIncidents } from './use-map-data.js';
import { useMapFocus } from './use-map-focus.js';
import './map.css';

/** The overview shows the whole case: the filters the list and the full map share do not narrow it. */
const WHOLE_CASE: IncidentFilters = {};

/** The case overview's small map: every incident drawn as on the map page, as a picture; the map page is a link away. */
export function OverviewMap({ caseId }: { caseId: string }) {
  const { basemap, error: basemapError } = useBasemap();
  const incidents = useMapIncidents(caseId, WHOLE_CASE);
  const layers = useMemo(() => (basemap && incidents.items ? incidentLayers(incidents.items, basemap.areas) : undefined), [basemap, incidents.items]);
  const focus = useMapFocus(basemap, layers, WHOLE_CASE);
  usePreloadedIncidentMap();
  const error = basemapError ? `The basemap could not be loaded: ${basemapError}` : incidents.error;
  return (
    <section className="card overview-map" aria-label="Incidents on the map (overview)">
      <h2>Map</h2>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {basemap && layers && focus.current ? (
        <Suspense fallback={<p className="loading overview-map-placeholder">Loading the map…</p>}>
          <LazyIncidentMap compact basemap={basemap} layers={layers} focus={focus.current} />
        </Suspense>
      ) : (
        !error && <p className="loading overview-map-placeholder">Loading the map…</p>
      )}
      <p className="muted">
        {layers ? drawnSummary(layers, incidents) : !error && 'Loading the incidents…'} <a href={href({ page: 'map', caseId })}>Open the map</a>
      </p>
    </section>
  );
}

function drawnSummary(layers: IncidentLayers, incidents: MapIncidents): string {
  const { drawn, notDrawn } = drawnCounts(layers);
  const more = incidents.truncated ? ' The case has more incidents than the first 500 shown here.' : '';
  return `${drawn} ${drawn === 1 ? 'incident' : 'incidents'} drawn, ${notDrawn} without a place precise enough.${more}`;
}
