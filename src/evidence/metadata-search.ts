/**
 * Finding a case's items by what their own metadata says: "taken within 5 km of Arbin between 2017-01-01 and
 * 2017-03-31", by a device, or with traces of editing. Times are asked of the device's clock as it wrote them
 * (zone or not: a camera's local time is compared as local time, never shifted by a guessed zone); places by the
 * GPS position the file carries, which can be forged like any metadata, and the answers say so where they show.
 */
import { invalidField } from '../common/errors.js';
import type { Database } from '../db/database.js';
import type { Gazetteer } from '../places/gazetteer.js';
import { boxAround, distanceKm, type LatLon } from '../values/distance.js';
import { listEvidence, type EvidenceItem } from './evidence.js';
import type { MediaMetadata } from './media-metadata.js';
import type { MetadataFilter, MetadataMatch } from './metadata-filter.js';

export interface MetadataFilterInput {
  /** A place name, a P-code, or "lat,lon" in degrees. */
  near?: string | undefined;
  withinKm?: number | string | undefined;
  /** A year, a month or a day (2017, 2017-01, 2017-01-01): from its start. */
  takenFrom?: string | undefined;
  /** A year, a month or a day: to its end. */
  takenTo?: string | undefined;
  /** Words of the device's make or model ("samsung", "iPhone 7"). */
  device?: string | undefined;
  /** Only items with (true) or without (false) traces of editing. */
  edited?: boolean | undefined;
  /** Only items whose metadata gives a GPS position (to map them). */
  hasGps?: boolean | undefined;
}

export const DEFAULT_WITHIN_KM = 5;
const MAX_WITHIN_KM = 1000;

/** Reads a filter as typed (CLI options or a query string), naming the field at fault. */
export function parseMetadataFilter(input: MetadataFilterInput, gazetteer: Gazetteer): MetadataFilter {
  const filter: MetadataFilter = {};
  if (input.withinKm !== undefined && input.near === undefined) throw invalidField('withinKm', 'needs a place to measure from: give near as well', input.withinKm);
  if (input.near !== undefined) {
    const km = input.withinKm === undefined ? DEFAULT_WITHIN_KM : Number(input.withinKm);
    if (!Number.isFinite(km) || km <= 0 || km > MAX_WITHIN_KM) throw invalidField('withinKm', `must be a distance in km above 0 and at most ${MAX_WITHIN_KM}`, input.withinKm);
    filter.near = { ...placeNamed(input.near, gazetteer), km };
  }
  if (input.takenFrom !== undefined) filter.takenFrom = periodBound('takenFrom', input.takenFrom, 'start');
  if (input.takenTo !== undefined) filter.takenTo = periodBound('takenTo', input.takenTo, 'end');
  if (filter.takenFrom && filter.takenTo && filter.takenFrom > filter.takenTo) throw invalidField('takenTo', `is before takenFrom (${input.takenFrom})`, input.takenTo);
  if (input.device !== undefined) {
    const device = input.device.trim();
    if (device.length === 0 || device.length > 100) throw invalidField('device', 'must be 1 to 100 characters of the make or model', input.device);
    filter.device = device;
  }
  if (input.edited !== undefined) filter.edited = input.edited;
  if (input.hasGps) filter.hasGps = true;
  return filter;
}

/** The case's items whose metadata answers the filter: nearest first when a place was asked, else earliest taken. */
export async function findByMetadata(database: Database, caseId: string, filter: MetadataFilter): Promise<MetadataMatch[]> {
  let query = database.db
    .selectFrom('evidence_metadata as m')
    .innerJoin('evidence_cases as c', 'c.evidence_id', 'm.evidence_id')
    .select(['m.evidence_id', 'm.captured_local', 'm.lat', 'm.lon', 'm.reading'])
    .where('c.case_id', '=', caseId);
  if (filter.near) {
    // The box is the index's cut; the exact distance is measured below.
    const box = boxAround(filter.near.centre, filter.near.km);
    query = query.where('m.lat', '>=', box.south).where('m.lat', '<=', box.north).where('m.lon', '>=', box.west).where('m.lon', '<=', box.east);
  }
  if (filter.hasGps) query = query.where('m.lat', 'is not', null).where('m.lon', 'is not', null);
  if (filter.takenFrom) query = query.where('m.captured_local', '>=', filter.takenFrom);
  if (filter.takenTo) query = query.where('m.captured_local', '<=', filter.takenTo);
  const rows = await query.execute();

  const matches: MetadataMatch[] = [];
  for (const row of rows) {
    const reading = JSON.parse(row.reading) as MediaMetadata;
    const gps = row.lat !== null && row.lon !== null ? { lat: row.lat, lon: row.lon } : null;
    const distance = filter.near && gps ? distanceKm(filter.near.centre, gps) : null;
    if (filter.near && (distance === null || distance > filter.near.km)) continue;
    const device = reading.device ? [reading.device.make, reading.device.model].filter(Boolean).join(' ') : null;
    if (filter.device && !deviceMatches(device, filter.device)) continue;
    if (filter.edited !== undefined && filter.edited !== reading.editTraces.length > 0) continue;
    matches.push({
      evidenceId: row.evidence_id,
      captured: row.captured_local ? { local: row.captured_local, zone: reading.captured?.zone ?? null } : null,
      gps,
      distanceKm: distance === null ? null : Math.round(distance * 1000) / 1000,
      device,
      editTraces: reading.editTraces,
    });
  }
  return matches.sort((a, b) =>
    filter.near ? a.distanceKm! - b.distanceKm! : (a.captured?.local ?? '\uffff').localeCompare(b.captured?.local ?? '\uffff') || a.evidenceId.localeCompare(b.evidenceId),
  );
}

