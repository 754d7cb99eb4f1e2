import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';
import { activeLocale, translate } from '../i18n/active-locale.js';
import { directionOf } from '../i18n/locales.js';
import type { Basemap } from './basemap/load-basemap.js';
import { mapControlMessages as controls, mapMessages as m } from './map.messages.js';

export const SOURCES = { points: 'incident-points', areas: 'incident-areas', placeFilter: 'place-filter' } as const;
export const LAYERS = {
  governorates: 'governorates-fill',
  districts: 'districts-fill',
  governorateHover: 'governorates-hover',
  districtHover: 'districts-hover',
  areas: 'incident-areas-fill',
  areasSelected: 'incident-areas-selected',
  clusters: 'incident-clusters',
  points: 'incident-points',
  pointsSelected: 'incident-points-selected',
} as const;

/** From this zoom the districts are drawn, and a click on the map picks a district rather than a governorate. */
export const DISTRICT_ZOOM = 7;

/**
 * The credit the basemap's sources ask for, on every map drawn from it (the OCHA licence asks for it), in
 * English. Maps should show basemapAttribution(), the same in the reader's language.
 */
export const BASEMAP_ATTRIBUTION = 'Boundaries: Natural Earth; Syria: OCHA (CC BY-IGO 3.0)';

/**
 * BASEMAP_ATTRIBUTION in the reader's language: the sources' and the licence's names stay as they are. MapLibre's
 * attribution line is laid out left to right, so a right-to-left credit is isolated as one (RLI … PDI).
 */
export function basemapAttribution(): string {
  const credit = translate(m.attribution, { naturalEarth: 'Natural Earth', ocha: 'OCHA (CC BY-IGO 3.0)' });
  return directionOf(activeLocale()) === 'rtl' ? `\u2067${credit}\u2069` : credit;
}

/** MapLibre's own words (its controls' titles, the scale's units), for the Map's `locale` option. */
export function mapLocale(): Record<string, string> {
  return {
    'NavigationControl.ZoomIn': translate(controls.zoomIn),
    'NavigationControl.ZoomOut': translate(controls.zoomOut),
    'NavigationControl.ResetBearing': translate(controls.resetBearing),
    'AttributionControl.ToggleAttribution': translate(controls.toggleAttribution),
    'AttributionControl.MapFeedback': translate(controls.mapFeedback),
    'Map.Title': translate(controls.mapTitle),
    'Marker.Title': translate(controls.marker),
    'ScaleControl.Meters': translate(controls.metres),
    'ScaleControl.Kilometers': translate(controls.kilometres),
  };
}

/** A map of places, not of terrain: flat, north up, the credit shown in full (by BASEMAP_ATTRIBUTION). */
export const FLAT_MAP_OPTIONS = { dragRotate: false, pitchWithRotate: false, touchPitch: false, attributionControl: false } as const;

const EMPTY = { type: 'FeatureCollection' as const, features: [] };

/** The shipped basemap's sources, and the ground every map of it is drawn on (sea, countries): no tiles, no glyphs. */
export function basemapSources(basemap: Basemap): StyleSpecification['sources'] {
  return {
    countries: { type: 'geojson', data: basemap.countries },
    governorates: { type: 'geojson', data: basemap.governorates },
    districts: { type: 'geojson', data: basemap.districts },
  };
}
export const BASEMAP_GROUND: StyleSpecification['layers'] = [
  { id: 'sea', type: 'background', paint: { 'background-color': '#d6e4ec' } },
  { id: 'countries-fill', type: 'fill', source: 'countries', paint: { 'fill-color': '#e9e7df' } },
  { id: 'countries-line', type: 'line', source: 'countries', paint: { 'line-color': '#a7a293', 'line-width': 0.7 } },
];

/** An empty source, filled once the map has loaded. */
export const emptySource = () => ({ type: 'geojson' as const, data: EMPTY });

const INK = '#a4161a';
const FOCUS = '#e3a21a';
const NOTHING: ExpressionSpecification = ['==', ['get', 'pcode'], ''];

