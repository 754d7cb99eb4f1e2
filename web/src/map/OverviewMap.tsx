import { Suspense, useMemo } from 'react';
import type { IncidentFilters } from '../filters.js';
import { translate } from '../i18n/active-locale.js';
import { useT } from '../i18n/LanguageProvider.js';
import { href } from '../route.js';
import { drawnCounts, incidentLayers, type IncidentLayers } from './incident-shapes.js';
import { LazyIncidentMap, usePreloadedIncidentMap } from './lazy-incident-map.js';
import { mapMessages as m } from './map.messages.js';
import { MAP_LIMIT, useBasemap, useMapIncidents, type MapIncidents } from './use-map-data.js';
import { useMapFocus } from './use-map-focus.js';
import './map.css';

/** The overview shows the whole case: the filters the list and the full map share do not narrow it. */
const WHOLE_CASE: IncidentFilters = {};

/** The case overview's small map: every incident drawn as on the map page, as a picture; the map page is a link away. */
export function OverviewMap({ caseId }: { caseId: string }) {
  const t = useT();
  const { basemap, error: basemapError } = useBasemap();
  const incidents = useMapIncidents(caseId, WHOLE_CASE);
  const layers = useMemo(() => (basemap && incidents.items ? incidentLayers(incidents.items, basemap.areas) : undefined), [basemap, incidents.items]);
  const focus = useMapFocus(basemap, layers, WHOLE_CASE);
  usePreloadedIncidentMap();
  const error = basemapError ? t(m.basemapFailed, { error: basemapError }) : incidents.error;
  return (
    <section className="card overview-map" aria-label={t(m.overviewLabel)}>
      <h2>{t(m.map)}</h2>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {basemap && layers && focus.current ? (
        <Suspense fallback={<p className="loading overview-map-placeholder">{t(m.loadingTheMap)}</p>}>
          <LazyIncidentMap compact basemap={basemap} layers={layers} focus={focus.current} />
        </Suspense>
      ) : (
        !error && <p className="loading overview-map-placeholder">{t(m.loadingTheMap)}</p>
      )}
      <p className="muted">
        {layers ? drawnSummary(layers, incidents) : !error && t(m.loadingTheIncidents)} <a href={href({ page: 'map', caseId })}>{t(m.openTheMap)}</a>
      </p>
    </section>
  );
}

function drawnSummary(layers: IncidentLayers, incidents: MapIncidents): string {
  const { drawn, notDrawn } = drawnCounts(layers);
  const summary = translate(m.drawnSummary, { drawn, notDrawn });
  return incidents.truncated ? translate(m.moreThanShownOverview, { summary, limit: MAP_LIMIT }) : summary;
}
