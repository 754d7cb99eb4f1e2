/**
 * Tempo: how many incidents, with how many victims, per day, week or month, and around context events — a
 * window before and after each event (or date), the change as a rate ratio with its interval, and several
 * events of one kind superposed. Pure: the same snapshot and parameters give the same bytes.
 */
import { invalidField } from '../common/errors.js';
import type { AnalysisMethod } from './analysis-result.js';
import { BIN_SIZES, DatedIndex, spanOf, type BinSize } from './day-bins.js';
import { requireIncluded, selectIncidents } from './selection.js';
import { isoDay, type AnalysisSnapshot } from './snapshot.js';
import { CONFIDENCE } from './statistics.js';
import { requireWindowsInside, resolveAnchors, type AroundParams } from './tempo-anchors.js';
import type { TempoResult } from './tempo-result.js';
import { tempoSeries, type DatedIncident } from './tempo-series.js';
import { combineWindows, MIN_INCIDENTS_FOR_RATIO, tempoWindow } from './tempo-windows.js';

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

export const TEMPO_METHOD: AnalysisMethod = {
  name: 'tempo',
  version: '1',
  assumptions: [
    'An incident is dated by the interval of whole days (UTC) its date allows. It is counted certain in a period when the whole interval lies in the period, and possible when the interval overlaps it; possible includes certain, and certainIds and possibleIds list the incidents each count counts.',
    'expected is the count if each incident were equally likely on every day of its interval (a uniform spread: a modelling assumption, not a finding), shown beside the certain and possible bounds.',
    'Bins are days, ISO weeks (Monday to Sunday) or calendar months, every bin from the one holding the earliest first day to the one holding the latest last day of the included incidents, empty bins included. An incident whose interval does not lie within one bin is certain in no bin of that size; when that is so of every incident, the bin size is refused.',
    "Victim figures per bin are summed over the incidents certainly in the bin, keeping bounds: minimums add; the maximum and best figure are unknown when any part's is; an incident with no victim figure adds nothing, and 'none' means no incident certainly in the bin has a figure. Incidents only possibly in the bin are not summed.",
    'Around an anchor, before is the windowDays days up to the day before the anchor, and after is the windowDays days from the anchor day on: the anchor day itself counts as after. A context event is anchored on the first day of its date interval.',
    'A window that runs past the data (before the earliest first day or after the latest last day of the included incidents) is refused, not clipped, since a span without records is not a span without incidents.',
    `Incidents are counted as independent Poisson events at a constant rate within each period, exposure in days. The change is the after rate over the before rate, with the exact conditional ${CONFIDENCE * 100}% interval, computed on the certain counts and repeated on the possible counts (upper bounds per period: an incident whose interval straddles the anchor is possible on both sides). Below ${MIN_INCIDENTS_FOR_RATIO} incidents in before and after together, or with none before, no ratio is given and tooFew says why; an upper bound is null when the data do not bound it.`,
    'Several anchors are superposed (superposed epoch analysis): their windows aligned on the anchor, counts and days summed, the rate ratio computed on the sums. Anchors on the same day are superposed once. Windows of different anchors that overlap are not superposed, since an incident between them would count after one anchor and before the next; the combined figure then says so instead. An incident possible in several windows on one side is counted once there.',
  ],
  references: [
    'Breslow NE, Day NE (1987). Statistical Methods in Cancer Research, Vol. II: The Design and Analysis of Cohort Studies. IARC Scientific Publications No. 82, Lyon, §7.2 (exact conditional interval for a ratio of two Poisson rates).',
    'Clopper CJ, Pearson ES (1934). The use of confidence or fiducial limits illustrated in the case of the binomial. Biometrika 26(4):404-413.',
    'Chree C (1913). Some phenomena of sunspots and of terrestrial magnetism at Kew Observatory. Philosophical Transactions of the Royal Society of London A 212:75-116 (superposed epoch analysis).',
  ],
};
