/** Distances on the Earth's surface, for "taken within 5 km of Arbin" and "2.3 km from the incident's site". */

export interface LatLon {
  lat: number;
  lon: number;
}

/** The mean Earth radius (IUGG), in km. */
export const EARTH_KM = 6371.0088;

/** Great-circle distance between two points given in degrees (haversine). */
export function distanceKm(a: LatLon, b: LatLon): number {
  const rad = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** A box of latitudes and longitudes holding every point within `km` of `centre`: a cheap first cut for an index. */
export function boxAround(centre: LatLon, km: number): { south: number; north: number; west: number; east: number } {
  const dLat = (km / EARTH_KM) * (180 / Math.PI);
  const south = Math.max(-90, centre.lat - dLat);
  const north = Math.min(90, centre.lat + dLat);
  // Longitude degrees shrink towards the poles; near one (or across the antimeridian) take every longitude.
  const widest = Math.max(Math.abs(south), Math.abs(north));
  const dLon = widest >= 89 ? 180 : dLat / Math.cos((widest * Math.PI) / 180);
  if (centre.lon - dLon < -180 || centre.lon + dLon > 180) return { south, north, west: -180, east: 180 };
  return { south, north, west: centre.lon - dLon, east: centre.lon + dLon };
}
