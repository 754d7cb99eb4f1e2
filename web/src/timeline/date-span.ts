import { OPEN_END, OPEN_START } from '../../../src/values/open-dates.js';
import { translate } from '../i18n/active-locale.js';
import { isoInText } from './time-format.js';
import { timelineMessages as m } from './timeline.messages.js';

/** A date as the API returns it: the EDTF, the words of the source, and the bounds derived from the EDTF. */
export interface ApiDate {
  edtf: string;
  earliest: string;
  latest: string;
  asReported?: string;
}

/** The instants a date allows, with open ends (EDTF `..`) marked rather than taken as year 1 or 9999. */
export interface DateSpan {
  start: number;
  end: number;
  openStart: boolean;
  openEnd: boolean;
}

const OPEN_START_AT = Date.parse(OPEN_START);
const OPEN_END_AT = Date.parse(OPEN_END);

export function spanOf(date: Pick<ApiDate, 'earliest' | 'latest'>): DateSpan | undefined {
  const start = Date.parse(date.earliest);
  const end = Date.parse(date.latest);
  if (Number.isNaN(start) || Number.isNaN(end) || end < start) return undefined;
  return { start, end, openStart: start <= OPEN_START_AT, openEnd: end >= OPEN_END_AT };
}

const isoDay = (instant: number) => isoInText(new Date(instant).toISOString().slice(0, 10));

/**
 * The bounds as calendar days, "2016-07-11 to 2016-07-20", or "… to 2017-01-01" for an open start: ISO days for
 * tables, or the days as `day` words them (a tooltip's, in the reader's calendar words).
 */
export function boundsInWords(span: DateSpan, day: (instant: number) => string = isoDay): string {
  const from = span.openStart ? '…' : day(span.start);
  const to = span.openEnd ? '…' : day(span.end);
  return from === to ? from : translate(m.dayRange, { from, to });
}
