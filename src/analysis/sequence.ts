/**
 * Campaign sequence: per place at a chosen level (governorate, district, sub-district, community or named
 * area), when it was first and last attacked, its busiest month and its count, the places ordered in time;
 * and one figure for how far the places' active periods overlap, so "one place at a time" can be checked
 * against the incidents instead of asserted.
 */
import { invalidField } from '../common/errors.js';
import type { RecordFilter } from '../records/record-query.js';
import type { AnalysisMethod } from './analysis-result.js';
import { methodOf } from './method-wording.js';
import { requireIncluded, selectIncidents } from './selection.js';
import { isoDay, type AnalysisSnapshot, type DaySpan, type SnapshotIncident } from './snapshot.js';
import { activePeriod, interquartileSpan, overlapOf } from './sequence-overlap.js';
import { SEQUENCE_LEVELS, type BusiestMonth, type SequenceLevel, type SequencePlace, type SequenceResult } from './sequence-result.js';
import { noBusiestWording, noOverlapWording, SEQUENCE_METHOD_WORDING } from './sequence-wordings.js';

export interface SequenceParameters {
  level: SequenceLevel;
  minGrade?: string | undefined;
  /** The incident-list filters the snapshot was read with; echoed, not applied again. */
  filters?: RecordFilter | undefined;
}

/** The method's name and assumptions are said in sequence-wordings.ts; its reference is cited as published. */
export const SEQUENCE_METHOD: AnalysisMethod = methodOf(SEQUENCE_METHOD_WORDING, '1', ['Tukey, J. W. (1977). Exploratory Data Analysis (quartiles and the interquartile range).']);

export function sequence(snapshot: AnalysisSnapshot, parameters: SequenceParameters): SequenceResult {
  const level = parameters.level;
  if (!(SEQUENCE_LEVELS as readonly string[]).includes(level)) {
    throw invalidField('level', `unknown level "${String(level)}"; use one of ${SEQUENCE_LEVELS.join(', ')}`, level);
  }
  const { incidents, selection } = selectIncidents(snapshot, { minGrade: parameters.minGrade, needsDate: true, needsPlace: true });
  requireIncluded(selection);

  const byPlace = new Map<string, SnapshotIncident[]>();
  const notAtLevel: string[] = [];
  for (const incident of incidents) {
    const code = incident.place![level];
    if (code === null) notAtLevel.push(incident.id);
    else {
      const placed = byPlace.get(code);
      if (placed) placed.push(incident);
      else byPlace.set(code, [incident]);
    }
  }
  if (byPlace.size === 0) {
    throw invalidField('level', `none of the ${incidents.length} included incidents is placed at level ${level}; choose a coarser level`, level);
  }

  const periods = [...byPlace.values()].map((placed) => interquartileSpan(placed.map((incident) => incident.days!)));
  const places = [...byPlace.entries()]
    .map(([code, placed], i) => placeSequence(code, snapshot.placeNames[code] ?? code, placed, periods[i]!))
    .sort((a, b) => (a.first < b.first ? -1 : a.first > b.first ? 1 : a.pcode < b.pcode ? -1 : a.pcode > b.pcode ? 1 : 0));
  const overlap = places.length < 2 ? null : overlapOf(periods);

  return {
    analysis: 'sequence',
    caseId: snapshot.caseId,
    parameters: { level, minGrade: parameters.minGrade ?? null, filters: parameters.filters ?? {} },
    method: SEQUENCE_METHOD,
    ledger: snapshot.ledger,
    selection,
    level,
    places,
    overlap,
    overlapReason: noOverlapWording(places.length, level)?.text ?? null,
    notAtLevel: { count: notAtLevel.length, incidentIds: notAtLevel },
  };
}

function placeSequence(pcode: string, name: string, incidents: SnapshotIncident[], period: DaySpan): SequencePlace {
  const spans = incidents.map((incident) => incident.days!);
  const busiest = busiestMonth(incidents);
  // Folded rather than spread: Math.min(...list) overflows the stack on a place with 100k incidents.
  const fold = (pick: (span: DaySpan) => number, keep: (a: number, b: number) => number) => isoDay(spans.map(pick).reduce((a, b) => keep(a, b)));
  return {
    name,
    pcode,
    first: fold((span) => span.first, Math.min),
    last: fold((span) => span.last, Math.max),
    firstNoLaterThan: fold((span) => span.last, Math.min),
    lastNoEarlierThan: fold((span) => span.first, Math.max),
    incidents: incidents.length,
    incidentIds: incidents.map((incident) => incident.id),
    busiest,
    busiestReason: noBusiestWording(busiest)?.text ?? null,
    activePeriod: activePeriod(period),
  };
}

/** Months counted from year 0: a month's number, and its first and last day. */
const monthOf = (day: number): number => {
  const date = new Date(day * 86_400_000);
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
};
const monthStart = (month: number): number => Date.UTC(Math.floor(month / 12), month % 12, 1) / 86_400_000;

function busiestMonth(incidents: SnapshotIncident[]): BusiestMonth | null {
  const certain = new Map<number, string[]>();
  for (const incident of incidents) {
    const month = monthOf(incident.days!.first);
    if (month !== monthOf(incident.days!.last)) continue;
    const ids = certain.get(month);
    if (ids) ids.push(incident.id);
    else certain.set(month, [incident.id]);
  }
  let best: number | null = null;
  for (const [month, ids] of certain) {
    if (best === null || ids.length > certain.get(best)!.length || (ids.length === certain.get(best)!.length && month < best)) best = month;
  }
  if (best === null) return null;
  const start = monthStart(best);
  const end = monthStart(best + 1) - 1;
  const incidentIds = certain.get(best)!;
  return {
    start: isoDay(start),
    end: isoDay(end),
    incidents: incidentIds.length,
    incidentIds,
    possible: incidents.filter((incident) => incident.days!.first <= end && incident.days!.last >= start).length,
  };
}
