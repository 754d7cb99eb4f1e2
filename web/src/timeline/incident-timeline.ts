import { type ApiDate, type DateSpan, spanOf } from './date-span.js';
import { type ContextMarker, type TimelineContextEvent, placeContextEvents } from './context-markers.js';
import { type ChartSeries, type IncidentGroup, rankSeries } from './incident-groups.js';
import { type Bin, type BinUnit, binIndexOf, binsBetween, binStart, nextBinStart, sameBin } from './timeline-bins.js';

export interface TimelineIncident {
  id: string;
  title: string;
  types: string[];
  date?: ApiDate;
}

/** An incident whose whole date lies in one bin: the only kind a bar counts. */
export interface PinnedIncident {
  incident: TimelineIncident;
  binIndex: number;
  series: ChartSeries;
}

/** An incident whose date spans several bins, drawn as a span from its first possible bin to its last. */
export interface SpannedIncident {
  incident: TimelineIncident;
  span: DateSpan;
  firstIndex: number;
  lastIndex: number;
  /** The date runs on before the first bin or after the last one shown (open or clipped). */
  runsOnBefore: boolean;
  runsOnAfter: boolean;
  series: ChartSeries;
}

/** One bar: its bin, how many incidents it holds, and those incidents per series key (s0, s1, …). */
export type BarRow = { key: string; total: number } & Record<string, number | string>;

export interface TimelineModel {
  unit: BinUnit;
  bins: Bin[];
  rows: BarRow[];
  series: ChartSeries[];
  pinned: PinnedIncident[];
  spanned: SpannedIncident[];
  undated: TimelineIncident[];
  /** Incidents whose dates lie wholly before the bins shown, when there were too many bins to draw. */
  beforeShown: TimelineIncident[];
  clipped: boolean;
  markers: ContextMarker[];
}

export interface TimelineOptions {
  unit: BinUnit;
  groupOf: (incident: TimelineIncident) => IncidentGroup;
  /** More bins than this and the earliest are dropped (and `clipped` is set). */
  maxBins: number;
}

/**
 * Lays incidents out in bins without inventing precision: an incident counts in a bar only when every
 * instant its date allows lies in that bin ("19 September 2016" in its day; "mid-July 2016" in a month, but
 * not in a day or a week); any other dated incident becomes a span over the bins it could fall in.
 */
export function buildTimeline(incidents: readonly TimelineIncident[], events: readonly TimelineContextEvent[], options: TimelineOptions): TimelineModel {
  const { unit } = options;
  const dated: { incident: TimelineIncident; span: DateSpan }[] = [];
  const undated: TimelineIncident[] = [];
  for (const incident of incidents) {
    const span = incident.date && spanOf(incident.date);
    if (span) dated.push({ incident, span });
    else undated.push(incident);
  }
  const extent = extentOf(dated.map((d) => d.span)) ?? extentOf(events.flatMap((e) => spanOf(e.date) ?? []));
  const padded = extent && { first: binStart(extent.first, unit) - 1, last: nextBinStart(binStart(extent.last, unit), unit) };
  const { bins, clipped } = padded ? binsBetween(padded.first, padded.last, unit, options.maxBins) : { bins: [], clipped: false };
  const { series, seriesOf } = rankSeries(dated.map((d) => options.groupOf(d.incident)));
  const rows: BarRow[] = bins.map((bin) => ({ key: bin.key, total: 0, ...Object.fromEntries(series.map((s) => [s.seriesKey, 0])) }));

  const pinned: PinnedIncident[] = [];
  const spanned: SpannedIncident[] = [];
  const beforeShown: TimelineIncident[] = [];
  for (const { incident, span } of dated) {
    const series = seriesOf(options.groupOf(incident));
    const isPinned = !span.openStart && !span.openEnd && sameBin(span.start, span.end, unit);
    const firstIndex = Math.max(0, binIndexOf(bins, span.start));
    const lastIndex = binIndexOf(bins, span.end);
    if (bins.length === 0 || span.end < bins[0]!.start) {
      beforeShown.push(incident);
    } else if (isPinned) {
      const row = rows[firstIndex]!;
      row.total += 1;
      row[series.seriesKey] = Number(row[series.seriesKey]) + 1;
      pinned.push({ incident, binIndex: firstIndex, series });
    } else {
      const runsOnBefore = span.openStart || span.start < bins[0]!.start;
      const runsOnAfter = span.openEnd || lastIndex === -1;
      spanned.push({ incident, span, firstIndex, lastIndex: lastIndex === -1 ? bins.length - 1 : lastIndex, runsOnBefore, runsOnAfter, series });
    }
  }
  spanned.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return { unit, bins, rows, series, pinned, spanned, undated, beforeShown, clipped, markers: placeContextEvents(events, bins) };
}

/** The earliest and latest finite instants of the spans; open ends do not stretch the timeline to year 1. */
function extentOf(spans: readonly DateSpan[]): { first: number; last: number } | undefined {
  let first = Infinity;
  let last = -Infinity;
  for (const span of spans) {
    if (!span.openStart) first = Math.min(first, span.start);
    else if (!span.openEnd) first = Math.min(first, span.end);
    if (!span.openEnd) last = Math.max(last, span.end);
    else if (!span.openStart) last = Math.max(last, span.start);
  }
  return Number.isFinite(first) && Number.isFinite(last) ? { first, last } : undefined;
}

/** The bars that hold incidents, in words, for the table beside the chart: empty bins are left out. */
export function countedBins(model: TimelineModel): { bin: Bin; total: number; parts: { series: ChartSeries; incidents: number }[] }[] {
  return model.bins.flatMap((bin, i) => {
    const row = model.rows[i]!;
    if (row.total === 0) return [];
    const parts = model.series.map((series) => ({ series, incidents: Number(row[series.seriesKey]) })).filter((part) => part.incidents > 0);
    return [{ bin, total: row.total, parts }];
  });
}
