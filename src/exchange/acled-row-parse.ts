import { isDossierError } from '../common/errors.js';
import type { Wording, WordingValues } from '../common/wording.js';
import { incidentTypeFromAcled, type AcledInterCode } from '../vocab/acled.js';
import type { IncidentType } from '../vocab/vocabularies.js';
import { parseAcledDate, type TimePrecision } from './acled-dates.js';
import { countryCodeFor, parseInterCode, type AcledColumn } from './acled-format.js';
import { acledRowWordings } from './acled-row-wordings.js';

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
  /** The problem's code and values (acled-row-wordings.ts); absent for a vocabulary's own words, in English only. */
  wording?: Wording;
}

type RowWordingKey = keyof typeof acledRowWordings.english;
type Fail = (field: AcledColumn, key: RowWordingKey, values?: WordingValues) => void;

export type AcledRecord = Partial<Record<string, string>>;

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** The longest location a row may give (the export cuts longer names to fit: acled-rows.ts). */
export const MAX_LOCATION = 200;

/**
 * Checks one row field by field and returns the event, or every problem found (a row is imported whole or
 * not at all, so the report should say all that is wrong with it at once).
 */
export function parseAcledRecord(record: AcledRecord): { event: AcledEvent } | { problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const text = (column: AcledColumn) => (record[column] ?? '').trim();
  const fail: Fail = (field, key, values) => {
    const wording = acledRowWordings.say(key, values);
    problems.push({ field, problem: wording.text, wording });
  };

  const rawDate = text('event_date');
  const day = parseAcledDate(rawDate);
  if (!rawDate) fail('event_date', 'required');
  else if (!day) fail('event_date', 'notADate', { value: rawDate, numeric: '2016-09-19', spelled: '19 September 2016' });
  const year = text('year');
  if (day && year && year !== day.slice(0, 4)) fail('year', 'yearMismatch', { value: year, column: 'event_date', date: rawDate });
  const timePrecision = oneToThree(text('time_precision'));
  if (timePrecision === undefined) fail('time_precision', 'notOneToThree', { value: text('time_precision') });
  const geoPrecision = oneToThree(text('geo_precision'));
  if (geoPrecision === undefined) fail('geo_precision', 'notOneToThree', { value: text('geo_precision') });

  const eventType = text('event_type');
  const subEventType = text('sub_event_type');
  let match: ReturnType<typeof incidentTypeFromAcled> | undefined;
  try {
    match = incidentTypeFromAcled(eventType, subEventType);
    if (match.incidentType === undefined) fail('sub_event_type', 'noCounterpart', { eventType, subEventType });
  } catch (error) {
    if (!isDossierError(error)) throw error;
    // The vocabulary's own check (vocab/acled.ts), in English only.
    const field = error.details.field === 'eventType' ? 'event_type' : 'sub_event_type';
    problems.push({ field, problem: String(error.details.problem) });
  }

  const inter1 = interCode(text('inter1'), 'inter1', fail);
  const inter2 = interCode(text('inter2'), 'inter2', fail);
  const actor1 = text('actor1');
  if (actor1.length > 300) fail('actor1', 'tooLong', { max: 300 });

  const country = text('country');
  const countryCode = country ? countryCodeFor(country) : undefined;
  if (!country) fail('country', 'required');
  else if (!countryCode) fail('country', 'unknownCountry', { value: country });
  const lat = coordinate(text('latitude'), 'latitude', 90, fail);
  const lon = coordinate(text('longitude'), 'longitude', 180, fail);
  const location = text('location');
  if (!location) fail('location', 'required');
  else if (location.length > MAX_LOCATION) fail('location', 'tooLong', { max: MAX_LOCATION });

  const rawFatalities = text('fatalities');
  const fatalities = /^\d+$/.test(rawFatalities) ? Number(rawFatalities) : undefined;
  if (fatalities === undefined || !Number.isSafeInteger(fatalities) || fatalities > 100_000_000) {
    if (rawFatalities) fail('fatalities', 'notWholeNumber', { value: rawFatalities });
    else fail('fatalities', 'fatalitiesRequired');
  }
  const sources = splitList(text('source'));
  if (sources.some((s) => s.length > 500)) fail('source', 'sourceTooLong', { max: 500 });

  if (problems.length > 0 || !day || !match?.incidentType || !countryCode || lat === undefined || lon === undefined || fatalities === undefined) {
    if (problems.length > 0) return { problems };
    const incomplete = acledRowWordings.say('incomplete');
    return { problems: [{ field: 'row', problem: incomplete.text, wording: incomplete }] };
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

function interCode(value: string, field: 'inter1' | 'inter2', fail: Fail): AcledInterCode | undefined {
  if (value === '' || value === '0') return undefined;
  const code = parseInterCode(value);
  if (code === undefined) fail(field, 'notActorCode', { value, names: '"State forces", "Civilians"' });
  return code;
}

function coordinate(value: string, field: 'latitude' | 'longitude', limit: number, fail: Fail): number | undefined {
  if (value === '') return void fail(field, 'required');
  if (!NUMBER.test(value)) return void fail(field, 'notANumber', { value });
  const n = Number(value);
  if (n < -limit || n > limit) return void fail(field, 'outOfRange', { value, limit });
  return n;
}

/** ACLED joins several sources (and tags) with semicolons. */
function splitList(value: string): string[] {
  return [...new Set(value.split(';').map((part) => part.trim()).filter((part) => part !== ''))];
}
