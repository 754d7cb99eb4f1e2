import type { Geometry, Polygon } from 'geojson';

/** west, south, east, north in degrees: the order of the shared `bbox` filter and of MapLibre's fitBounds. */
export type Bbox = [number, number, number, number];

/** Syria, the default view when nothing is on the map yet. */
export const SYRIA_BBOX: Bbox = [35.7, 32.3, 42.4, 37.35];

export function boundsOf(geometries: readonly Geometry[]): Bbox | undefined {
  let box: Bbox | undefined;
  const visit = (position: number[]) => {
    const [lon = 0, lat = 0] = position;
    box = box ? [Math.min(box[0], lon), Math.min(box[1], lat), Math.max(box[2], lon), Math.max(box[3], lat)] : [lon, lat, lon, lat];
  };
  for (const geometry of geometries) positionsOf(geometry).forEach(visit);
  return box;
}

function positionsOf(geometry: Geometry): number[][] {
  switch (geometry.type) {
    case 'Point':
      return [geometry.coordinates];
    case 'MultiPoint':
    case 'LineString':
      return geometry.coordinates;
    case 'MultiLineString':
    case 'Polygon':
      return geometry.coordinates.flat();
    case 'MultiPolygon':
      return geometry.coordinates.flat(2);
    case 'GeometryCollection':
      return geometry.geometries.flatMap(positionsOf);
  }
}

export function centreOf([west, south, east, north]: Bbox): [number, number] {
  return [(west + east) / 2, (south + north) / 2];
}

/**
 * The box a "filter to this view" sets: rounded outwards to the four decimals the filter is sent with, so
 * nothing the person can see falls outside it, and clamped to the ranges the API accepts. A view across
 * the antimeridian (west beyond east once wrapped) takes every longitude rather than the wrong half.
 */
export function viewBbox(west: number, south: number, east: number, north: number): Bbox {
  const down = (n: number) => Math.floor(n * 1e4) / 1e4;
  const up = (n: number) => Math.ceil(n * 1e4) / 1e4;
  const clamp = (n: number, limit: number) => Math.max(-limit, Math.min(limit, n));
  const wrapsAround = east - west >= 360 || wrap(west) > wrap(east);
  const [w, e] = wrapsAround ? [-180, 180] : [wrap(west), wrap(east)];
  return [clamp(down(w), 180), clamp(down(south), 90), clamp(up(e), 180), clamp(up(north), 90)];
}

function wrap(lon: number): number {
  if (lon >= -180 && lon <= 180) return lon;
  return ((((lon + 180) % 360) + 360) % 360) - 180;
}

/** The box as a closed polygon ring, to outline the filter on the map. */
export function bboxPolygon([west, south, east, north]: Bbox): Polygon {
  return { type: 'Polygon', coordinates: [[[west, south], [east, south], [east, north], [west, north], [west, south]]] };
}

/** The box grown about its centre to at least `size` degrees each way: MapLibre cannot fit a box of no size (one point). */
export function atLeast([west, south, east, north]: Bbox, size: number): Bbox {
  const [lon, lat] = centreOf([west, south, east, north]);
  const halfWidth = Math.max(east - west, size) / 2;
  const halfHeight = Math.max(north - south, size) / 2;
  return [lon - halfWidth, lat - halfHeight, lon + halfWidth, lat + halfHeight];
}
