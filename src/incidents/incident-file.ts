import type { Database } from '../db/database.js';
import { getRecord, rowToView, type RecordView } from '../records/record-store.js';
import type { RecordKind } from '../records/record-kind.js';
import { sumCounts, totalAsCount, type CountTotal } from '../values/count-sum.js';
import type { Count } from '../values/count.js';
import { actKind } from './act-kind.js';
import { figureForTotal, findingFor, type ClaimForFinding, type Finding } from './findings.js';
import { incidentKind } from './incident-kind.js';
import { VICTIM_FIGURES, victimGroupKind, type VictimFigure } from './victim-group-kind.js';
import { involvementKind } from '../actors/involvement-kind.js';
import { claimKind } from '../sources/claim-kind.js';
import { qualificationKind } from '../qualifications/qualification-kind.js';
import { assessmentKind } from '../qualifications/assessment-kind.js';

/** An incident with everything recorded about it, and the figures its accepted claims support. */
export interface IncidentFile {
  incident: RecordView;
  acts: RecordView[];
  victimGroups: RecordView[];
  involvements: RecordView[];
  qualifications: RecordView[];
  assessments: RecordView[];
  /** Claims about the incident and its parts, grouped by `kind:id:field`. */
  claims: Record<string, RecordView[]>;
  findings: Finding[];
  /** Each victim figure summed over the incident's groups, from their findings, keeping bounds. */
  figures: Record<VictimFigure, CountTotal>;
}

const KINDS_BY_NAME: Record<string, RecordKind<any>> = {
  act: actKind,
  victim_group: victimGroupKind,
  involvement: involvementKind,
  claim: claimKind,
  qualification: qualificationKind,
  assessment: assessmentKind,
};

export async function incidentFile(database: Database, id: string, caseId?: string): Promise<IncidentFile> {
  const incident = await getRecord({ database }, incidentKind, id, caseId);
  const rows = await database.db.selectFrom('records').selectAll().where('incident_id', '=', id).where('kind', '!=', 'incident').orderBy('sort_date').orderBy('id').execute();
  const byKind: Record<string, RecordView[]> = {};
  for (const row of rows) {
    const kind = KINDS_BY_NAME[row.kind];
    if (kind) (byKind[row.kind] ??= []).push(rowToView(kind, row));
  }
  const claimViews = byKind.claim ?? [];
  const claims: Record<string, RecordView[]> = {};
  for (const claim of claimViews) {
    const subject = claim.subject as ClaimForFinding['subject'];
    (claims[`${subject.kind}:${subject.id}:${subject.field}`] ??= []).push(claim);
  }
  const forFindings = claimViews as unknown as ClaimForFinding[];
  const findings: Finding[] = [];
  for (const field of ['occurred', 'date', 'place', 'types']) {
    findings.push(findingFor({ kind: 'incident', id, field }, field === 'occurred' ? undefined : incident[field], forFindings));
  }
  const victimGroups = byKind.victim_group ?? [];
  const shown: Record<VictimFigure, Count[]> = { killed: [], injured: [], missing: [], detained: [], displaced: [] };
  for (const group of victimGroups) {
    for (const figure of VICTIM_FIGURES) {
      const finding = findingFor({ kind: 'victim_group', id: group.id, field: figure }, group[figure], forFindings);
      if (finding.value !== undefined || finding.values.length > 0) findings.push(finding);
      const part = figureForTotal(finding);
      if (part) shown[figure].push(part);
    }
  }
  const figures = Object.fromEntries(VICTIM_FIGURES.map((f) => [f, sumCounts(shown[f])])) as Record<VictimFigure, CountTotal>;
  return {
    incident,
    acts: byKind.act ?? [],
    victimGroups,
    involvements: byKind.involvement ?? [],
    qualifications: byKind.qualification ?? [],
    assessments: byKind.assessment ?? [],
    claims,
    findings,
    figures,
  };
}

/** The incident's displayed figure for one victim field, as a Count (for lists, exports and sums). */
export function figureAsCount(file: IncidentFile, figure: VictimFigure): Count | undefined {
  return totalAsCount(file.figures[figure]);
}