/**
 * The whole style is local: GeoJSON sources from the shipped basemap, no tiles, and no symbol layers (so no
 * glyphs or sprites to fetch). Counts are HTML badges over the map instead (see count-badges.ts).
 */
export function mapStyle(basemap: Basemap): StyleSpecification {
  return {
    version: 8,
    sources: {
      ...basemapSources(basemap),
      [SOURCES.placeFilter]: emptySource(),
      [SOURCES.areas]: emptySource(),
      // Clustered below the zoom where a town's incidents can be told apart.
      [SOURCES.points]: { ...emptySource(), cluster: true, clusterRadius: 36, clusterMaxZoom: 12 },
    },
    layers: [
      ...BASEMAP_GROUND,
      { id: LAYERS.governorates, type: 'fill', source: 'governorates', paint: { 'fill-color': '#fdfcf8' } },
      { id: LAYERS.districts, type: 'fill', source: 'districts', minzoom: DISTRICT_ZOOM, paint: { 'fill-color': '#fbfaf6', 'fill-opacity': 0 } },
      { id: 'districts-line', type: 'line', source: 'districts', minzoom: DISTRICT_ZOOM - 0.5, paint: { 'line-color': '#c4bda9', 'line-width': 0.6, 'line-dasharray': [3, 2] } },
      { id: 'governorates-line', type: 'line', source: 'governorates', paint: { 'line-color': '#8c8573', 'line-width': ['interpolate', ['linear'], ['zoom'], 5, 0.8, 9, 1.8] } },
      { id: LAYERS.governorateHover, type: 'line', source: 'governorates', filter: NOTHING, paint: { 'line-color': '#22303c', 'line-width': 2 } },
      { id: LAYERS.districtHover, type: 'line', source: 'districts', filter: NOTHING, paint: { 'line-color': '#22303c', 'line-width': 1.5 } },
      { id: 'place-filter-fill', type: 'fill', source: SOURCES.placeFilter, paint: { 'fill-color': FOCUS, 'fill-opacity': 0.08 } },
      { id: 'place-filter-line', type: 'line', source: SOURCES.placeFilter, paint: { 'line-color': FOCUS, 'line-width': 3 } },
      {
        id: LAYERS.areas,
        type: 'fill',
        source: SOURCES.areas,
        // More incidents on an area, a deeper shade: overlapping areas still show through.
        paint: { 'fill-color': INK, 'fill-opacity': ['min', 0.45, ['+', 0.12, ['*', 0.04, ['get', 'count']]]] },
      },
      { id: 'incident-areas-line', type: 'line', source: SOURCES.areas, paint: { 'line-color': INK, 'line-width': 1.2 } },
      { id: LAYERS.areasSelected, type: 'line', source: SOURCES.areas, filter: ['==', ['get', 'key'], ''], paint: { 'line-color': FOCUS, 'line-width': 3.5 } },
      {
        id: LAYERS.clusters,
        type: 'circle',
        source: SOURCES.points,
        filter: ['has', 'point_count'],
        paint: {
          'circle-color': INK,
          'circle-opacity': 0.85,
          'circle-radius': ['step', ['get', 'point_count'], 13, 10, 17, 50, 22],
          'circle-stroke-color': '#fff',
          'circle-stroke-width': 2,
        },
      },
      {
        id: LAYERS.points,
        type: 'circle',
        source: SOURCES.points,
        filter: ['!', ['has', 'point_count']],
        paint: { 'circle-color': INK, 'circle-radius': 7, 'circle-stroke-color': '#fff', 'circle-stroke-width': 2 },
      },
      {
        id: LAYERS.pointsSelected,
        type: 'circle',
        source: SOURCES.points,
        filter: ['==', ['get', 'id'], ''],
        paint: { 'circle-color': 'rgba(0,0,0,0)', 'circle-radius': 11, 'circle-stroke-color': FOCUS, 'circle-stroke-width': 3 },
      },
    ],
  };
}

export function pcodeIs(pcode: string | undefined): ExpressionSpecification {
  return ['==', ['get', 'pcode'], pcode ?? ''];
}

export function oneOf(property: 'id' | 'key', values: readonly string[]): ExpressionSpecification {
  return ['in', ['get', property], ['literal', [...values]]];
}
