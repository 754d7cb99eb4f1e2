/**
 * Campaign sequence: per place at a chosen level (governorate, district, sub-district, community or named
 * area), when it was first and last attacked, its busiest month and its count, the places ordered in time;
 * and one figure for how far the places' active periods overlap, so "one place at a time" can be checked
 * against the incidents instead of asserted.
 */
import { invalidField } from '../common/errors.js';
import type { RecordFilter } from '../records/record-query.js';
import type { AnalysisMethod } from './analysis-result.js';
import { requireIncluded, selectIncidents } from './selection.js';
import { isoDay, type AnalysisSnapshot, type DaySpan, type SnapshotIncident } from './snapshot.js';
import { activePeriod, interquartileSpan, overlapOf } from './sequence-overlap.js';
import { SEQUENCE_LEVELS, type BusiestMonth, type SequenceLevel, type SequencePlace, type SequenceResult } from './sequence-result.js';

export interface SequenceParameters {
  level: SequenceLevel;
  minGrade?: string | undefined;
  /** The incident-list filters the snapshot was read with; echoed, not applied again. */
  filters?: RecordFilter | undefined;
}

export const SEQUENCE_METHOD: AnalysisMethod = {
  name: 'Campaign sequence: first, last and busiest month per place; overlap of interquartile active periods',
  version: '1',
  assumptions: [
    "An incident's date is the interval [earliest, latest] in whole UTC days. A place's `first` is the earliest day its first incident can have happened and `last` the latest day its last incident can have happened (the widest reading); `firstNoLaterThan` and `lastNoEarlierThan` give the narrowest reading (the smallest latest day and the largest earliest day).",
    'Busiest period: the calendar month (UTC) with the most incidents whose whole date interval lies in it; ties go to the earlier month. Incidents that merely overlap the month are reported as `possible`, never added to the count. Null when no incident of the place lies wholly in one month.',
    "Active period of a place: from the first to the third quartile (linear interpolation) of its incidents' date midpoints, rounded outward to whole days; a single stray incident does not stretch it. The midpoint of an uncertain date is a point estimate of it, used only for the active period.",
    'Overlap = (sum over pairs of places of the days their active periods share) / (sum over pairs of the days of the shorter period), periods counted inclusive of both ends. 0 when no two periods share a day, 1 when every shorter period lies within the longer. Null below two places.',
    'Places are grouped by the code the incident carries at the chosen level (an OCHA P-code, or a named area id); incidents placed without that level are listed under notAtLevel, not guessed into a place.',
  ],
  references: ['Tukey, J. W. (1977). Exploratory Data Analysis (quartiles and the interquartile range).'],
};

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
    overlapReason: overlap === null ? `only ${places.length} place at level ${level}: overlap needs at least two` : null,
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
    busiestReason: busiest === null ? 'no incident of this place is dated within a single calendar month' : null,
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
