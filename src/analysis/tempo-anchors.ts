/**
 * The anchors tempo compares before and after: context events named by id or by kind, and plain dates. An
 * event is anchored on the first day of its date interval. Each anchor's window must lie inside the data.
 */
import { DossierError, invalidField } from '../common/errors.js';
import { dayOf, isoDay, type AnalysisSnapshot, type DaySpan } from './snapshot.js';
import type { Anchor } from './tempo-result.js';
import { describeAnchor } from './tempo-wordings.js';

export interface AroundParams {
  eventIds?: string[];
  eventKind?: string;
  /** YYYY-MM-DD */
  dates?: string[];
}

export interface AnchorDay {
  anchor: Anchor;
  day: number;
}

/** The anchors `around` names, each once, ordered by day (a plain date before events of the same day, then by id). */
export function resolveAnchors(snapshot: AnalysisSnapshot, around: AroundParams): AnchorDay[] {
  const eventIds = around.eventIds ?? [];
  const dates = around.dates ?? [];
  if (eventIds.length === 0 && around.eventKind === undefined && dates.length === 0) {
    throw invalidField('around', 'name at least one context event id, an event kind or a date to compare before and after', around);
  }
  const events = new Map(snapshot.contextEvents.map((event) => [event.id, event]));
  const chosen = new Map<string, AnchorDay>();
  const addEvent = (id: string) => {
    const event = events.get(id)!;
    chosen.set(`event:${id}`, { anchor: { eventId: id, title: event.title, date: isoDay(event.days.first) }, day: event.days.first });
  };

  for (const id of eventIds) {
    if (!events.has(id)) {
      throw new DossierError('NOT_FOUND', `around.eventIds: case ${snapshot.caseId} has no context event "${id}" with a date`, { field: 'around.eventIds', value: id });
    }
    addEvent(id);
  }
  if (around.eventKind !== undefined) {
    const ofKind = snapshot.contextEvents.filter((event) => event.eventKind === around.eventKind);
    if (ofKind.length === 0) {
      const kinds = [...new Set(snapshot.contextEvents.map((event) => event.eventKind))].sort();
      const known = kinds.length ? `its dated events are of kind ${kinds.join(', ')}` : 'it has no dated context event at all';
      throw invalidField('around.eventKind', `case ${snapshot.caseId} has no dated context event of kind "${around.eventKind}"; ${known}`, around.eventKind);
    }
    for (const event of ofKind) addEvent(event.id);
  }
  for (const date of dates) {
    const day = parseDay(date);
    chosen.set(`date:${date}`, { anchor: { date }, day });
  }
  return [...chosen.values()].sort((a, b) => a.day - b.day || compareText(a.anchor.eventId ?? '', b.anchor.eventId ?? ''));
}

function parseDay(date: string): number {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(date) ? dayOf(`${date}T00:00:00Z`) : NaN;
  if (!Number.isFinite(day) || isoDay(day) !== date) throw invalidField('around.dates', `"${date}" is not a calendar date written YYYY-MM-DD`, date);
  return day;
}

/**
 * Refuses windows that run past the data (the included incidents' dates): a count there would read an
 * absence of records as an absence of incidents. Windows are refused, not clipped, so every window compares
 * equal spans.
 */
export function requireWindowsInside(anchors: readonly AnchorDay[], windowDays: number, span: DaySpan): void {
  const outside = anchors.filter(({ day }) => day - windowDays < span.first || day + windowDays - 1 > span.last);
  if (outside.length === 0) return;
  const data = `the included incidents are dated ${isoDay(span.first)} to ${isoDay(span.last)}`;
  const widest = Math.min(...anchors.map(({ day }) => Math.min(day - span.first, span.last - day + 1)));
  const named = outside.map(({ anchor, day }) => `${describeAnchor(anchor)} needs ${isoDay(day - windowDays)} to ${isoDay(day + windowDays - 1)}`);
  if (widest < 1) {
    const stranded = anchors.filter(({ day }) => day <= span.first || day > span.last).map(({ anchor }) => describeAnchor(anchor));
    throw invalidField('around', `${stranded.join('; ')}: no window fits around it, as there are no incidents on one side (${data}); leave it out`, stranded);
  }
  throw invalidField(
    'windowDays',
    `a window of ${windowDays} days runs past the data (${data}): ${named.join('; ')}; use windowDays of at most ${widest} or other anchors`,
    windowDays,
  );
}

/** Code-unit order: the same on every machine, unlike a locale's collation. */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
