import { AttributionControl, LngLatBounds, Map as MapLibreMap, NavigationControl, ScaleControl, setWorkerUrl, type StyleSpecification } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { useEffect, useRef, useState } from 'react';
import { translate } from '../i18n/active-locale.js';
import { useT } from '../i18n/LanguageProvider.js';
import type { Basemap } from '../map/basemap/load-basemap.js';
import { basemapAttribution, BASEMAP_GROUND, basemapSources, FLAT_MAP_OPTIONS, mapLocale } from '../map/map-style.js';
import type { IncidentSiteDistance as IncidentSite } from '../../../src/evidence/incident-site.js';
import { metadataMessages as m } from './metadata.messages.js';
import '../map/map.css';

setWorkerUrl(workerUrl);

const ITEM = '#1d4e89';
const SITE = '#a4161a';

/** Where the item's GPS puts it, and the sites of the incidents citing it, each joined to it by a line. */
export default function ItemLocationMap({ basemap, gps, sites }: { basemap: Basemap; gps: { lat: number; lon: number }; sites: IncidentSite[] }) {
  const t = useT();
  const container = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState<'loading' | 'ready' | 'failed'>('loading');
  useEffect(() => {
    const bounds = new LngLatBounds([gps.lon, gps.lat], [gps.lon, gps.lat]);
    for (const site of sites) bounds.extend([site.site.lon, site.site.lat]);
    let map: MapLibreMap;
    try {
      map = new MapLibreMap({ container: container.current!, style: itemStyle(basemap, gps, sites), bounds, fitBoundsOptions: { padding: 48, maxZoom: 13 }, maxZoom: 15, locale: { ...mapLocale(), 'Map.Title': translate(m.mapTitle) }, ...FLAT_MAP_OPTIONS });
    } catch {
      setStatus('failed'); // no WebGL: the distances above still say it all
      return;
    }
    map.addControl(new AttributionControl({ compact: false, customAttribution: basemapAttribution() }), 'bottom-right');
    map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    map.addControl(new ScaleControl({}), 'bottom-left');
    map.on('load', () => setStatus('ready'));
    return () => map.remove();
  }, [basemap, gps.lat, gps.lon, sites]);
  return (
    <div className="incident-map item-location-map" data-map-state={status}>
      <div ref={container} className="incident-map-canvas" />
      {status === 'failed' && (
        <p role="alert" className="map-failed">
          {t(m.noWebGl, { webgl: 'WebGL' })}
        </p>
      )}
    </div>
  );
}

function itemStyle(basemap: Basemap, gps: { lat: number; lon: number }, sites: IncidentSite[]): StyleSpecification {
  const point = (lon: number, lat: number) => ({ type: 'Point' as const, coordinates: [lon, lat] });
  return {
    version: 8,
    sources: {
      ...basemapSources(basemap),
      item: { type: 'geojson', data: { type: 'Feature', properties: {}, geometry: point(gps.lon, gps.lat) } },
      sites: { type: 'geojson', data: { type: 'FeatureCollection', features: sites.map((site) => ({ type: 'Feature', properties: {}, geometry: point(site.site.lon, site.site.lat) })) } },
      links: {
        type: 'geojson',
        data: {
          type: 'FeatureCollection',
          features: sites.map((site) => ({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [[gps.lon, gps.lat], [site.site.lon, site.site.lat]] } })),
        },
      },
    },
    layers: [
      ...BASEMAP_GROUND,
      { id: 'governorates-fill', type: 'fill', source: 'governorates', paint: { 'fill-color': '#fdfcf8' } },
      { id: 'districts-line', type: 'line', source: 'districts', paint: { 'line-color': '#c4bda9', 'line-width': 0.6, 'line-dasharray': [3, 2] } },
      { id: 'governorates-line', type: 'line', source: 'governorates', paint: { 'line-color': '#8c8573', 'line-width': 1 } },
      { id: 'links', type: 'line', source: 'links', paint: { 'line-color': '#555', 'line-width': 1.5, 'line-dasharray': [2, 2] } },
      { id: 'sites', type: 'circle', source: 'sites', paint: { 'circle-color': SITE, 'circle-radius': 7, 'circle-stroke-color': '#fff', 'circle-stroke-width': 2 } },
      { id: 'item', type: 'circle', source: 'item', paint: { 'circle-color': ITEM, 'circle-radius': 7, 'circle-stroke-color': '#fff', 'circle-stroke-width': 2 } },
    ],
  };
}
