/**
 * Pattern of conduct, for the contextual element of crimes against humanity (Rome Statute art. 7: a
 * widespread or systematic attack) and for linkage: over a selection, how many incidents, in how many places
 * and admin areas, over what span and how regularly, the same modus operandi repeated, the victims with their
 * bounds, and the attributions at each standard of proof. Every figure carries the incident ids it counts,
 * and the result lists those incidents, so the rendered section (pattern-text.ts) links each figure to them.
 */
import type { RecordFilter } from '../records/record-query.js';
import type { AnalysisMethod } from './analysis-result.js';
import { attributions, repeatedConduct } from './pattern-conduct.js';
import type { DistinctPlaces, PatternIncident, PatternPlaces, PatternResult } from './pattern-result.js';
import { patternSpan, regularity } from './pattern-time.js';
import { requireIncluded, selectIncidents } from './selection.js';
import { isoDay, type AnalysisSnapshot, type SnapshotIncident, type SnapshotPlace } from './snapshot.js';
import { victimTotals } from './victim-totals.js';

export interface PatternParameters {
  minGrade?: string | undefined;
  /** The incident-list filters the snapshot was read with; echoed, not applied again. */
  filters?: RecordFilter | undefined;
}

export const PATTERN_METHOD: AnalysisMethod = {
  name: 'Pattern of conduct: scale, spread, span, regularity, repeated modus operandi, victims and attributions',
  version: '1',
  assumptions: [
    'Every incident the selection includes is counted; those without a date are left out of the span and regularity only (listed under span.undated), those without a place are listed under places.unplaced.',
    "The span takes the widest reading of uncertain dates: from the earliest day any incident can have happened to the latest. certainlyCovers is the narrowest reading: from the smallest latest-day to the largest earliest-day, when that is a positive stretch.",
    'Incidents per week = dated incidents / (days of the span / 7). Weeks are ISO weeks (Monday to Sunday, UTC); a week certainly has an incident when an incident\'s whole date interval lies in it, possibly when an interval touches it.',
    'Longest gap: the longest run of days inside the span on which no dated incident can have happened (no date interval covers it). With uncertain dates this is a lower bound on the real pause; undated incidents are not placed in it.',
    'Modus operandi: every (type, means, target) an incident records, each counted once per incident (an incident with two targets shows two combinations); only combinations found in two incidents or more are listed. Terms are vocabulary ids.',
    "Victims: each incident's figure per kind of victim (the total its accepted claims support), summed keeping bounds: minimums add, the maximum only while every figure has one; an unknown figure makes the sum open-ended, and an incident with no figure ('none') adds nothing and is not a zero.",
    'Attributions: per actor as named in the involvements (subordinate units are not folded into their superiors here), each incident under the highest standard of proof its involvements with that actor reached. Either-or involvements (one of several actors did it) count as possibly attributed to each actor named, never as attributed; an incident attributed to an actor outright is not also counted as possibly attributed to it.',
  ],
  references: ['Rome Statute of the International Criminal Court, art. 7(1) and 7(2)(a).', 'ICC Trial Chamber II, Prosecutor v. Germain Katanga, Judgment pursuant to article 74 of the Statute (ICC-01/04-01/07-3436), 7 March 2014: the contextual elements of art. 7.'],
};

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
