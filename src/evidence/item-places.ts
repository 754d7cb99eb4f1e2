/**
 * An item's GPS position against the sites of the incidents it is cited for: "the video's GPS is 2.3 km from the
 * incident's site". A check for the analyst, in both directions: a position far from the site questions the item
 * (or the site), one close to it supports neither alone, since GPS tags can be forged or stripped.
 */
import type { Database } from '../db/database.js';
import { distanceKm, type LatLon } from '../values/distance.js';
import type { IncidentSiteDistance } from './incident-site.js';

/** Incidents of the given cases whose claims cite the item, with their site's distance from its GPS position. */
export async function incidentSitesFromItem(database: Database, evidenceId: string, gps: LatLon, caseIds: readonly string[]): Promise<IncidentSiteDistance[]> {
  if (caseIds.length === 0) return [];
  // Ids are quoted in the canonical JSON: LIKE is a cheap cut, and the claim's evidenceIds are checked exactly.
  const claims = await database.db
    .selectFrom('records')
    .select(['incident_id', 'doc'])
    .where('kind', '=', 'claim')
    .where('case_id', 'in', [...caseIds])
    .where('incident_id', 'is not', null)
    .where('doc', 'like', `%"${evidenceId}"%`)
    .execute();
  const cited = new Set(claims.filter((claim) => ((JSON.parse(claim.doc) as { evidenceIds?: string[] }).evidenceIds ?? []).includes(evidenceId)).map((claim) => claim.incident_id!));
  if (cited.size === 0) return [];
  const incidents = await database.db
    .selectFrom('records')
    .select(['id', 'title', 'case_id', 'lat', 'lon', 'west', 'south', 'east', 'north'])
    .where('kind', '=', 'incident')
    .where('id', 'in', [...cited])
    .execute();
  const sites: IncidentSiteDistance[] = [];
  for (const incident of incidents) {
    if (incident.lat === null || incident.lon === null) continue;
    const area = incident.west !== null && incident.east !== null && incident.south !== null && incident.north !== null && (incident.west < incident.east || incident.south < incident.north);
    sites.push({
      incidentId: incident.id,
      title: incident.title,
      caseId: incident.case_id,
      site: { lat: incident.lat, lon: incident.lon },
      area,
      insideArea: area ? gps.lat >= incident.south! && gps.lat <= incident.north! && gps.lon >= incident.west! && gps.lon <= incident.east! : null,
      distanceKm: Math.round(distanceKm(gps, { lat: incident.lat, lon: incident.lon }) * 1000) / 1000,
    });
  }
  return sites.sort((a, b) => a.distanceKm - b.distanceKm);
}
