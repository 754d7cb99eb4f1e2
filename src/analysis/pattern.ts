/**
 * Pattern of conduct, for the contextual element of crimes against humanity (Rome Statute art. 7: a
 * widespread or systematic attack) and for linkage: over a selection, how many incidents, in how many places
 * and admin areas, over what span and how regularly, the same modus operandi repeated, the victims with their
 * bounds, and the attributions at each standard of proof. Every figure carries the incident ids it counts,
 * and the result lists those incidents, so the rendered section (pattern-text.ts) links each figure to them.
 */
import type { RecordFilter } from '../records/record-query.js';
import type { AnalysisMethod } from './analysis-result.js';
import { methodOf } from './method-wording.js';
import { attributions, repeatedConduct } from './pattern-conduct.js';
import type { DistinctPlaces, PatternIncident, PatternPlaces, PatternResult } from './pattern-result.js';
import { patternSpan, regularity } from './pattern-time.js';
import { PATTERN_METHOD_WORDING } from './pattern-wordings.js';
import { requireIncluded, selectIncidents } from './selection.js';
import { isoDay, type AnalysisSnapshot, type SnapshotIncident, type SnapshotPlace } from './snapshot.js';
import { victimTotals } from './victim-totals.js';

export interface PatternParameters {
  minGrade?: string | undefined;
  /** The incident-list filters the snapshot was read with; echoed, not applied again. */
  filters?: RecordFilter | undefined;
}

/** The method's name and assumptions are said in pattern-wordings.ts; its references are cited as published. */
export const PATTERN_METHOD: AnalysisMethod = methodOf(PATTERN_METHOD_WORDING, '1', [
  'Rome Statute of the International Criminal Court, art. 7(1) and 7(2)(a).',
  'ICC Trial Chamber II, Prosecutor v. Germain Katanga, Judgment pursuant to article 74 of the Statute (ICC-01/04-01/07-3436), 7 March 2014: the contextual elements of art. 7.',
]);

export function pattern(snapshot: AnalysisSnapshot, parameters: PatternParameters = {}): PatternResult {
  const { incidents, selection } = selectIncidents(snapshot, { minGrade: parameters.minGrade });
  requireIncluded(selection);
  return {
    analysis: 'pattern',
    caseId: snapshot.caseId,
    parameters: { minGrade: parameters.minGrade ?? null, filters: parameters.filters ?? {} },
    method: PATTERN_METHOD,
    ledger: snapshot.ledger,
    selection,
    incidents: { count: incidents.length, incidentIds: incidents.map((incident) => incident.id) },
    places: patternPlaces(snapshot, incidents),
    span: patternSpan(incidents),
    regularity: regularity(incidents),
    modusOperandi: repeatedConduct(incidents),
    victims: victimTotals(incidents),
    attributions: attributions(snapshot, incidents),
    incidentList: incidents.map((incident) => listed(snapshot, incident)),
  };
}

function patternPlaces(snapshot: AnalysisSnapshot, incidents: SnapshotIncident[]): PatternPlaces {
  const distinct = (level: keyof Omit<SnapshotPlace, 'lat' | 'lon'>): DistinctPlaces => {
    const byCode = new Map<string, string[]>();
    for (const incident of incidents) {
      const code = incident.place?.[level];
      if (!code) continue;
      const ids = byCode.get(code);
      if (ids) ids.push(incident.id);
      else byCode.set(code, [incident.id]);
    }
    const codes = [...byCode.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([code, incidentIds]) => ({ code, name: snapshot.placeNames[code] ?? code, incidents: incidentIds.length, incidentIds }));
    return { count: codes.length, codes };
  };
  const unplaced = incidents.filter((incident) => incident.place === null).map((incident) => incident.id);
  return {
    communities: distinct('community'),
    areas: distinct('area'),
    admin1: distinct('admin1'),
    admin2: distinct('admin2'),
    admin3: distinct('admin3'),
    unplaced: { count: unplaced.length, incidentIds: unplaced },
  };
}

function listed(snapshot: AnalysisSnapshot, incident: SnapshotIncident): PatternIncident {
  const place = incident.place;
  const finest = place ? (place.community ?? place.area ?? place.admin3 ?? place.admin2 ?? place.admin1) : null;
  return {
    id: incident.id,
    title: incident.title,
    grade: incident.grade,
    first: incident.days ? isoDay(incident.days.first) : null,
    last: incident.days ? isoDay(incident.days.last) : null,
    place: finest === null ? null : (snapshot.placeNames[finest] ?? finest),
  };
}
