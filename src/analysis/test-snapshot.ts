/**
 * Synthetic snapshots for the analyses' unit tests: a test names the incidents, events and actors it needs by
 * their dates and fields, and gets an AnalysisSnapshot with everything else empty. Dates are YYYY-MM-DD.
 */
import { isDossierError, type DossierError } from '../common/errors.js';
import { VICTIM_FIGURES, type VictimFigure } from '../incidents/victim-group-kind.js';
import { sumCounts, type CountTotal } from '../values/count-sum.js';
import type { Count } from '../values/count.js';
import type { AnalysisSnapshot, DaySpan, SnapshotActor, SnapshotContextEvent, SnapshotIncident } from './snapshot.js';
import { dayOf, isoDay } from './snapshot.js';

export interface DateRange {
  first: string;
  /** The first day when absent. */
  last?: string;
}

/** Whole days since 1970-01-01 of a YYYY-MM-DD date. */
export const day = (date: string): number => dayOf(`${date}T00:00:00Z`);

/** The date `offset` days after `date` (before, when negative). */
export const addDays = (date: string, offset: number): string => isoDay(day(date) + offset);

const spanOf = (range: DateRange): DaySpan => ({ first: day(range.first), last: day(range.last ?? range.first) });

/** Victim figures as the snapshot holds them: each figure's counts summed with their bounds; absent figures are 'none'. */
export function victims(figures: Partial<Record<VictimFigure, Count[]>>): Record<VictimFigure, CountTotal> {
  return Object.fromEntries(VICTIM_FIGURES.map((figure) => [figure, sumCounts(figures[figure] ?? [])])) as Record<VictimFigure, CountTotal>;
}

export function incident(id: string, dates: DateRange | null, fields: Partial<Omit<SnapshotIncident, 'id' | 'days'>> = {}): SnapshotIncident {
  return {
    id,
    title: id,
    grade: 'corroborated',
    days: dates ? spanOf(dates) : null,
    place: null,
    types: [],
    means: [],
    targets: [],
    involvements: [],
    victims: victims({}),
    ...fields,
  };
}

export function contextEvent(id: string, dates: DateRange, fields: Partial<Omit<SnapshotContextEvent, 'id' | 'days'>> = {}): SnapshotContextEvent {
  return { id, title: id, eventKind: 'talks', days: spanOf(dates), ...fields };
}

export function actor(id: string, fields: Partial<Omit<SnapshotActor, 'id'>> = {}): SnapshotActor {
  return { id, name: id, actorKind: 'unit', superiors: [], ...fields };
}

/** A snapshot of these parts, incidents sorted by id as loadSnapshot gives them. */
export function snapshotOf(parts: Partial<AnalysisSnapshot> = {}): AnalysisSnapshot {
  return {
    caseId: 'case_test',
    actors: [],
    contextEvents: [],
    placeNames: {},
    ledger: { size: 7, root: 'ab'.repeat(32) },
    ...parts,
    incidents: [...(parts.incidents ?? [])].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
  };
}

/** The DossierError `run` throws (a test then asserts its code and field); anything else fails the test. */
export function thrown(run: () => unknown): DossierError {
  try {
    run();
  } catch (error) {
    if (isDossierError(error)) return error;
    throw error;
  }
  throw new Error('expected an error');
}
