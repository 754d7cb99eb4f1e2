/**
 * The time side of a pattern of conduct: the span the incidents cover and how regularly they recur (incidents
 * per week, weeks with incidents, the longest pause). Uncertain dates are never narrowed: the span takes the
 * widest reading, and a pause is a run of days on which no incident can have happened.
 */
import type { IdList } from './analysis-result.js';
import type { LongestGap, PatternSpan, Regularity } from './pattern-result.js';
import { noRegularityWording, noSpanWording } from './pattern-wordings.js';
import { isoDay, type DaySpan, type SnapshotIncident } from './snapshot.js';

const round4 = (value: number) => Math.round(value * 10_000) / 10_000;
/** Day 4 (1970-01-05) was a Monday: weeks numbered so that each starts on a Monday. */
const weekOf = (day: number) => Math.floor((day + 3) / 7);

export function patternSpan(incidents: SnapshotIncident[]): PatternSpan {
  const dated = incidents.filter((incident) => incident.days !== null);
  const undated = incidents.filter((incident) => incident.days === null);
  const ids = (list: SnapshotIncident[]): IdList => ({ count: list.length, incidentIds: list.map((incident) => incident.id) });
  if (dated.length === 0) {
    return { first: null, last: null, days: null, certainlyCovers: null, dated: ids(dated), undated: ids(undated), reason: noSpanWording(dated.length)!.text };
  }
  const spans = dated.map((incident) => incident.days!);
  const first = spans.reduce((day, span) => Math.min(day, span.first), Infinity);
  const last = spans.reduce((day, span) => Math.max(day, span.last), -Infinity);
  const coverFrom = spans.reduce((day, span) => Math.min(day, span.last), Infinity);
  const coverTo = spans.reduce((day, span) => Math.max(day, span.first), -Infinity);
  return {
    first: isoDay(first),
    last: isoDay(last),
    days: last - first + 1,
    certainlyCovers: coverTo > coverFrom ? { from: isoDay(coverFrom), to: isoDay(coverTo), days: coverTo - coverFrom + 1 } : null,
    dated: ids(dated),
    undated: ids(undated),
    reason: null,
  };
}

export function regularity(incidents: SnapshotIncident[]): Regularity {
  const spans = incidents.filter((incident) => incident.days !== null).map((incident) => incident.days!);
  if (spans.length < 2) {
    return { perWeek: null, weeks: null, weeksWithIncidents: null, longestGap: null, reason: noRegularityWording(spans.length)!.text };
  }
  const blocks = coveredBlocks(spans);
  const first = blocks[0]!.first;
  const last = blocks[blocks.length - 1]!.last;
  const certainWeeks = new Set(spans.filter((span) => weekOf(span.first) === weekOf(span.last)).map((span) => weekOf(span.first)));
  return {
    perWeek: round4(spans.length / ((last - first + 1) / 7)),
    weeks: weekOf(last) - weekOf(first) + 1,
    weeksWithIncidents: { certain: certainWeeks.size, possible: weeksTouched(blocks) },
    longestGap: longestGap(blocks, incidents),
    reason: null,
  };
}

/** The runs of days some date interval covers, in order; runs that touch or overlap are one. */
function coveredBlocks(spans: DaySpan[]): DaySpan[] {
  const sorted = [...spans].sort((a, b) => a.first - b.first || a.last - b.last);
  const blocks: DaySpan[] = [{ ...sorted[0]! }];
  for (const span of sorted.slice(1)) {
    const current = blocks[blocks.length - 1]!;
    if (span.first <= current.last + 1) current.last = Math.max(current.last, span.last);
    else blocks.push({ ...span });
  }
  return blocks;
}

function weeksTouched(blocks: DaySpan[]): number {
  let weeks = 0;
  let lastWeek = -Infinity;
  for (const block of blocks) {
    const from = Math.max(weekOf(block.first), lastWeek + 1);
    const to = weekOf(block.last);
    if (to >= from) weeks += to - from + 1;
    lastWeek = Math.max(lastWeek, to);
  }
  return weeks;
}

/** The longest run of uncovered days between blocks (the earliest of equally long ones). */
function longestGap(blocks: DaySpan[], incidents: SnapshotIncident[]): LongestGap {
  let best: DaySpan | null = null;
  for (let i = 1; i < blocks.length; i++) {
    const gap = { first: blocks[i - 1]!.last + 1, last: blocks[i]!.first - 1 };
    if (best === null || gap.last - gap.first > best.last - best.first) best = gap;
  }
  if (best === null) return { days: 0, from: null, to: null, before: [], after: [] };
  const gap = best;
  return {
    days: gap.last - gap.first + 1,
    from: isoDay(gap.first),
    to: isoDay(gap.last),
    before: incidents.filter((incident) => incident.days?.last === gap.first - 1).map((incident) => incident.id),
    after: incidents.filter((incident) => incident.days?.first === gap.last + 1).map((incident) => incident.id),
  };
}
