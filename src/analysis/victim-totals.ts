/**
 * Victim figures summed over incidents, keeping bounds the way sumCounts does for single figures: an
 * incident's total is itself a CountTotal, and adding totals gives what adding all their parts would give.
 */
import { VICTIM_FIGURES } from '../incidents/victim-figure-kinds.js';
import { addTotals, describeTotal } from '../values/count-sum.js';
import type { VictimTotals } from './analysis-result.js';
import type { SnapshotIncident } from './snapshot.js';

export function victimTotals(incidents: SnapshotIncident[]): VictimTotals {
  const totals = {} as VictimTotals;
  for (const figure of VICTIM_FIGURES) {
    const counted = incidents.filter((incident) => incident.victims[figure].qualifier !== 'none');
    const total = addTotals(counted.map((incident) => incident.victims[figure]));
    totals[figure] = { ...total, text: describeTotal(total), incidentIds: counted.map((incident) => incident.id) };
  }
  return totals;
}
