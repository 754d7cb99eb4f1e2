/**
 * Tempo: how many incidents, with how many victims, per day, week or month, and around context events — a
 * window before and after each event (or date), the change as a rate ratio with its interval, and several
 * events of one kind superposed. Pure: the same snapshot and parameters give the same bytes.
 */
import { invalidField } from '../common/errors.js';
import type { AnalysisMethod } from './analysis-result.js';
import { BIN_SIZES, DatedIndex, spanOf, type BinSize } from './day-bins.js';
import { methodOf } from './method-wording.js';
import { requireIncluded, selectIncidents } from './selection.js';
import { isoDay, type AnalysisSnapshot } from './snapshot.js';
import { requireWindowsInside, resolveAnchors, type AroundParams } from './tempo-anchors.js';
import type { TempoResult } from './tempo-result.js';
import { tempoSeries, type DatedIncident } from './tempo-series.js';
import { combineWindows, tempoWindow } from './tempo-windows.js';
import { TEMPO_METHOD_WORDING } from './tempo-wordings.js';

export type { AroundParams } from './tempo-anchors.js';

export const DEFAULT_WINDOW_DAYS = 30;

export interface TempoParams {
  bin: BinSize;
  around?: AroundParams;
  windowDays?: number;
  minGrade?: string;
  /** The incident-list filters the snapshot was read with; echoed into the parameters only. */
  filters?: Record<string, unknown>;
}

export function tempo(snapshot: AnalysisSnapshot, params: TempoParams): TempoResult {
  const windowDays = params.windowDays ?? DEFAULT_WINDOW_DAYS;
  checkParams(params, windowDays);
  const { incidents, selection } = selectIncidents(snapshot, { minGrade: params.minGrade, needsDate: true });
  requireIncluded(selection);
  const anchors = params.around ? resolveAnchors(snapshot, params.around) : [];
  const dated = incidents as DatedIncident[];
  const span = spanOf(dated)!;
  const series = tempoSeries(dated, span, params.bin);

  const result: TempoResult = {
    analysis: 'tempo',
    caseId: snapshot.caseId,
    parameters: echoedParameters(params, windowDays),
    method: TEMPO_METHOD,
    ledger: snapshot.ledger,
    selection,
    span: { start: isoDay(span.first), end: isoDay(span.last) },
    series,
  };
  if (anchors.length === 0) return result;
  requireWindowsInside(anchors, windowDays, span);
  const byDate = new DatedIndex(dated);
  const windows = anchors.map((anchor) => tempoWindow(byDate, anchor, windowDays));
  return { ...result, windows, ...(anchors.length > 1 ? { combined: combineWindows(windows, anchors, windowDays) } : {}) };
}

function checkParams(params: TempoParams, windowDays: number): void {
  if (!(BIN_SIZES as readonly string[]).includes(params.bin)) throw invalidField('bin', `unknown bin "${String(params.bin)}"; use ${BIN_SIZES.join(', ')}`, params.bin);
  if (!Number.isSafeInteger(windowDays) || windowDays < 1) throw invalidField('windowDays', 'must be a whole number of days, 1 or more', params.windowDays);
}

function echoedParameters(params: TempoParams, windowDays: number): Record<string, unknown> {
  const around = params.around
    ? {
        ...(params.around.eventIds ? { eventIds: params.around.eventIds } : {}),
        ...(params.around.eventKind !== undefined ? { eventKind: params.around.eventKind } : {}),
        ...(params.around.dates ? { dates: params.around.dates } : {}),
      }
    : undefined;
  return {
    bin: params.bin,
    windowDays,
    ...(around ? { around } : {}),
    ...(params.minGrade !== undefined ? { minGrade: params.minGrade } : {}),
    ...(params.filters ? { filters: params.filters } : {}),
  };
}

/** The method's name and assumptions are said in tempo-wordings.ts; its references are cited as published. */
export const TEMPO_METHOD: AnalysisMethod = methodOf(TEMPO_METHOD_WORDING, '1', [
  'Breslow NE, Day NE (1987). Statistical Methods in Cancer Research, Vol. II: The Design and Analysis of Cohort Studies. IARC Scientific Publications No. 82, Lyon, §7.2 (exact conditional interval for a ratio of two Poisson rates).',
  'Clopper CJ, Pearson ES (1934). The use of confidence or fiducial limits illustrated in the case of the binomial. Biometrika 26(4):404-413.',
  'Chree C (1913). Some phenomena of sunspots and of terrestrial magnetism at Kew Observatory. Philosophical Transactions of the Royal Society of London A 212:75-116 (superposed epoch analysis).',
]);
