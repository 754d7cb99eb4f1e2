import { invalidField, isDossierError } from '../common/errors.js';
import type { Gazetteer } from '../places/gazetteer.js';
import { createRecordIn, type RecordDeps, type RecordView } from '../records/record-store.js';
import { describeCount, type Count } from '../values/count.js';
import { parseCountText } from '../values/count-text.js';
import { parseDateText } from '../values/date-text.js';
import type { Place } from '../values/place.js';
import { incidentKind, type IncidentDoc } from './incident-kind.js';
import { VICTIM_FIGURES, victimGroupKind, type VictimFigure } from './victim-group-kind.js';

/** An incident as a person types it: words for dates, figures and places. */
export interface IncidentEntry {
  title: string;
  types: string[];
  narrative?: string | undefined;
  date?: string | undefined;
  /** Relative dates ("in the last week") are read against this day (YYYY-MM-DD). */
  dateAnchor?: string | undefined;
  /** A place name, read through the gazetteer; or a P-code; or coordinates. */
  place?: string | undefined;
  pcode?: string | undefined;
  lat?: number | undefined;
  lon?: number | undefined;
  figures?: Partial<Record<VictimFigure, string>>;
}

/** How each typed value was read, so the person can see and correct it. */
export interface Reading {
  field: string;
  typed: string;
  readAs: string;
}

export interface ReadEntry {
  incident: IncidentDoc;
  figures: Partial<Record<VictimFigure, Count>>;
  readings: Reading[];
}

export function readIncidentEntry(entry: IncidentEntry, gazetteer: Gazetteer): ReadEntry {
  const readings: Reading[] = [];
  const incident: IncidentDoc = { title: entry.title, types: entry.types as IncidentDoc['types'] };
  if (entry.narrative) incident.narrative = entry.narrative;
  if (entry.date) {
    const date = readDate('date', entry.date, entry.dateAnchor);
    incident.date = date.value;
    readings.push(date.reading);
  }
  const place = readPlace(entry, gazetteer, readings);
  if (place) incident.place = place;
  const figures: ReadEntry['figures'] = {};
  for (const figure of VICTIM_FIGURES) {
    const typed = entry.figures?.[figure];
    if (typed === undefined) continue;
    const count = readCount(figure, typed);
    figures[figure] = count.value;
    readings.push(count.reading);
  }
  return { incident, figures, readings };
}

/** A value typed in words, read: what any form sends where the schema wants a date, a place or a count. */
export type WordKind = 'date' | 'place' | 'count';
export interface ValueInWords {
  field: string;
  kind: WordKind;
  text: string;
  /** For relative dates ("in the last week"): the day (YYYY-MM-DD) they are relative to. */
  anchor?: string | undefined;
}

export function readValueInWords(word: ValueInWords, gazetteer: Gazetteer): { value: unknown; reading: Reading } {
  if (word.kind === 'date') return readDate(word.field, word.text, word.anchor);
  if (word.kind === 'count') return readCount(word.field, word.text);
  const readings: Reading[] = [];
  let value: Place | undefined;
  try {
    value = readPlace({ title: '', types: [], place: word.text }, gazetteer, readings);
  } catch (caught) {
    // The gazetteer names its own field ("place"); the caller's field is the one to name.
    if (isDossierError(caught) && caught.details.field === 'place') throw invalidField(word.field, String(caught.details.problem), word.text);
    throw caught;
  }
  return { value, reading: { ...readings[0]!, field: word.field } };
}

function readDate(field: string, typed: string, anchor: string | undefined): { value: NonNullable<IncidentDoc['date']>; reading: Reading } {
  const date = parseDateText(field, typed, anchor);
  return {
    value: { edtf: date.edtf, ...(date.asReported ? { asReported: date.asReported } : {}), ...(date.relative ? { relative: date.relative } : {}) },
    reading: { field, typed, readAs: `${date.edtf} (${date.earliest.slice(0, 10)} to ${date.latest.slice(0, 10)}${date.approximate ? ', approximate' : ''})` },
  };
}

