/**
 * Who was under a party, and when: the party itself, its subordinate units and the persons posted to them,
 * down the dated chain of command (each actor's `superiors`). An actor is under the party on a day when a
 * chain of links, each holding on that day, leads from it to the party. For an incident dated only to an
 * interval, an actor under the party on every day of it is *certainly* under it; on some days only, *possibly*.
 * Cycles in the data (A under B under A) are harmless: the days are propagated to a fixed point.
 */
import { DossierError } from '../common/errors.js';
import type { DaySpan, SnapshotActor } from './snapshot.js';

/** Inclusive runs of days, sorted and disjoint (touching runs merged); ±Infinity stand for open ends. */
export type DayRuns = readonly (readonly [number, number])[];

export interface CommandCoverage {
  partyId: string;
  /** For each actor under the party on some day, the days it is. */
  runs: ReadonlyMap<string, DayRuns>;
}

export type Subordination = 'certain' | 'possible';

export interface UnitsUnder {
  partyId: string;
  /** The party and the actors under it on every day of the span. */
  certain: string[];
  /** Actors under it on some days of the span only. */
  possible: string[];
}

const ALWAYS: DayRuns = [[-Infinity, Infinity]];

/** The days each actor is under `partyId`; NOT_FOUND when the party is not one of `actors`. */
export function commandCoverage(actors: readonly SnapshotActor[], partyId: string): CommandCoverage {
  if (!actors.some((actor) => actor.id === partyId)) throw new DossierError('NOT_FOUND', `actor: no actor "${partyId}" in this case`, { field: 'actor', value: partyId });
  const subordinates = new Map<string, { actorId: string; days: DayRuns }[]>();
  for (const actor of actors) {
    for (const link of actor.superiors) {
      const list = subordinates.get(link.actorId) ?? [];
      list.push({ actorId: actor.id, days: [[link.first ?? -Infinity, link.last ?? Infinity]] });
      subordinates.set(link.actorId, list);
    }
  }
  const runs = new Map<string, DayRuns>([[partyId, ALWAYS]]);
  // Each update only widens an actor's days, and every bound comes from a link, so this reaches a fixed point.
  const queue = [partyId];
  for (let next = 0; next < queue.length; next++) {
    const superior = queue[next]!;
    for (const link of subordinates.get(superior) ?? []) {
      const before = runs.get(link.actorId) ?? [];
      const after = unite(before, intersect(runs.get(superior)!, link.days));
      if (!sameRuns(before, after)) {
        runs.set(link.actorId, after);
        queue.push(link.actorId);
      }
    }
  }
  return { partyId, runs };
}

/** Whether `actorId` is under the party over `span` (null: the incident has no date, so any day counts). */
export function subordinationDuring(coverage: CommandCoverage, actorId: string, span: DaySpan | null): Subordination | null {
  const days = coverage.runs.get(actorId);
  if (!days) return null;
  const first = span?.first ?? -Infinity;
  const last = span?.last ?? Infinity;
  let overlaps = false;
  for (const [start, end] of days) {
    if (start <= first && last <= end) return 'certain';
    if (start <= last && first <= end) overlaps = true;
  }
  return overlaps ? 'possible' : null;
}

/** The actors under `partyId` during `span`, certainly and possibly, each list sorted by id. */
export function unitsUnder(actors: readonly SnapshotActor[], partyId: string, span: DaySpan | null): UnitsUnder {
  const coverage = commandCoverage(actors, partyId);
  const result: UnitsUnder = { partyId, certain: [], possible: [] };
  for (const actorId of [...coverage.runs.keys()].sort()) {
    const status = subordinationDuring(coverage, actorId, span);
    if (status) result[status].push(actorId);
  }
  return result;
}

function intersect(a: DayRuns, b: DayRuns): DayRuns {
  const out: [number, number][] = [];
  for (const [aStart, aEnd] of a) {
    for (const [bStart, bEnd] of b) {
      const start = Math.max(aStart, bStart);
      const end = Math.min(aEnd, bEnd);
      if (start <= end) out.push([start, end]);
    }
  }
  return normalise(out);
}

function unite(a: DayRuns, b: DayRuns): DayRuns {
  return normalise([...a, ...b]);
}

/** Sorted, with overlapping or adjacent runs (whole days: end + 1 = next start) merged. */
function normalise(runs: readonly (readonly [number, number])[]): DayRuns {
  const sorted = [...runs].sort((x, y) => order(x[0], y[0]) || order(x[1], y[1]));
  const out: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = out[out.length - 1];
    if (last && start <= last[1] + 1) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

/** Compares days that may be infinite (a difference of two infinities is NaN). */
const order = (a: number, b: number): number => (a < b ? -1 : a > b ? 1 : 0);

function sameRuns(a: DayRuns, b: DayRuns): boolean {
  return a.length === b.length && a.every(([start, end], i) => start === b[i]![0] && end === b[i]![1]);
}
