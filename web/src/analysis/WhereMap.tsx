import { AttributionControl, Map as MapLibreMap, NavigationControl, ScaleControl, setWorkerUrl, type GeoJSONSource, type StyleSpecification } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { useEffect, useRef, useState } from 'react';
import { translate } from '../i18n/active-locale.js';
import { useT } from '../i18n/LanguageProvider.js';
import type { Basemap } from '../map/basemap/load-basemap.js';
import { type Bbox } from '../map/bounds.js';
import { BASEMAP_ATTRIBUTION, BASEMAP_GROUND, basemapSources, emptySource, FLAT_MAP_OPTIONS } from '../map/map-style.js';
import { governorateLabels } from '../map/place-labels.js';
import { analysisMessages as m } from './analysis.messages.js';
import type { AreaShapeProperties } from './where-rows.js';

setWorkerUrl(workerUrl);

export const WHERE_SOURCES = { areas: 'where-areas', waves: 'where-waves', waveCentres: 'where-wave-centres' } as const;
const AREAS_FILL = 'where-areas-fill';
const WAVE_INK = '#1f3f8f';

export interface WhereMapProps {
  basemap: Basemap;
  shapes: FeatureCollection<Polygon | MultiPolygon, AreaShapeProperties>;
  circles: FeatureCollection<Polygon>;
  centres: FeatureCollection;
  bbox: Bbox;
  /** A shaded area clicked; without it the areas are a picture only. */
  onPickArea?: ((pcode: string) => void) | undefined;
}

/** The same offline basemap as the map page (no tiles, no glyphs), with the areas shaded and the waves circled. */
function whereStyle(basemap: Basemap): StyleSpecification {
  return {
    version: 8,
    sources: {
      ...basemapSources(basemap),
      [WHERE_SOURCES.areas]: emptySource(),
      [WHERE_SOURCES.waves]: emptySource(),
      [WHERE_SOURCES.waveCentres]: emptySource(),
    },
    layers: [
      ...BASEMAP_GROUND,
      { id: 'governorates-fill', type: 'fill', source: 'governorates', paint: { 'fill-color': '#fdfcf8' } },
      { id: AREAS_FILL, type: 'fill', source: WHERE_SOURCES.areas, paint: { 'fill-color': ['get', 'colour'], 'fill-opacity': 0.85 } },
      { id: 'districts-line', type: 'line', source: 'districts', paint: { 'line-color': '#c4bda9', 'line-width': 0.5, 'line-dasharray': [3, 2] } },
      { id: 'where-areas-line', type: 'line', source: WHERE_SOURCES.areas, paint: { 'line-color': '#6b4a2b', 'line-width': 0.8 } },
      { id: 'governorates-line', type: 'line', source: 'governorates', paint: { 'line-color': '#8c8573', 'line-width': 1 } },
      { id: 'where-waves-fill', type: 'fill', source: WHERE_SOURCES.waves, paint: { 'fill-color': WAVE_INK, 'fill-opacity': 0.12 } },
      { id: 'where-waves-line', type: 'line', source: WHERE_SOURCES.waves, paint: { 'line-color': WAVE_INK, 'line-width': 2 } },
      { id: 'where-wave-centres', type: 'circle', source: WHERE_SOURCES.waveCentres, paint: { 'circle-color': WAVE_INK, 'circle-radius': 3.5, 'circle-stroke-color': '#fff', 'circle-stroke-width': 1.5 } },
    ],
  };
}

type Status = 'loading' | 'ready' | 'failed';
const FIT = { padding: 32, maxZoom: 10 };

/** The map's own controls in the page's language (MapLibre's `locale`). */
const controlTexts = () => ({
  'NavigationControl.ZoomIn': translate(m.zoomIn),
  'NavigationControl.ZoomOut': translate(m.zoomOut),
  'ScaleControl.Kilometers': translate(m.kilometres),
  'ScaleControl.Meters': translate(m.metres),
});

/** The choropleth: a picture beside the tables, which hold every figure and its incidents; a shaded area clicked picks it. */
export default function WhereMap({ basemap, shapes, circles, centres, bbox, onPickArea }: WhereMapProps) {
  const t = useT();
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<MapLibreMap | undefined>(undefined);
  const [status, setStatus] = useState<Status>('loading');
  const firstBbox = useRef(bbox);
  // Read when clicked, so the map is made once and still calls the latest handler.
  const pickArea = useRef(onPickArea);
  pickArea.current = onPickArea;

  useEffect(() => {
    let created: MapLibreMap;
    try {
      created = new MapLibreMap({
        container: container.current!,
        style: whereStyle(basemap),
        bounds: firstBbox.current,
        fitBoundsOptions: FIT,
        maxZoom: 12,
        locale: controlTexts(),
        ...FLAT_MAP_OPTIONS,
      });
    } catch {
      setStatus('failed');
      return;
    }
    created.addControl(new AttributionControl({ compact: false, customAttribution: BASEMAP_ATTRIBUTION }), 'bottom-right');
    created.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    created.addControl(new ScaleControl({}), 'bottom-left');
    created.touchZoomRotate.disableRotation();
    created.keyboard.disableRotation();
    created.on('click', AREAS_FILL, (event) => {
      const pcode = event.features?.[0]?.properties.pcode;
      if (typeof pcode === 'string') pickArea.current?.(pcode);
    });
    created.on('mouseenter', AREAS_FILL, () => (created.getCanvas().style.cursor = pickArea.current ? 'pointer' : ''));
    created.on('mouseleave', AREAS_FILL, () => (created.getCanvas().style.cursor = ''));
    created.on('load', () => {
      governorateLabels(created, basemap.governorates.features);
      setStatus('ready');
    });
    map.current = created;
    return () => {
      created.remove();
      map.current = undefined;
    };
  }, [basemap]);

  useEffect(() => {
    const current = map.current;
    if (status !== 'ready' || !current) return;
    current.getSource<GeoJSONSource>(WHERE_SOURCES.areas)?.setData(shapes);
    current.getSource<GeoJSONSource>(WHERE_SOURCES.waves)?.setData(circles);
    current.getSource<GeoJSONSource>(WHERE_SOURCES.waveCentres)?.setData(centres);
    current.fitBounds(bbox, { ...FIT, animate: false });
  }, [status, shapes, circles, centres, bbox]);

  return (
    <div className="incident-map where-map" data-map-state={status} data-shaded-areas={shapes.features.length} data-waves={circles.features.length}>
      <div ref={container} className="incident-map-canvas" />
      {status === 'failed' && (
        <p role="alert" className="map-failed">
          {t(m.mapNeedsWebgl)}
        </p>
      )}
    </div>
  );
}
