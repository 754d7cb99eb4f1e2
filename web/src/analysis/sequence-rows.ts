/**
 * The campaign sequence shaped for its chart and table: one bar per place from its first to its last possible
 * day, its active (interquartile) period and busiest month marked inside it, and the overlap figure in words.
 */
import { translate } from '../i18n/active-locale.js';
import type { SequencePlace, SequenceResult } from './analysis-types.js';
import { tableMessages as tm } from './analysis-tables.messages.js';
import { analysisMessages as m } from './analysis.messages.js';
import { figureText, periodText } from './figures.js';
import { noBusiestText, noOverlapText } from './result-wordings.js';
import { countCell, type TableColumn, type TableModel, tableModel } from './table-model.js';

const DAY_MS = 86_400_000;
const dayStart = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
/** From a day's first instant to the next day's: a day is drawn as a day wide, never as a point. */
const daySpan = (start: string, end: string): [number, number] => [dayStart(start), dayStart(end) + DAY_MS];

export interface PlaceBar {
  key: string;
  label: string;
  /** The widest reading: first possible day to last possible day, in ms. */
  range: [number, number];
  /** Where the active period and the busiest month lie along the bar, as fractions of it: the month may reach past the bar. */
  active: [number, number];
  busiest: [number, number] | null;
  place: SequencePlace;
}

export function placeBars(result: SequenceResult): PlaceBar[] {
  return result.places.map((place) => {
    const range = daySpan(place.first, place.last);
    const along = ([start, end]: [number, number]): [number, number] => [(start - range[0]) / (range[1] - range[0]), (end - range[0]) / (range[1] - range[0])];
    return {
      key: place.pcode,
      label: place.name,
      range,
      active: along(daySpan(place.activePeriod.start, place.activePeriod.end)),
      busiest: place.busiest ? along(daySpan(place.busiest.start, place.busiest.end)) : null,
      place,
    };
  });
}

/**
 * The time axis: from the first place's first day to the end of the last place's last day, widened to hold
 * the busiest months (a month may start before a place's first incident), with a little room either side.
 */
export function timeDomain(bars: readonly PlaceBar[]): [number, number] {
  const ends = bars.flatMap((bar) => {
    const width = bar.range[1] - bar.range[0];
    return bar.busiest ? [bar.range[0], bar.range[1], bar.range[0] + bar.busiest[0] * width, bar.range[0] + bar.busiest[1] * width] : bar.range;
  });
  const [first, last] = [Math.min(...ends), Math.max(...ends)];
  const room = Math.max(DAY_MS, (last - first) * 0.02);
  return [first - room, last + room];
}

export function placesTable(result: SequenceResult): TableModel {
  const columns: TableColumn<SequencePlace>[] = [
    { header: translate(tm.place), value: (place) => place.name },
    { header: translate(tm.code), value: (place) => place.pcode },
    { header: translate(tm.first), value: (place) => place.first },
    { header: translate(tm.last), value: (place) => place.last },
    { header: translate(tm.incidents), value: (place) => countCell(place.incidents, place.incidentIds), numeric: true },
    { header: translate(tm.busiestMonth), value: (place) => (place.busiest ? place.busiest.start.slice(0, 7) : noBusiestText(place)) },
    { header: translate(tm.certainlyInIt), value: (place) => (place.busiest ? countCell(place.busiest.incidents, place.busiest.incidentIds) : null), numeric: true },
    { header: translate(tm.activePeriod), value: (place) => periodText(place.activePeriod.start, place.activePeriod.end) },
  ];
  return tableModel(translate(tm.placesInOrder), columns, result.places, translate(tm.noPlace));
}

/** The overlap and what it means, or why there is none. */
export function overlapWords(result: SequenceResult): string {
  if (result.overlap === null) return translate(m.noOverlap, { reason: noOverlapText(result) ?? translate(m.fewerThanTwoPlaces) });
  return translate(m.overlap, { overlap: figureText(result.overlap), zero: figureText(0), one: figureText(1) });
}