function deviceMatches(device: string | null, wanted: string): boolean {
  const words = device?.toLowerCase() ?? '';
  return wanted
    .toLowerCase()
    .split(/\s+/)
    .every((word) => words.includes(word));
}

/** A point, a P-code or a name; a name that several places share equally is refused with them listed. */
function placeNamed(text: string, gazetteer: Gazetteer): { centre: LatLon; place: string } {
  const typed = text.trim();
  const point = /^(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)$/.exec(typed);
  if (point) {
    const centre = { lat: Number(point[1]), lon: Number(point[2]) };
    if (Math.abs(centre.lat) > 90 || Math.abs(centre.lon) > 180) throw invalidField('near', 'a position is "latitude,longitude" in degrees (latitude -90 to 90, longitude -180 to 180)', text);
    return { centre, place: `${centre.lat}, ${centre.lon}` };
  }
  const byCode = gazetteer.byPcode(typed);
  if (byCode && byCode.lat !== undefined && byCode.lon !== undefined) return { centre: { lat: byCode.lat, lon: byCode.lon }, place: `${byCode.name} (${typed})` };
  const located = gazetteer.search(typed, { limit: 10 }).filter((candidate) => candidate.lat !== undefined && candidate.lon !== undefined);
  const best = located[0];
  if (!best) throw invalidField('near', `no place named "${typed}" in the gazetteer: give another spelling, a P-code or "latitude,longitude"`, text);
  // Two places of the same kind matched as well as each other: choosing one would be a guess.
  const rivals = located.filter((candidate) => candidate.kind === best.kind && candidate.score === best.score);
  if (rivals.length > 1) {
    const listed = rivals.map((candidate) => `${candidate.name} (${candidate.pcode ?? candidate.namedArea}${candidate.admin2 ? `, ${candidate.admin2.name}` : ''})`).join('; ');
    throw invalidField('near', `"${typed}" names several places: ${listed}; give its P-code`, text);
  }
  return { centre: { lat: best.lat!, lon: best.lon! }, place: `${best.name}${best.pcode ? ` (${best.pcode})` : ''}` };
}

/** "2017" → 2017-01-01T00:00:00 (start) or 2017-12-31T23:59:59 (end); likewise a month or a day. */
function periodBound(field: string, text: string, end: 'start' | 'end'): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text.trim());
  if (!match) throw invalidField(field, 'must be a year, a month or a day: 2017, 2017-01 or 2017-01-31', text);
  const [, year, month, day] = match;
  const monthNumber = month === undefined ? (end === 'start' ? 1 : 12) : Number(month);
  if (monthNumber < 1 || monthNumber > 12) throw invalidField(field, `has no month ${month}`, text);
  const lastDay = new Date(Date.UTC(Number(year), monthNumber, 0)).getUTCDate();
  const dayNumber = day === undefined ? (end === 'start' ? 1 : lastDay) : Number(day);
  if (dayNumber < 1 || dayNumber > lastDay) throw invalidField(field, `has no day ${day} in ${year}-${String(monthNumber).padStart(2, '0')}`, text);
  const date = `${year}-${String(monthNumber).padStart(2, '0')}-${String(dayNumber).padStart(2, '0')}`;
  return end === 'start' ? `${date}T00:00:00` : `${date}T23:59:59`;
}

/** The case's items as listEvidence gives them, narrowed and ordered by the filter, each with what matched. */
export async function listEvidenceByMetadata(deps: { database: Database }, caseId: string, filter: MetadataFilter): Promise<(EvidenceItem & { found: MetadataMatch })[]> {
  const matches = await findByMetadata(deps.database, caseId, filter);
  const items = new Map((await listEvidence(deps, { caseId })).map((item) => [item.id, item]));
  return matches.flatMap((found) => {
    const item = items.get(found.evidenceId);
    return item ? [{ ...item, found }] : [];
  });
}
