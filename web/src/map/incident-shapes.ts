import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { IncidentRow } from '../api.js';
import { activeLocale, translate } from '../i18n/active-locale.js';
import { adminLabel, type AdminAreas } from './admin-areas.js';
import { boundsOf, centreOf } from './bounds.js';
import { mapMessages as m } from './map.messages.js';

/** The part of an incident's `place` the map reads (the API's Place, src/values/place.ts). */
export interface IncidentPlace {
  precision: string;
  geometry?: Point | Polygon | MultiPolygon;
  names?: { en?: string; ar?: string };
  pcodes?: { admin1?: string; admin2?: string; admin3?: string; community?: string };
  namedArea?: string;
  countryCode?: string;
  asReported?: string;
}

export interface MapIncident extends IncidentRow {
  place?: IncidentPlace;
}

/**
 * How an incident is drawn: as precisely as its place is known and no more. A strike known only to a
 * district is that district's polygon, never a pin at its centre, which would claim a precision nobody has.
 */
export type IncidentShape =
  | { kind: 'point'; coordinates: [number, number] }
  | { kind: 'area'; key: string; label: string; geometry: Polygon | MultiPolygon }
  | { kind: 'none'; reason: string };

const AREA_PRECISIONS: Record<string, 'admin1' | 'admin2'> = { admin1: 'admin1', admin2: 'admin2', admin3: 'admin2' };

export function shapeOf(place: IncidentPlace | undefined, areas: AdminAreas, incidentId: string): IncidentShape {
  if (!place) return { kind: 'none', reason: translate(m.noPlaceRecorded) };
  const adminLevel = AREA_PRECISIONS[place.precision];
  // Known only to an administrative area: its polygon (no sub-district polygons ship, so admin3 shows its district).
  const code = adminLevel && (place.pcodes?.[adminLevel] ?? place.pcodes?.admin1);
  const admin = code ? adminArea(areas, code) : undefined;
  if (admin) return admin;
  if (place.precision === 'country') return { kind: 'none', reason: translate(m.knownOnlyToCountry) };
  const geometry = place.geometry;
  if (geometry?.type === 'Point') return { kind: 'point', coordinates: [geometry.coordinates[0]!, geometry.coordinates[1]!] };
  if (geometry) {
    const key = place.namedArea ? `named:${place.namedArea}` : `drawn:${incidentId}`;
    return { kind: 'area', key, label: placeNames(place.names)?.name ?? place.namedArea ?? translate(m.drawnArea), geometry };
  }
  // No geometry at all, but codes: the finest administrative area they name.
  const fallback = place.pcodes?.admin2 ?? place.pcodes?.admin1;
  return (fallback && adminArea(areas, fallback)) || { kind: 'none', reason: translate(m.noCoordinates) };
}

/**
 * A place's names in the order the reader wants them: the Arabic first for an Arabic reader, the English (Latin)
 * first otherwise; `other` is the second name when both are known. Undefined when the place has no name.
 */
export function placeNames(names: IncidentPlace['names']): { name: string; lang: 'en' | 'ar'; other?: string } | undefined {
  const en = names?.en || undefined;
  const ar = names?.ar || undefined;
  if (activeLocale() === 'ar' && ar) return { name: ar, lang: 'ar', ...(en ? { other: en } : {}) };
  if (en) return { name: en, lang: 'en', ...(ar ? { other: ar } : {}) };
  return ar ? { name: ar, lang: 'ar' } : undefined;
}

function adminArea(areas: AdminAreas, pcode: string): IncidentShape | undefined {
  const area = areas.byPcode.get(pcode);
  return area && { kind: 'area', key: `admin:${pcode}`, label: adminLabel(areas, pcode), geometry: area.geometry };
}

export interface PointProperties {
  id: string;
}
export interface AreaProperties {
  key: string;
  label: string;
  count: number;
}
/** Incidents drawn on the same area (seven in eastern Aleppo) share one polygon and one count. */
export interface AreaGroup {
  key: string;
  label: string;
  centre: [number, number];
  incidentIds: string[];
}

export interface IncidentLayers {
  points: FeatureCollection<Point, PointProperties>;
  areas: FeatureCollection<Polygon | MultiPolygon, AreaProperties>;
  areaGroups: AreaGroup[];
  shapes: ReadonlyMap<string, IncidentShape>;
}

export function incidentLayers(incidents: readonly MapIncident[], areas: AdminAreas): IncidentLayers {
  const shapes = new Map(incidents.map((incident) => [incident.id, shapeOf(incident.place, areas, incident.id)] as const));
  const points: Feature<Point, PointProperties>[] = [];
  const groups = new Map<string, { label: string; geometry: Polygon | MultiPolygon; ids: string[] }>();
  for (const [id, shape] of shapes) {
    if (shape.kind === 'point') points.push({ type: 'Feature', properties: { id }, geometry: { type: 'Point', coordinates: shape.coordinates } });
    if (shape.kind !== 'area') continue;
    const group = groups.get(shape.key) ?? { label: shape.label, geometry: shape.geometry, ids: [] };
    group.ids.push(id);
    groups.set(shape.key, group);
  }
  const areaFeatures = [...groups].map(
    ([key, group]): Feature<Polygon | MultiPolygon, AreaProperties> => ({ type: 'Feature', properties: { key, label: group.label, count: group.ids.length }, geometry: group.geometry }),
  );
  const areaGroups = [...groups].map(([key, group]) => ({ key, label: group.label, centre: centreOf(boundsOf([group.geometry])!), incidentIds: group.ids }));
  return { points: { type: 'FeatureCollection', features: points }, areas: { type: 'FeatureCollection', features: areaFeatures }, areaGroups, shapes };
}

/** How many of the incidents are drawn, and how many are not (their place too vague or unknown). */
export function drawnCounts(layers: IncidentLayers): { drawn: number; notDrawn: number } {
  let notDrawn = 0;
  for (const shape of layers.shapes.values()) if (shape.kind === 'none') notDrawn += 1;
  return { drawn: layers.shapes.size - notDrawn, notDrawn };
}

/** Words for the list: where the map shows an incident, or why it does not. */
export function shapeDescription(shape: IncidentShape | undefined): string {
  if (!shape) return '';
  if (shape.kind === 'point') return translate(m.shownAsPoint);
  if (shape.kind === 'area') return translate(m.shownAsArea, { label: shape.label });
  return translate(m.notShown, { reason: shape.reason });
}
