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

// The API writes open interval ends as these sentinels (src/values/uncertain-date.ts).
const OPEN_START = '0001-01-01';
const OPEN_END = '9999-12-31';

export function spanOf(date: Pick<ApiDate, 'earliest' | 'latest'>): DateSpan | undefined {
  const start = Date.parse(date.earliest);
  const end = Date.parse(date.latest);
  if (Number.isNaN(start) || Number.isNaN(end) || end < start) return undefined;
  return { start, end, openStart: date.earliest.startsWith(OPEN_START), openEnd: date.latest.startsWith(OPEN_END) };
}

/** How the date reads to people: the source's words when there are some, else the EDTF. */
export function dateInWords(date: ApiDate | undefined): string {
  if (!date) return 'undated';
  return date.asReported ? `${date.asReported} (${date.edtf})` : date.edtf;
}

/** The bounds as calendar days, "2016-07-11 to 2016-07-20", or "… to 2017-01-01" for an open start. */
export function boundsInWords(span: DateSpan): string {
  const day = (instant: number) => new Date(instant).toISOString().slice(0, 10);
  const from = span.openStart ? '…' : day(span.start);
  const to = span.openEnd ? '…' : day(span.end);
  return from === to ? from : `${from} to ${to}`;
}
