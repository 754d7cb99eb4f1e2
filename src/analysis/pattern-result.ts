/** What the pattern of conduct returns (pattern.ts computes it): declarations only, shared with the web app. */
import type { AnalysisEnvelope, IdList, StandardCount, VictimTotals } from './analysis-result.js';

export interface PlaceCount {
  code: string;
  name: string;
  incidents: number;
  incidentIds: string[];
}

export interface DistinctPlaces {
  count: number;
  /** Each code with the incidents placed in it, by code. */
  codes: PlaceCount[];
}

export interface PatternPlaces {
  communities: DistinctPlaces;
  areas: DistinctPlaces;
  admin1: DistinctPlaces;
  admin2: DistinctPlaces;
  admin3: DistinctPlaces;
  unplaced: IdList;
}

export interface PatternSpan {
  /** Earliest day any incident can have happened, and latest day; null when no incident is dated. */
  first: string | null;
  last: string | null;
  days: number | null;
  /** Days the conduct certainly spans (from the earliest latest-day to the latest earliest-day), when positive. */
  certainlyCovers: { from: string; to: string; days: number } | null;
  dated: IdList;
  undated: IdList;
  reason: string | null;
}

export interface LongestGap {
  /** Consecutive days inside the span on which no dated incident can have happened; 0 when there are none. */
  days: number;
  from: string | null;
  to: string | null;
  /** Incidents whose date interval ends the day before the gap, and those whose interval starts the day after. */
  before: string[];
  after: string[];
}

export interface Regularity {
  /** Dated incidents per 7 days of the span; null below two dated incidents. */
  perWeek: number | null;
  /** ISO weeks (Monday to Sunday, UTC) the span touches. */
  weeks: number | null;
  /** Weeks holding an incident's whole date interval (certain), and weeks any date interval touches (possible). */
  weeksWithIncidents: { certain: number; possible: number } | null;
  longestGap: LongestGap | null;
  reason: string | null;
}

export interface ModusOperandi {
  type: string;
  means: string;
  target: string;
  incidents: number;
  incidentIds: string[];
}

export interface RepeatedConduct {
  /** Combinations found in two incidents or more, most frequent first. */
  combinations: ModusOperandi[];
  /** Incidents that lack a type, a means or a target, so cannot show a combination. */
  notDescribed: IdList;
}

export interface AttributionStanding {
  incidents: number;
  incidentIds: string[];
  /** Each incident under the highest standard its involvements with the actor reached, weakest standard first. */
  byStandard: StandardCount[];
}

export interface ActorAttribution {
  actorId: string;
  name: string;
  /** Involvements that name the actor alone or jointly with others (not as one of several alternatives). */
  attributed: AttributionStanding;
  /** Incidents where the actor is named only as one of several, one of which did it. */
  possiblyAttributed: AttributionStanding;
}

export interface Attributions {
  actors: ActorAttribution[];
  /** Incidents with no involvement naming any actor. */
  unattributed: IdList;
}

/** One line of the incidents the figures count: enough to find each in the case and print an appendix. */
export interface PatternIncident {
  id: string;
  title: string;
  grade: string;
  first: string | null;
  last: string | null;
  /** The finest place the incident is known at (community, named area, sub-district, district, governorate). */
  place: string | null;
}

export interface PatternResult extends AnalysisEnvelope {
  analysis: 'pattern';
  incidents: IdList;
  places: PatternPlaces;
  span: PatternSpan;
  regularity: Regularity;
  modusOperandi: RepeatedConduct;
  victims: VictimTotals;
  attributions: Attributions;
  incidentList: PatternIncident[];
}
