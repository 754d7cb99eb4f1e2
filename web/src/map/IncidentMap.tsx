import { AttributionControl, Map as MapLibreMap, Marker as MapLibreMarker, NavigationControl, ScaleControl, setWorkerUrl, type GeoJSONSource, type Marker } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
// The worker is served from the app's own origin like any script, so the page needs no blob: or eval in its CSP.
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { useEffect, useRef, useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { translate } from '../i18n/active-locale.js';
import { useT } from '../i18n/LanguageProvider.js';
import { areaName, otherAreaName, type AdminProperties } from './admin-areas.js';
import type { Basemap } from './basemap/load-basemap.js';
import { bboxPolygon, viewBbox, type Bbox } from './bounds.js';
import { areaBadges, ClusterBadges } from './count-badges.js';
import { governorateLabels } from './place-labels.js';
import type { IncidentLayers } from './incident-shapes.js';
import { wirePointer, type PointerHandlers } from './map-interactions.js';
import { mapMessages as m } from './map.messages.js';
import { basemapAttribution, FLAT_MAP_OPTIONS, LAYERS, mapLocale, mapStyle, oneOf, SOURCES } from './map-style.js';

setWorkerUrl(workerUrl);

export interface IncidentMapProps {
  basemap: Basemap;
  layers: IncidentLayers;
  /** Where to move the view; a new object moves it again. */
  focus: { bbox: Bbox } | undefined;
  /**
   * A picture of the incidents, as on the case overview: no controls, no panning, zooming or picking, and the
   * counts shown but not pressable. The full map is a link away.
   */
  compact?: boolean;
  // The full map's: a compact one outlines no filter, shows no pick and reports nothing.
  placeFilter?: PlaceFilter;
  selectedIds?: readonly string[];
  onPickArea?(pcode: string): void;
  onPickIncidents?(ids: string[]): void;
  onViewChange?(bbox: Bbox): void;
  /** Evidence items placed by their own GPS metadata, drawn as links to their pages (the full map's). */
  evidencePoints?: readonly EvidencePoint[] | undefined;
}

export interface EvidencePoint {
  id: string;
  name: string;
  lat: number;
  lon: number;
  href: string;
}

interface PlaceFilter {
  pcode?: string | undefined;
  bbox?: Bbox | undefined;
}
const NO_PLACE_FILTER: PlaceFilter = {};
const NONE_SELECTED: readonly string[] = [];

type Status = 'loading' | 'ready' | 'failed';

/** How the view fits what it is asked to show: room for the badges at the edges, and never closer than a town. */
const FIT = { padding: 56, maxZoom: 11 };

/** The MapLibre map: basemap, incident points (clustered) and areas, the place filter outlined. */
export default function IncidentMap(props: IncidentMapProps) {
  const t = useT();
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<MapLibreMap | undefined>(undefined);
  const clusters = useRef<ClusterBadges | undefined>(undefined);
  const latest = useRef(props);
  latest.current = props;
  const [status, setStatus] = useState<Status>('loading');
  const [hovered, setHovered] = useState<AdminProperties | undefined>();

  const compact = props.compact ?? false;
  /** What pressing a count does: picks its incidents on the full map, nothing on a compact one. */
  const pickOfCounts = () => (compact ? undefined : (ids: string[]) => latest.current.onPickIncidents?.(ids));
  useEffect(() => {
    let created: MapLibreMap;
    try {
      created = new MapLibreMap({
        container: container.current!,
        style: mapStyle(props.basemap),
        bounds: latest.current.focus?.bbox,
        fitBoundsOptions: FIT,
        maxZoom: 13,
        interactive: !compact,
        locale: mapLocale(),
        ...FLAT_MAP_OPTIONS,
      });
    } catch {
      // No WebGL 2 (MapLibre throws GPUInitializationError): the page still has its list and controls.
      setStatus('failed');
      return;
    }
    // The sources' credit stays on the smallest map: the OCHA licence asks for it.
    created.addControl(new AttributionControl({ compact: false, customAttribution: basemapAttribution() }), 'bottom-right');
    const badges = new ClusterBadges(created, pickOfCounts());
    const reportView = () => {
      const bounds = created.getBounds();
      latest.current.onViewChange?.(viewBbox(bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()));
    };
    created.on('load', () => {
      governorateLabels(created, props.basemap.governorates.features);
      setStatus('ready');
      reportView();
    });
    created.on('moveend', reportView);
    created.on('idle', () => badges.refresh());
    if (compact) {
      // Nobody moves a compact map, so it keeps every incident in view as its box changes size (a layout column to a full row).
      created.on('resize', () => latest.current.focus && created.fitBounds(latest.current.focus.bbox, { ...FIT, animate: false }));
    } else {
      created.touchZoomRotate.disableRotation();
      created.keyboard.disableRotation();
      created.addControl(new NavigationControl({ showCompass: false }), 'top-right');
      created.addControl(new ScaleControl({}), 'bottom-left');
      wirePointer(created, (): PointerHandlers => ({
        onPickIncidents: (ids) => latest.current.onPickIncidents?.(ids),
        onPickArea: (pcode) => latest.current.onPickArea?.(pcode),
        onHoverArea: setHovered,
        incidentIdsOfArea: (key) => latest.current.layers.areaGroups.find((group) => group.key === key)?.incidentIds ?? [],
      }));
    }
    map.current = created;
    clusters.current = badges;
    return () => {
      created.remove();
      map.current = undefined;
    };
  }, [props.basemap, compact]);

  const { layers, placeFilter = NO_PLACE_FILTER, selectedIds = NONE_SELECTED, focus } = props;
  useEffect(() => {
    const current = map.current;
    if (status !== 'ready' || !current) return;
    clusters.current?.clear();
    current.getSource<GeoJSONSource>(SOURCES.points)?.setData(layers.points);
    current.getSource<GeoJSONSource>(SOURCES.areas)?.setData(layers.areas);
    const badges: Marker[] = areaBadges(current, layers.areaGroups, pickOfCounts());
    return () => badges.forEach((badge) => badge.remove());
  }, [status, layers, compact]);

  useEffect(() => {
    if (status !== 'ready') return;
    const area = placeFilter.pcode ? props.basemap.areas.byPcode.get(placeFilter.pcode) : undefined;
    const outlines = [...(area ? [area.geometry] : []), ...(placeFilter.bbox ? [bboxPolygon(placeFilter.bbox)] : [])];
    map.current
      ?.getSource<GeoJSONSource>(SOURCES.placeFilter)
      ?.setData({ type: 'FeatureCollection', features: outlines.map((geometry) => ({ type: 'Feature', properties: {}, geometry })) });
  }, [status, placeFilter.pcode, placeFilter.bbox, props.basemap]);

  useEffect(() => {
    if (status !== 'ready' || !map.current) return;
    const keys = layers.areaGroups.filter((group) => group.incidentIds.some((id) => selectedIds.includes(id))).map((group) => group.key);
    map.current.setFilter(LAYERS.pointsSelected, oneOf('id', selectedIds));
    map.current.setFilter(LAYERS.areasSelected, oneOf('key', keys));
  }, [status, selectedIds, layers]);

  const { evidencePoints } = props;
  useEffect(() => {
    const current = map.current;
    if (status !== 'ready' || !current || !evidencePoints) return;
    // Links, not map features: each is reached by keyboard and opens the item's page.
    const markers = evidencePoints.map((point) => {
      const link = document.createElement('a');
      link.className = 'evidence-marker';
      link.href = point.href;
      link.title = translate(m.evidenceMarkerTitle, { name: point.name });
      link.setAttribute('aria-label', translate(m.evidenceMarkerLabel, { name: point.name }));
      return new MapLibreMarker({ element: link }).setLngLat([point.lon, point.lat]).addTo(current);
    });
    return () => markers.forEach((marker) => marker.remove());
  }, [status, evidencePoints]);

  useEffect(() => {
    if (status !== 'ready' || !focus) return;
    // MapLibre itself jumps instead of easing when the person asks for reduced motion.
    map.current?.fitBounds(focus.bbox, FIT);
  }, [status, focus]);

  return (
    <div className={compact ? 'incident-map compact' : 'incident-map'} data-map-state={status}>
      <div ref={container} className="incident-map-canvas" />
      {status === 'failed' && (
        <p role="alert" className="map-failed">
          {t(compact ? m.cannotDraw : m.cannotDrawFull, { webgl: 'WebGL' })}
        </p>
      )}
      {hovered && (
        <p className="map-hover" aria-hidden="true">
          <FormattedMessage {...m.hoverHint} values={{ names: <HoveredNames area={hovered} /> }} />
        </p>
      )}
    </div>
  );
}

/** The hovered area's two names, each in its own language and direction: the reader's first. */
function HoveredNames({ area }: { area: AdminProperties }) {
  const first = areaName(area);
  const second = otherAreaName(area);
  const firstIsArabic = first === area.nameAr && first !== area.nameEn;
  return (
    <>
      <span lang={firstIsArabic ? 'ar' : 'en'} dir={firstIsArabic ? 'rtl' : 'ltr'}>
        {first}
      </span>{' '}
      <span lang={firstIsArabic ? 'en' : 'ar'} dir={firstIsArabic ? 'ltr' : 'rtl'}>
        {second}
      </span>
    </>
  );
}
