import { Suspense, useEffect, useMemo, useState } from 'react';
import type { IncidentFilters } from '../filters.js';
import { useT } from '../i18n/LanguageProvider.js';
import type { Bbox } from './bounds.js';
import { incidentLayers } from './incident-shapes.js';
import { LazyIncidentMap, usePreloadedIncidentMap } from './lazy-incident-map.js';
import { mapMessages as m } from './map.messages.js';
import { MapIncidentList } from './MapIncidentList.js';
import { MapPlaceControls } from './MapPlaceControls.js';
import { MapSummary } from './MapSummary.js';
import { withArea } from './place-filter.js';
import { useBasemap, useMapIncidents } from './use-map-data.js';
import { useEvidencePoints } from './use-evidence-points.js';
import { boundsOfShape, useMapFocus } from './use-map-focus.js';
import './map.css';

interface Props {
  caseId: string;
  filters: IncidentFilters;
  onFiltersChange(next: IncidentFilters): void;
}

/** A case's incidents on a map that needs no network, beside the list of the same incidents. */
export function MapPage({ caseId, filters, onFiltersChange }: Props) {
  const t = useT();
  const { basemap, error: basemapError } = useBasemap();
  const incidents = useMapIncidents(caseId, filters);
  const layers = useMemo(() => (basemap && incidents.items ? incidentLayers(incidents.items, basemap.areas) : undefined), [basemap, incidents.items]);
  const [selectedIds, setSelectedIds] = useState<string[]>([]);
  const [view, setView] = useState<Bbox | undefined>();
  const focus = useMapFocus(basemap, layers, filters);
  const [showEvidence, setShowEvidence] = useState(false);
  const evidence = useEvidencePoints(caseId, showEvidence);
  usePreloadedIncidentMap();

  useEffect(() => {
    // Picked incidents the new filters leave out are no longer picked.
    const shown = new Set(incidents.items?.map((incident) => incident.id));
    setSelectedIds((ids) => (ids.every((id) => shown.has(id)) ? ids : ids.filter((id) => shown.has(id))));
  }, [incidents.items]);

  const showOnMap = (id: string) => {
    const shape = layers?.shapes.get(id);
    const box = shape && boundsOfShape(shape);
    setSelectedIds([id]);
    if (box) focus.moveTo(box);
  };

  return (
    <section className="map-page" aria-labelledby="map-title">
      <h2 id="map-title">{t(m.map)}</h2>
      <MapPlaceControls areas={basemap?.areas} filters={filters} view={view} onFiltersChange={onFiltersChange} />
      <MapSummary filters={filters} incidents={incidents} layers={layers} areas={basemap?.areas} selectedCount={selectedIds.length} onClearSelection={() => setSelectedIds([])} />
      <p className="evidence-points">
        <label>
          <input type="checkbox" checked={showEvidence} onChange={(event) => setShowEvidence(event.currentTarget.checked)} /> {t(m.showEvidence)}
        </label>{' '}
        {evidence.error ? (
          <span role="alert" className="error">
            {evidence.error}
          </span>
        ) : (
          evidence.points && (
            <span role="status" className="muted">
              {t(m.evidenceWithGps, { count: evidence.points.length })}
            </span>
          )
        )}
      </p>
      <div className="map-layout">
        <div className="map-pane" data-view={view?.join(',')}>
          {basemapError && (
            <p role="alert" className="error">
              {t(m.basemapFailed, { error: basemapError })}
            </p>
          )}
          {basemap && layers && focus.current ? (
            <Suspense fallback={<p className="loading">{t(m.loadingTheMap)}</p>}>
              <LazyIncidentMap
                basemap={basemap}
                layers={layers}
                placeFilter={{ pcode: filters.pcode, bbox: filters.bbox }}
                selectedIds={selectedIds}
                focus={focus.current}
                onPickArea={(pcode) => onFiltersChange(withArea(filters, pcode))}
                onPickIncidents={setSelectedIds}
                onViewChange={setView}
                evidencePoints={evidence.points}
              />
            </Suspense>
          ) : (
            !basemapError && <p className="loading">{t(m.loadingTheMap)}</p>
          )}
          <p className="muted map-hint">{t(m.mapHint)}</p>
        </div>
        <div className="map-list-pane" aria-busy={incidents.loading}>
          {incidents.error && (
            <p role="alert" className="error">
              {incidents.error}
            </p>
          )}
          {incidents.items && (
            <MapIncidentList caseId={caseId} incidents={incidents.items} shapes={layers?.shapes} selectedIds={selectedIds} onShowOnMap={showOnMap} />
          )}
        </div>
      </div>
    </section>
  );
}
