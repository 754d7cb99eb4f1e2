/** An incident's site as measured from an item's GPS position (item-places.ts), shared with the web app. */
import type { LatLon } from '../values/distance.js';

export interface IncidentSiteDistance {
  incidentId: string;
  title: string;
  caseId: string;
  /** The incident's point, or the middle of its area. */
  site: LatLon;
  /** Whether the site is an area (a district, a named area) rather than a point. */
  area: boolean;
  /** For an area: whether the item's position lies within its bounding box. */
  insideArea: boolean | null;
  distanceKm: number;
}

/** "2.3 km from the incident's site", said of an area as from its middle. */
export function siteDistanceInWords(site: IncidentSiteDistance): string {
  const km = site.distanceKm < 1 ? `${Math.round(site.distanceKm * 1000)} m` : `${site.distanceKm.toFixed(1)} km`;
  if (!site.area) return `${km} from the incident's site`;
  return `${km} from the middle of the incident's area${site.insideArea ? ', inside its bounds' : ', outside its bounds'}`;
}
