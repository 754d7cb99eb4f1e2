/** What where returns (where.ts computes it): declarations only, shared with the web app. */
import type { AnalysisEnvelope, IdList, VictimTotal } from './analysis-result.js';

export const AREA_LEVELS = ['admin1', 'admin2', 'admin3'] as const;
export type AreaLevel = (typeof AREA_LEVELS)[number];

export interface AreaCount {
  pcode: string;
  name: string;
  incidents: number;
  incidentIds: string[];
  killed: VictimTotal;
}

export interface Wave {
  first: string;
  last: string;
  incidents: number;
  incidentIds: string[];
  /** The middle of the wave's points, and how far its farthest incident lies from it. */
  centre: { lat: number; lon: number };
  radiusKm: number;
  places: string[];
}

export interface WhereResult extends AnalysisEnvelope {
  analysis: 'where';
  areas: AreaCount[];
  /** Included incidents placed without the chosen level. */
  notAtLevel: IdList;
  waves: Wave[];
  /** Incidents with a date and a point that belong to no wave. */
  noWave: IdList;
  /** Incidents without a date or without a point: never in a wave. */
  notLocated: IdList;
}
