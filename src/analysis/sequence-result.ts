/** What the campaign sequence returns (sequence.ts computes it): declarations only, shared with the web app. */
import type { AnalysisEnvelope, IdList } from './analysis-result.js';

export const SEQUENCE_LEVELS = ['admin1', 'admin2', 'admin3', 'community', 'area'] as const;
export type SequenceLevel = (typeof SEQUENCE_LEVELS)[number];

export interface BusiestMonth {
  /** The calendar month's first and last day (ISO). */
  start: string;
  end: string;
  /** Incidents whose whole date interval lies in the month. */
  incidents: number;
  incidentIds: string[];
  /** Incidents whose date interval overlaps the month (the certain ones included). */
  possible: number;
}

export interface ActivePeriod {
  start: string;
  end: string;
  /** Days in the period, both ends included. */
  days: number;
}

export interface SequencePlace {
  name: string;
  pcode: string;
  /** Earliest day the place's first incident can have happened, and latest day its last one can have. */
  first: string;
  last: string;
  /** The first incident had certainly happened by this day; the last one happened on or after this day. */
  firstNoLaterThan: string;
  lastNoEarlierThan: string;
  incidents: number;
  incidentIds: string[];
  /** Null when no incident of the place lies wholly within one calendar month (see busiestReason). */
  busiest: BusiestMonth | null;
  busiestReason: string | null;
  /** The interquartile span of the incidents' midpoints: the period the overlap is computed on. */
  activePeriod: ActivePeriod;
}

export interface SequenceResult extends AnalysisEnvelope {
  analysis: 'sequence';
  level: SequenceLevel;
  places: SequencePlace[];
  /** 0: strictly one place at a time; 1: all places over the same span; null with overlapReason below 2 places. */
  overlap: number | null;
  overlapReason: string | null;
  /** Incidents that were included (dated and placed) but whose place does not say the chosen level. */
  notAtLevel: IdList;
}
