import type { Database } from '../db/database.js';
import { figureForTotal, findingFor, type ClaimForFinding } from '../incidents/findings.js';
import { VICTIM_FIGURES, type VictimFigure } from '../incidents/victim-group-kind.js';
import type { filteredIds } from '../records/record-query.js';
import type { Count } from '../values/count.js';

/** The victim figures each victim group contributes, by the incident it belongs to. */
export type VictimFigureParts = Record<VictimFigure, Count[]>;

/**
 * For the incidents `incidentIds` selects (a subquery), each victim group's figures as a total should count
 * them: the figure its accepted claims support (a conflict contributes its envelope, an unsourced figure the
 * value entered, a figure only claimed in words an unknown). Read with subqueries (or a short list of ids), so
 * a case of any size stays one statement each.
 */
export async function victimFigureParts(database: Database, incidentIds: ReturnType<typeof filteredIds> | string[]): Promise<Map<string, VictimFigureParts>> {
  const groupIds = database.db.selectFrom('records').select('id').where('kind', '=', 'victim_group').where('incident_id', 'in', incidentIds);
  const groups = await database.db.selectFrom('records').select(['id', 'incident_id', 'doc']).where('kind', '=', 'victim_group').where('incident_id', 'in', incidentIds).execute();
  const claims = await database.db.selectFrom('records').select(['id', 'doc']).where('kind', '=', 'claim').where('status', '=', 'accepted').where('parent_id', 'in', groupIds).execute();
  const claimsByGroup = new Map<string, ClaimForFinding[]>();
  for (const row of claims) {
    const claim = { id: row.id, ...(JSON.parse(row.doc) as Omit<ClaimForFinding, 'id'>) };
    const list = claimsByGroup.get(claim.subject.id) ?? [];
    list.push(claim);
    claimsByGroup.set(claim.subject.id, list);
  }
  const byIncident = new Map<string, VictimFigureParts>();
  for (const row of groups) {
    const group = JSON.parse(row.doc) as Record<string, unknown>;
    const parts = byIncident.get(row.incident_id!) ?? { killed: [], injured: [], missing: [], detained: [], displaced: [] };
    for (const figure of VICTIM_FIGURES) {
      const part = figureForTotal(findingFor({ kind: 'victim_group', id: row.id, field: figure }, group[figure], claimsByGroup.get(row.id) ?? []));
      if (part) parts[figure].push(part);
    }
    byIncident.set(row.incident_id!, parts);
  }
  return byIncident;
}
