/**
 * What the analyses read: the incidents a filter selects, with their date interval in whole days, place at
 * every admin level, terms, involvements and victim figures; the case's actors with their dated chain of
 * command; its context events; and the signed ledger size and root the snapshot stands for. It is read by
 * snapshot-load.ts; everything after it is pure (tempo.ts, sequence.ts, compare.ts, pattern.ts, where.ts): no
 * SQL in the statistics, and the same snapshot always gives the same result.
 */
import type { VictimFigure } from '../incidents/victim-figure-kinds.js';
import type { CountTotal } from '../values/count-sum.js';

/** Whole days since 1970-01-01 (UTC), first and last inclusive. */
export interface DaySpan {
  first: number;
  last: number;
}

/** The admin levels (and named areas) a place is counted under; null where the place does not say. */
export interface SnapshotPlace {
  admin1: string | null;
  admin2: string | null;
  admin3: string | null;
  community: string | null;
  area: string | null;
  lat: number | null;
  lon: number | null;
}

export interface SnapshotInvolvement {
  actorIds: string[];
  /** The sources name one of these actors, not which: never counted as attributed to any one of them. */
  eitherOr: boolean;
  factualRole: string;
  attributionStatus: string;
  standardReached: string | null;
}

export interface SnapshotIncident {
  id: string;
  title: string;
  grade: string;
  days: DaySpan | null;
  place: SnapshotPlace | null;
  types: string[];
  means: string[];
  targets: string[];
  involvements: SnapshotInvolvement[];
  victims: Record<VictimFigure, CountTotal>;
}

/** A link up the chain of command (a unit's superior, a person's unit), for the days it held; null ends are open. */
export interface SnapshotSuperior {
  actorId: string;
  first: number | null;
  last: number | null;
}

export interface SnapshotActor {
  id: string;
  name: string;
  actorKind: string;
  superiors: SnapshotSuperior[];
}

export interface SnapshotContextEvent {
  id: string;
  title: string;
  eventKind: string;
  days: DaySpan;
}

export interface LedgerPoint {
  /** The signed tree size the data was read at, and its root hash (hex): a re-run at this size reads the same data. */
  size: number;
  root: string;
}

export interface AnalysisSnapshot {
  caseId: string;
  /** Sorted by id, so every analysis walks them in one order. */
  incidents: SnapshotIncident[];
  actors: SnapshotActor[];
  contextEvents: SnapshotContextEvent[];
  /** Names of the P-codes and named areas the incidents are placed in. */
  placeNames: Record<string, string>;
  ledger: LedgerPoint;
}

const DAY_MS = 86_400_000;
export const dayOf = (instant: string): number => Math.floor(Date.parse(instant) / DAY_MS);

/** Days written once each: a large result writes the same few thousand days hundreds of thousands of times. */
const isoDays = new Map<number, string>();
export const isoDay = (day: number): string => {
  let text = isoDays.get(day);
  if (text === undefined) {
    text = new Date(day * DAY_MS).toISOString().slice(0, 10);
    if (isoDays.size < 200_000) isoDays.set(day, text);
  }
  return text;
};

