/**
 * Incidents already in the case that a candidate may be about: the same type, date intervals that overlap,
 * and the same place or one enclosing the other (a town and its district). Such a candidate is proposed as
 * corroborating claims on that incident, not as a new one; the analyst decides.
 */
import type { Database } from '../db/database.js';
import { incidentKind } from '../incidents/incident-kind.js';
import type { Gazetteer } from '../places/gazetteer.js';
import type { GazetteerPlace } from '../places/entries.js';
import { filteredIds } from '../records/record-query.js';
import type { MatchTerms } from './reading.js';
import type { IncidentMatch } from './review-types.js';

export type { IncidentMatch } from './review-types.js';

/** Where an incident of the case is, as its row gives it. */
export interface IncidentPlace {
  admin1: string | null;
  admin2: string | null;
  community: string | null;
  namedArea: string | null;
}


/** Whether one of the places a name may be is the incident's place, or within it, or encloses it. */
export function placesRelate(candidates: readonly GazetteerPlace[], incident: IncidentPlace): boolean {
  return candidates.some((place) => {
    if (place.namedArea) return place.namedArea === incident.namedArea;
    const code = place.pcode;
    if (!code) return false;
    // The same place, or the candidate's area holds the incident's place.
    if (code === incident.community || code === incident.admin2 || code === incident.admin1) return true;
    // The incident is placed only at an area that holds the candidate's place.
    if (incident.community === null && incident.admin2 !== null) return place.admin2?.pcode === incident.admin2;
    if (incident.community === null && incident.admin2 === null && incident.admin1 !== null) return place.admin1?.pcode === incident.admin1;
    return false;
  });
}

/** A candidate's terms with its place codes looked up, as matchingIncidents compares them. */
export interface MatchQuery {
  type: string | null;
  earliest: string | null;
  latest: string | null;
  places: GazetteerPlace[];
}

export function matchQuery(terms: MatchTerms, gazetteer: Gazetteer): MatchQuery {
  return { type: terms.type, earliest: terms.earliest, latest: terms.latest, places: terms.codes.flatMap((code) => gazetteer.byPcode(code) ?? []) };
}

/** The case's incidents a candidate may corroborate; none when it lacks a type, a date or a place to compare. */
export async function matchingIncidents(database: Database, caseId: string, query: MatchQuery): Promise<IncidentMatch[]> {
  const { type, earliest, latest, places } = query;
  if (!type || !earliest || !latest || places.length === 0) return [];
  const ids = filteredIds(database, incidentKind, { caseIds: [caseId], dateFrom: earliest, dateTo: latest, terms: [{ vocab: 'incident_type', anyOf: [type] }] });
  const rows = await database.db.selectFrom('records').select(['id', 'title', 'admin1', 'admin2', 'community', 'doc']).where('id', 'in', ids).orderBy('id').limit(200).execute();
  return rows
    .filter((row) => {
      const namedArea = (JSON.parse(row.doc) as { place?: { namedArea?: string } }).place?.namedArea ?? null;
      return placesRelate(places, { admin1: row.admin1, admin2: row.admin2, community: row.community, namedArea });
    })
    .map((row) => ({ id: row.id, title: row.title }));
}
