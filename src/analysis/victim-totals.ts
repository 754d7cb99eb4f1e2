/**
 * Victim figures summed over incidents, keeping bounds the way sumCounts does for single figures: an
 * incident's total is itself a CountTotal, and adding totals gives what adding all their parts would give.
 */
import { VICTIM_FIGURES, type VictimFigure } from '../incidents/victim-group-kind.js';
import { describeTotal, type CountTotal } from '../values/count-sum.js';
import type { SnapshotIncident } from './snapshot.js';

/**
 * The sum of totals: minimums add, a maximum stays only while every part has one, a best figure only while
 * every part has one; 'none' (no figure at all) adds nothing, and is the result only when every total is none.
 */
export function addTotals(totals: Iterable<CountTotal>): CountTotal {
  let min = 0;
  let max: number | null = 0;
  let best: number | null = 0;
  let parts = 0;
  let unknownParts = 0;
  for (const total of totals) {
    if (total.qualifier === 'none') continue;
    parts += total.parts;
    unknownParts += total.unknownParts;
    min += total.min;
    max = max === null || total.max === null ? null : max + total.max;
    best = best === null || total.best === null ? null : best + total.best;
  }
  if (parts === 0) return { min: 0, max: null, best: null, qualifier: 'none', parts, unknownParts };
  if (unknownParts === parts) return { min: 0, max: null, best: null, qualifier: 'unknown', parts, unknownParts };
  return { min, max, best, qualifier: max === null ? 'at_least' : max === min ? 'exact' : 'range', parts, unknownParts };
}

export type VictimTotal = CountTotal & {
  /** In words, as the case summary gives it: "at least 16 (1 of 3 figures unknown)", "no figure". */
  text: string;
  /** The incidents that have a figure (known or unknown) for this kind of victim. */
  incidentIds: string[];
};

export function victimTotals(incidents: SnapshotIncident[]): Record<VictimFigure, VictimTotal> {
  const totals = {} as Record<VictimFigure, VictimTotal>;
  for (const figure of VICTIM_FIGURES) {
    const counted = incidents.filter((incident) => incident.victims[figure].qualifier !== 'none');
    const total = addTotals(counted.map((incident) => incident.victims[figure]));
    totals[figure] = { ...total, text: describeTotal(total), incidentIds: counted.map((incident) => incident.id) };
  }
  return totals;
}