function readCount(field: string, typed: string): { value: Count; reading: Reading } {
  const count = parseCountText(field, typed);
  return { value: count, reading: { field, typed, readAs: describeCount(count) } };
}

function readPlace(entry: IncidentEntry, gazetteer: Gazetteer, readings: Reading[]): Place | undefined {
  if (entry.lat !== undefined || entry.lon !== undefined) {
    if (entry.lat === undefined || entry.lon === undefined) throw invalidField(entry.lat === undefined ? 'lat' : 'lon', 'give both latitude and longitude');
    const admin = gazetteer.adminFor(entry.lat, entry.lon);
    readings.push({ field: 'place', typed: `${entry.lat},${entry.lon}`, readAs: admin.admin2 ? `${admin.admin2.name}, ${admin.admin1?.name}` : 'outside the Syrian boundaries' });
    return { precision: 'exact_site', geometry: { type: 'Point', coordinates: [entry.lon, entry.lat] }, ...(entry.place ? { asReported: entry.place } : {}) };
  }
  if (entry.pcode) {
    const found = gazetteer.byPcode(entry.pcode);
    if (!found) throw invalidField('pcode', `no place with P-code ${entry.pcode}`, entry.pcode);
    readings.push({ field: 'place', typed: entry.pcode, readAs: `${found.name} (${found.pcode})` });
    return placeFromCandidate(found, entry.place);
  }
  if (!entry.place) return undefined;
  const [best, ...others] = gazetteer.search(entry.place, { limit: 5 });
  if (!best) throw invalidField('place', `no place called "${entry.place}" in the gazetteer; give --pcode or --lat/--lon`, entry.place);
  const alternatives = others.filter((o) => o.matchedBy === best.matchedBy).map((o) => `${o.name} ${o.pcode ?? o.namedArea ?? ''}`.trim());
  readings.push({
    field: 'place',
    typed: entry.place,
    readAs: `${best.name} ${best.pcode ?? best.namedArea ?? ''}${best.admin1 ? `, ${best.admin1.name}` : ''}`.trim() + (alternatives.length ? ` (also possible: ${alternatives.join('; ')})` : ''),
  });
  return placeFromCandidate(best, entry.place);
}

export function placeFromCandidate(found: ReturnType<Gazetteer['byPcode']> & object, typed: string | undefined): Place {
  const asReported = typed ? { asReported: typed } : {};
  if (found.namedArea) return { precision: 'named_region', namedArea: found.namedArea, names: { en: found.name, ...(found.nameAr ? { ar: found.nameAr } : {}) }, ...asReported };
  const precision = found.kind === 'admin1' ? 'admin1' : found.kind === 'admin2' ? 'admin2' : found.kind === 'neighbourhood' ? 'neighbourhood' : 'settlement';
  const pcodes =
    found.kind === 'community'
      ? { community: found.pcode! }
      : found.kind === 'admin1'
        ? { admin1: found.pcode! }
        : found.kind === 'admin2'
          ? { admin2: found.pcode!, ...(found.admin1 ? { admin1: found.admin1.pcode } : {}) }
          : undefined;
  return {
    precision,
    ...(pcodes ? { pcodes } : {}),
    ...(found.lat !== undefined && found.lon !== undefined ? { geometry: { type: 'Point' as const, coordinates: [found.lon, found.lat] } } : {}),
    names: { en: found.name, ...(found.nameAr ? { ar: found.nameAr } : {}) },
    countryCode: found.countryCode,
    ...asReported,
  };
}

/** Creates the incident and, when figures were given, one victim group holding them, in one transaction. */
export async function addIncident(deps: RecordDeps, actor: string, caseId: string, read: ReadEntry): Promise<{ incident: RecordView; victims?: RecordView }> {
  return deps.database.writeTransaction(async (trx) => {
    const incident = await createRecordIn(deps, trx, incidentKind, actor, caseId, read.incident);
    if (Object.keys(read.figures).length === 0) return { incident };
    const victims = await createRecordIn(deps, trx, victimGroupKind, actor, caseId, { incidentId: incident.id, countingUnit: 'persons', ...read.figures });
    return { incident, victims };
  });
}
