import type { IncidentFile } from '../incidents/incident-file.js';
import { figureAsCount } from '../incidents/incident-file.js';
import type { RecordFilter } from '../records/record-query.js';
import type { RecordDeps } from '../records/record-store.js';
import { describeTotal } from '../values/count-sum.js';
import type { Count } from '../values/count.js';
import type { Geometry, Place } from '../values/place.js';
import type { UncertainDate } from '../values/uncertain-date.js';
import { coarsePoint, forEachIncidentPage, isSensitivePlace, placePoint, RecordCache, referencedIds } from './export-support.js';
import { LossTally, plural } from './losses.js';

export interface GeoJsonExportOptions {
  filter?: RecordFilter | undefined;
  /** Protected sites and exact sites as a settlement-level point, for maps that leave the team. */
  coarsen?: boolean | undefined;
}

export interface IncidentFeature {
  type: 'Feature';
  id: string;
  geometry: Geometry;
  properties: {
    id: string;
    url: string;
    title: string;
    types: string[];
    date: { edtf: string; earliest: string; latest: string } | null;
    grade: string;
    precision: string;
    pcodes: Record<string, string>;
    killed: { count: Count; text: string } | null;
    coarsened: boolean;
  };
}

/** An RFC 7946 FeatureCollection; `losses` is a foreign member saying what the map leaves out. */
export interface IncidentFeatureCollection {
  type: 'FeatureCollection';
  features: IncidentFeature[];
  losses: string[];
}

/**
 * A case's incidents as GeoJSON (RFC 7946: WGS 84, [longitude, latitude], exterior rings counter-clockwise).
 * Incidents without a place the map can draw are left out and counted in `losses`.
 */
export async function exportGeoJson(deps: RecordDeps, caseId: string, options: GeoJsonExportOptions = {}): Promise<IncidentFeatureCollection> {
  const losses = new LossTally();
  const cache = new RecordCache(deps.database, caseId);
  const features: IncidentFeature[] = [];
  await forEachIncidentPage(deps.database, caseId, options.filter, async (files) => {
    await cache.load(files.flatMap(referencedIds));
    for (const file of files) {
      const feature = incidentFeature(file, caseId, deps, options.coarsen === true, (id) => cache.get(id)?.protectedSite === true, losses);
      if (feature) features.push(feature);
    }
  });
  losses.note('model', 'acts, victim groups, actors, claims and assessments are not on the map: each feature is an incident with its displayed killed figure');
  return { type: 'FeatureCollection', features, losses: losses.list() };
}

function incidentFeature(
  file: IncidentFile,
  caseId: string,
  deps: RecordDeps,
  coarsen: boolean,
  isProtectedSite: (id: string) => boolean,
  losses: LossTally,
): IncidentFeature | undefined {
  const { incident } = file;
  const place = incident.place as Place | undefined;
  const sensitive = place !== undefined && isSensitivePlace(place, isProtectedSite(String(incident.siteId ?? '')));
  let geometry: Geometry | undefined;
  if (place && coarsen && sensitive) {
    const point = coarsePoint(place, deps.gazetteer);
    geometry = point && { type: 'Point', coordinates: [point.lon, point.lat] };
    if (geometry) losses.add('coarsened', (n) => `${plural(n, 'incident')} at protected or exact sites coarsened to the settlement point (or two decimals)`);
  } else if (place?.geometry) {
    geometry = rightHanded(place.geometry);
  } else if (place) {
    const point = placePoint(place, deps.gazetteer);
    geometry = point && { type: 'Point', coordinates: [point.lon, point.lat] };
  }
  if (!geometry) {
    losses.add('no-geometry', (n) => `${plural(n, 'incident')} without a place that can be drawn left out`);
    return undefined;
  }
  const date = incident.date as UncertainDate | undefined;
  const killed = figureAsCount(file, 'killed');
  return {
    type: 'Feature',
    id: incident.id,
    geometry,
    properties: {
      id: incident.id,
      url: `/api/v1/cases/${encodeURIComponent(caseId)}/incidents/${incident.id}`,
      title: String(incident.title),
      types: incident.types as string[],
      date: date ? { edtf: date.edtf, earliest: date.earliest, latest: date.latest } : null,
      grade: String(incident.grade),
      precision: coarsen && sensitive ? 'settlement' : (place?.precision ?? 'unknown'),
      pcodes: { ...(place?.pcodes ?? {}) },
      killed: killed ? { count: killed, text: describeTotal(file.figures.killed) } : null,
      coarsened: coarsen && sensitive,
    },
  };
}

/** RFC 7946 §3.1.6: exterior rings counter-clockwise, holes clockwise. Copies; never changes the record. */
function rightHanded(geometry: Geometry): Geometry {
  const orient = (ring: number[][], counterClockwise: boolean) => (signedArea(ring) > 0 === counterClockwise ? ring : [...ring].reverse());
  const polygon = (rings: number[][][]) => rings.map((ring, i) => orient(ring, i === 0));
  if (geometry.type === 'Polygon') return { type: 'Polygon', coordinates: polygon(geometry.coordinates) };
  if (geometry.type === 'MultiPolygon') return { type: 'MultiPolygon', coordinates: geometry.coordinates.map(polygon) };
  return { type: 'Point', coordinates: [...geometry.coordinates] };
}

/** Twice the signed area (shoelace): positive when the ring runs counter-clockwise. */
function signedArea(ring: number[][]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) sum += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
  return sum;
}
