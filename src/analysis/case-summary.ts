import type { Database } from '../db/database.js';
import { incidentKind } from '../incidents/incident-kind.js';
import { VICTIM_FIGURES, type VictimFigure } from '../incidents/victim-group-kind.js';
import { facetCounts, filteredIds, type RecordFilter } from '../records/record-query.js';
import { describeTotal, sumCounts, type CountTotal } from '../values/count-sum.js';
import type { Count } from '../values/count.js';
import { victimFigureParts } from './victim-figures.js';

export interface CaseSummary {
  incidents: number;
  byType: Record<string, number>;
  /** Incidents per means and per target object used or struck in any of their acts (an incident counts once a term). */
  byMeans: Record<string, number>;
  byTarget: Record<string, number>;
  byGrade: Record<string, number>;
  /** Incidents per actor id (either-or attributions count for each actor named, and are not summed across). */
  byActor: Record<string, { name: string; incidents: number }>;
  /** Victim totals over the incidents, each with its bounds and how many figures were unknown. */
  victims: Record<VictimFigure, CountTotal & { text: string }>;
}

/**
 * Counts (by type, means, target, grade and party) and victim totals over the incidents a filter selects. Each victim group contributes the figure its
 * accepted claims support (a conflict contributes its envelope, an unsourced figure the value entered), and
 * the sum keeps bounds: "at least" stays "at least", unknowns are counted as unknown.
 */
export async function caseSummary(database: Database, filter: RecordFilter): Promise<CaseSummary> {
  const facets = await facetCounts(database, incidentKind, filter, ['incident_type', 'means', 'target', 'actor']);
  const actorIds = Object.keys(facets.terms.actor ?? {});
  const actorRows = actorIds.length
    ? await database.db.selectFrom('records').select(['id', 'title']).where('id', 'in', actorIds).execute()
    : [];
  const names = new Map(actorRows.map((row) => [row.id, row.title]));
  const byActor: CaseSummary['byActor'] = {};
  for (const [id, incidents] of Object.entries(facets.terms.actor ?? {})) byActor[id] = { name: names.get(id) ?? id, incidents };

  const victims = await victimTotals(database, filter);
  return {
    incidents: facets.total,
    byType: facets.terms.incident_type ?? {},
    byMeans: facets.terms.means ?? {},
    byTarget: facets.terms.target ?? {},
    byGrade: facets.status,
    byActor,
    victims,
  };
}

async function victimTotals(database: Database, filter: RecordFilter): Promise<CaseSummary['victims']> {
  const byIncident = await victimFigureParts(database, filteredIds(database, incidentKind, filter));
  const shown: Record<VictimFigure, Count[]> = { killed: [], injured: [], missing: [], detained: [], displaced: [] };
  for (const parts of byIncident.values()) for (const figure of VICTIM_FIGURES) shown[figure].push(...parts[figure]);
  const totals = {} as CaseSummary['victims'];
  for (const figure of VICTIM_FIGURES) {
    const total = sumCounts(shown[figure]);
    totals[figure] = { ...total, text: describeTotal(total) };
  }
  return totals;
}
