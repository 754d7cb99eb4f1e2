import { type ApiDate, spanOf } from './date-span.js';
import { type Bin, binIndexOf } from './timeline-bins.js';

/** A context event as the API lists it (record kind context_event). */
export interface TimelineContextEvent {
  id: string;
  eventKind: string;
  title: string;
  date: ApiDate;
}

/**
 * Where a context event goes on the chart: a line when its date lies in one bin, an area over every bin it
 * may fall in otherwise ("early March 2017" is not a day), and nothing when it lies outside the bins shown.
 */
export interface ContextMarker {
  event: TimelineContextEvent;
  /** 1, 2, …: ties the chart's short label to the list of events below it. */
  number: number;
  firstIndex: number;
  lastIndex: number;
  firstKey: string;
  lastKey: string;
  isLine: boolean;
}

export function placeContextEvents(events: readonly TimelineContextEvent[], bins: readonly Bin[]): ContextMarker[] {
  const first = bins[0];
  const last = bins[bins.length - 1];
  const markers: ContextMarker[] = [];
  for (const { event, number } of numberedEvents(events)) {
    const span = spanOf(event.date);
    if (!span || !first || !last || span.end < first.start || span.start >= last.end) continue;
    const firstIndex = Math.max(0, binIndexOf(bins, span.start));
    const found = binIndexOf(bins, span.end);
    const lastIndex = found === -1 ? bins.length - 1 : found;
    markers.push({ event, number, firstIndex, lastIndex, firstKey: bins[firstIndex]!.key, lastKey: bins[lastIndex]!.key, isLine: firstIndex === lastIndex });
  }
  return markers;
}

/** Events in date order, numbered 1, 2, …; the markers carry the same numbers as the list beside the chart. */
export function numberedEvents(events: readonly TimelineContextEvent[]): { event: TimelineContextEvent; number: number }[] {
  const startOf = (event: TimelineContextEvent) => spanOf(event.date)?.start ?? Infinity;
  return [...events]
    .sort((a, b) => startOf(a) - startOf(b) || a.title.localeCompare(b.title))
    .map((event, i) => ({ event, number: i + 1 }));
}
