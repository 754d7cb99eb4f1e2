/**
 * Which of a snapshot's incidents an analysis counts, and which it leaves out and why. The filters (type,
 * means, target, actor, place, dates, grade) were applied when the snapshot was read; here the minimum
 * verification grade and what the analysis needs (a date, a place) are applied, and every incident left out
 * is named with its reason, so no result hides how much of the selection it stands on.
 */
import { DossierError } from '../common/errors.js';
import { VERIFICATION_GRADES } from '../vocab/vocabularies.js';
import type { ExclusionReason, Selection } from './analysis-result.js';
import type { AnalysisSnapshot, SnapshotIncident } from './snapshot.js';

/** The grades on the scale, weakest first; contested and discounted incidents are below any minimum. */
export const GRADE_SCALE = ['reported', 'single_source', 'corroborated', 'confirmed'] as const;

export interface SelectionOptions {
  minGrade?: string | undefined;
  needsDate?: boolean;
  needsPlace?: boolean;
}

export function selectIncidents(snapshot: AnalysisSnapshot, options: SelectionOptions): { incidents: SnapshotIncident[]; selection: Selection } {
  const minimum = options.minGrade === undefined ? -1 : gradeRank(options.minGrade);
  const excluded: Record<ExclusionReason, string[]> = { below_grade: [], no_date: [], no_place: [] };
  const incidents: SnapshotIncident[] = [];
  for (const incident of snapshot.incidents) {
    const rank = (GRADE_SCALE as readonly string[]).indexOf(incident.grade);
    if (minimum >= 0 && rank < minimum) excluded.below_grade.push(incident.id);
    else if (options.needsDate && !incident.days) excluded.no_date.push(incident.id);
    else if (options.needsPlace && !incident.place) excluded.no_place.push(incident.id);
    else incidents.push(incident);
  }
  return {
    incidents,
    selection: {
      selected: snapshot.incidents.length,
      included: incidents.length,
      excluded: (Object.entries(excluded) as [ExclusionReason, string[]][]).filter(([, ids]) => ids.length > 0).map(([reason, incidentIds]) => ({ reason, count: incidentIds.length, incidentIds })),
    },
  };
}

function gradeRank(grade: string): number {
  const rank = (GRADE_SCALE as readonly string[]).indexOf(grade);
  if (rank < 0) {
    const known = (VERIFICATION_GRADES as readonly string[]).includes(grade);
    throw new DossierError('VALIDATION_FAILED', `min-grade: ${known ? `"${grade}" is not on the scale of grades` : `unknown grade "${grade}"`}; use one of ${GRADE_SCALE.join(', ')}`, {
      field: 'minGrade',
      value: grade,
    });
  }
  return rank;
}

/** Refuses to compute over nothing: the answer says why there is no figure instead of printing one. */
export function requireIncluded(selection: Selection): void {
  if (selection.included > 0) return;
  const why = selection.selected === 0 ? 'the filters select no incident' : `all ${selection.selected} selected incidents were left out (${selection.excluded.map((e) => `${e.count} ${e.reason.replace('_', ' ')}`).join(', ')})`;
  throw new DossierError('VALIDATION_FAILED', `selection: ${why}; widen the filters or lower the minimum grade`, { field: 'selection', selection });
}
