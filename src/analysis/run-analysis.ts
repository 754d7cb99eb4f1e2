/**
 * One way in for every face (CLI, API): the request names the analysis, the incident list's filters and the
 * analysis's own parameters; the case is read once into a snapshot at a signed ledger size, and the pure
 * analysis runs over it.
 */
import { getCase } from '../cases/cases.js';
import { DossierError } from '../common/errors.js';
import { filterFromQuery, type ListQuery } from '../records/filter-input.js';
import { ANALYSES, type AnalysisEnvelope, type AnalysisName } from './analysis-result.js';
import { compare } from './compare.js';
import { pattern } from './pattern.js';
import { sequence } from './sequence.js';
import { loadSnapshot, type SnapshotDeps } from './snapshot-load.js';
import { tempo } from './tempo.js';
import { where } from './where.js';

/** The incident list's filters, as the list takes them (comma-separated terms, EDTF or plain dates). */
export const FILTER_FIELDS = ['type', 'means', 'target', 'actor', 'pcode', 'from', 'to', 'grade'] as const;
export type AnalysisFilters = Partial<Record<(typeof FILTER_FIELDS)[number], string>>;

export interface AnalysisRequest {
  analysis: AnalysisName;
  filters?: AnalysisFilters;
  minGrade?: string | undefined;
  /** tempo */
  bin?: 'day' | 'week' | 'month' | undefined;
  aroundEvents?: string[] | undefined;
  aroundKind?: string | undefined;
  aroundDates?: string[] | undefined;
  windowDays?: number | undefined;
  /** sequence */
  level?: string | undefined;
  /** compare: actor ids or names */
  actors?: string[] | undefined;
  /** where: waves' distance, time gap and size */
  waveKm?: number | undefined;
  waveDays?: number | undefined;
  waveMinIncidents?: number | undefined;
}

export async function runAnalysis(deps: SnapshotDeps, caseId: string, request: AnalysisRequest): Promise<AnalysisEnvelope> {
  await getCase(deps, caseId);
  if (!(ANALYSES as readonly string[]).includes(request.analysis)) {
    throw new DossierError('VALIDATION_FAILED', `analysis: must be one of ${ANALYSES.join(', ')}, not "${request.analysis}"`, { field: 'analysis' });
  }
  const filters = normalisedFilters(request.filters ?? {});
  const { filter } = filterFromQuery(filters as ListQuery);
  const snapshot = await loadSnapshot(deps, caseId, filter);
  const common = { minGrade: request.minGrade, filters };
  switch (request.analysis) {
    case 'tempo': {
      const around = request.aroundEvents?.length || request.aroundKind || request.aroundDates?.length
        ? { eventIds: request.aroundEvents, eventKind: request.aroundKind, dates: request.aroundDates }
        : undefined;
      return tempo(snapshot, { ...common, bin: request.bin ?? 'week', around, windowDays: request.windowDays });
    }
    case 'sequence':
      return sequence(snapshot, { ...common, level: (request.level ?? 'admin2') as never });
    case 'compare':
      return compare(snapshot, { ...common, actors: request.actors ?? [] });
    case 'pattern':
      return pattern(snapshot, common);
    case 'where':
      return where(snapshot, { ...common, level: (request.level ?? 'admin1') as never, waveKm: request.waveKm, waveDays: request.waveDays, waveMinIncidents: request.waveMinIncidents });
  }
}

/** Only the filters given, trimmed, in one order: the parameters a result echoes, so equal questions are equal. */
function normalisedFilters(filters: AnalysisFilters): AnalysisFilters {
  const out: AnalysisFilters = {};
  for (const field of FILTER_FIELDS) {
    const value = filters[field]?.trim();
    if (value) out[field] = value;
  }
  return out;
}
