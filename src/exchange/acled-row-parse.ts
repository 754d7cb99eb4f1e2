import { isDossierError } from '../common/errors.js';
import { incidentTypeFromAcled, type AcledInterCode } from '../vocab/acled.js';
import type { IncidentType } from '../vocab/vocabularies.js';
import { parseAcledDate, type TimePrecision } from './acled-dates.js';
import { countryCodeFor, parseInterCode, type AcledColumn } from './acled-format.js';

/** One ACLED row, checked and typed: everything an import needs, nothing written yet. */
export interface AcledEvent {
  eventId: string | undefined;
  day: string;
  timePrecision: TimePrecision;
  eventType: string;
  subEventType: string;
  incidentType: IncidentType;
  /** Other Dossier types the ACLED pair may stand for (the first fitting one was taken). */
  alternatives: IncidentType[];
  actor1: string;
  inter1: AcledInterCode | undefined;
  assocActor1: string;
  actor2: string;
  inter2: AcledInterCode | undefined;
  civilianTargeting: boolean;
  countryCode: string;
  country: string;
  admins: string[];
  location: string;
  lat: number;
  lon: number;
  geoPrecision: 1 | 2 | 3;
  sources: string[];
  notes: string;
  fatalities: number;
  tags: string[];
}

export interface RowProblem {
  field: AcledColumn | 'row';
  problem: string;
}

export type AcledRecord = Partial<Record<string, string>>;

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/**
 * Checks one row field by field and returns the event, or every problem found (a row is imported whole or
 * not at all, so the report should say all that is wrong with it at once).
 */
export function parseAcledRecord(record: AcledRecord): { event: AcledEvent } | { problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const text = (column: AcledColumn) => (record[column] ?? '').trim();
  const fail = (field: AcledColumn, problem: string) => void problems.push({ field, problem });

  const rawDate = text('event_date');
  const day = parseAcledDate(rawDate);
  if (!rawDate) fail('event_date', 'is required');
  else if (!day) fail('event_date', `"${rawDate}" is not a calendar date in a form ACLED writes (2016-09-19 or 19 September 2016)`);
  const year = text('year');
  if (day && year && year !== day.slice(0, 4)) fail('year', `${year} does not match event_date ${rawDate}`);
  const timePrecision = oneToThree(text('time_precision'));
  if (timePrecision === undefined) fail('time_precision', `"${text('time_precision')}" is not 1, 2 or 3`);
  const geoPrecision = oneToThree(text('geo_precision'));
  if (geoPrecision === undefined) fail('geo_precision', `"${text('geo_precision')}" is not 1, 2 or 3`);

  const eventType = text('event_type');
  const subEventType = text('sub_event_type');
  let match: ReturnType<typeof incidentTypeFromAcled> | undefined;
  try {
    match = incidentTypeFromAcled(eventType, subEventType);
    if (match.incidentType === undefined) {
      fail('sub_event_type', `ACLED "${eventType} / ${subEventType}" events have no counterpart among Dossier's incident types; record them by hand if they belong in the case`);
    }
  } catch (error) {
    if (!isDossierError(error)) throw error;
    const field = error.details.field === 'eventType' ? 'event_type' : 'sub_event_type';
    fail(field, String(error.details.problem));
  }

  const inter1 = interCode(text('inter1'), 'inter1', fail);
  const inter2 = interCode(text('inter2'), 'inter2', fail);
  const actor1 = text('actor1');
  if (actor1.length > 300) fail('actor1', 'is longer than 300 characters');

  const country = text('country');
  const countryCode = country ? countryCodeFor(country) : undefined;
  if (!country) fail('country', 'is required');
  else if (!countryCode) fail('country', `unknown country "${country}"`);
  const lat = coordinate(text('latitude'), 'latitude', 90, fail);
  const lon = coordinate(text('longitude'), 'longitude', 180, fail);
  const location = text('location');
  if (!location) fail('location', 'is required');
  else if (location.length > 200) fail('location', 'is longer than 200 characters');

  const rawFatalities = text('fatalities');
  const fatalities = /^\d+$/.test(rawFatalities) ? Number(rawFatalities) : undefined;
  if (fatalities === undefined || !Number.isSafeInteger(fatalities) || fatalities > 100_000_000) {
    fail('fatalities', rawFatalities ? `"${rawFatalities}" is not a whole number of zero or more` : 'is required (0 when none were reported)');
  }
  const sources = splitList(text('source'));
  if (sources.some((s) => s.length > 500)) fail('source', 'names a source longer than 500 characters');

  if (problems.length > 0 || !day || !match?.incidentType || !countryCode || lat === undefined || lon === undefined || fatalities === undefined) {
    return { problems: problems.length > 0 ? problems : [{ field: 'row', problem: 'is not a complete ACLED event' }] };
  }
  return {
    event: {
      eventId: text('event_id_cnty') || undefined,
      day,
      timePrecision: timePrecision!,
      eventType,
      subEventType,
      incidentType: match.incidentType,
      alternatives: match.alternatives,
      actor1,
      inter1,
      assocActor1: text('assoc_actor_1'),
      actor2: text('actor2'),
      inter2,
      civilianTargeting: text('civilian_targeting') !== '',
      countryCode,
      country,
      admins: [text('admin3'), text('admin2'), text('admin1')].filter(Boolean),
      location,
      lat,
      lon,
      geoPrecision: geoPrecision!,
      sources,
      notes: text('notes'),
      fatalities,
      tags: splitList(text('tags')),
    },
  };
}

/** ACLED leaves precision columns empty in some extracts: empty reads as 1, the most common value. */
function oneToThree(value: string): 1 | 2 | 3 | undefined {
  if (value === '') return 1;
  return value === '1' || value === '2' || value === '3' ? (Number(value) as 1 | 2 | 3) : undefined;
}

function interCode(value: string, field: 'inter1' | 'inter2', fail: (field: AcledColumn, problem: string) => void): AcledInterCode | undefined {
  if (value === '' || value === '0') return undefined;
  const code = parseInterCode(value);
  if (code === undefined) fail(field, `"${value}" is not an ACLED actor code (1–8) or name ("State forces", "Civilians"…)`);
  return code;
}

function coordinate(value: string, field: 'latitude' | 'longitude', limit: number, fail: (field: AcledColumn, problem: string) => void): number | undefined {
  if (value === '') return void fail(field, 'is required');
  if (!NUMBER.test(value)) return void fail(field, `"${value}" is not a number`);
  const n = Number(value);
  if (n < -limit || n > limit) return void fail(field, `${value} is out of range (-${limit} to ${limit})`);
  return n;
}

/** ACLED joins several sources (and tags) with semicolons. */
function splitList(value: string): string[] {
  return [...new Set(value.split(';').map((part) => part.trim()).filter((part) => part !== ''))];
}
