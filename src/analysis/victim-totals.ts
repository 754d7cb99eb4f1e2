/**
 * Victim figures summed over incidents, keeping bounds the way sumCounts does for single figures: an
 * incident's total is itself a CountTotal, and adding totals gives what adding all their parts would give.
 */
import { VICTIM_FIGURES, type VictimFigure } from '../incidents/victim-group-kind.js';
import { addTotals, describeTotal, type CountTotal } from '../values/count-sum.js';
import type { SnapshotIncident } from './snapshot.js';

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
