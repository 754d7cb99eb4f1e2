import { once } from 'node:events';
import { Writable } from 'node:stream';
import { RECORD_KIND_BY_NAME } from '../app/record-kinds.js';
import { getCase } from '../cases/cases.js';
import type { Database } from '../db/database.js';
import { incidentFile, type IncidentFile } from '../incidents/incident-file.js';
import { incidentKind } from '../incidents/incident-kind.js';
import type { Gazetteer } from '../places/gazetteer.js';
import { listRecords, type RecordFilter } from '../records/record-query.js';
import type { RecordKindName } from '../records/record-kind.js';
import { rowToView, type RecordView } from '../records/record-store.js';
import { representativePoint, type Place, type PlacePrecision } from '../values/place.js';

/** Incidents are read this many at a time: an export of any size holds one page of files in memory. */
export const EXPORT_PAGE = 200;

/**
 * Calls `visit` with the incident files of a case, page by page in date order, so an export streams
 * instead of loading the case. Each page's files are handed over together, for look-ups in bulk.
 */
export async function forEachIncidentPage(
  database: Database,
  caseId: string,
  filter: RecordFilter | undefined,
  visit: (files: IncidentFile[]) => Promise<void>,
): Promise<void> {
  await getCase({ database }, caseId);
  const scoped: RecordFilter = { ...filter, caseIds: [caseId] };
  let cursor: string | undefined;
  do {
    const page = await listRecords(database, incidentKind, scoped, { limit: EXPORT_PAGE, cursor, sort: 'date' });
    const files: IncidentFile[] = [];
    for (const incident of page.items) files.push(await incidentFile(database, incident.id, caseId));
    await visit(files);
    cursor = page.nextCursor;
  } while (cursor);
}

/** Records referred to by incidents (actors, sources, sites), read once each and kept for later pages. */
export class RecordCache {
  private readonly views = new Map<string, RecordView | null>();

  constructor(
    private readonly database: Database,
    private readonly caseId: string,
  ) {}

  async load(ids: Iterable<string>): Promise<void> {
    const missing = [...new Set(ids)].filter((id) => !this.views.has(id));
    for (let start = 0; start < missing.length; start += 500) {
      const chunk = missing.slice(start, start + 500);
      const rows = await this.database.db.selectFrom('records').selectAll().where('id', 'in', chunk).where('case_id', '=', this.caseId).execute();
      for (const id of chunk) this.views.set(id, null);
      for (const row of rows) {
        const kind = RECORD_KIND_BY_NAME.get(row.kind as RecordKindName);
        if (kind) this.views.set(row.id, rowToView(kind, row));
      }
    }
  }

  get(id: string): RecordView | undefined {
    return this.views.get(id) ?? undefined;
  }
}

/** Ids of the actors, sources and sites an incident file refers to. */
export function referencedIds(file: IncidentFile): string[] {
  const ids: string[] = [];
  for (const involvement of file.involvements) ids.push(...(involvement.actorIds as string[]));
  for (const claims of Object.values(file.claims)) for (const claim of claims) if (typeof claim.sourceId === 'string') ids.push(claim.sourceId);
  for (const record of [file.incident, ...file.acts]) if (typeof record.siteId === 'string') ids.push(record.siteId);
  return ids;
}

/** ACLED geo_precision: 1 the place itself, 2 near it or within a sub-district, 3 a larger area. */
export const GEO_PRECISION: Readonly<Record<PlacePrecision, 1 | 2 | 3>> = {
  exact_site: 1,
  neighbourhood: 1,
  settlement: 1,
  near_settlement: 2,
  admin3: 2,
  admin2: 3,
  admin1: 3,
  named_region: 3,
  country: 3,
};

/** A point for the place: its geometry's, else the gazetteer's point for its most specific P-code. */
export function placePoint(place: Place, gazetteer: Gazetteer | undefined): { lat: number; lon: number } | undefined {
  if (place.geometry) return representativePoint(place.geometry);
  const codes = place.pcodes ?? {};
  for (const code of [codes.neighbourhood, codes.community, codes.admin2, codes.admin1]) {
    const found = code === undefined ? undefined : gazetteer?.byPcode(code);
    if (found?.lat !== undefined && found.lon !== undefined) return { lat: found.lat, lon: found.lon };
  }
  return undefined;
}

/** Whether a place must not leave the case at full precision: a protected site, or an exact site. */
export function isSensitivePlace(place: Place, atProtectedSite: boolean): boolean {
  return place.precision === 'exact_site' || atProtectedSite;
}

/**
 * A point no closer than the settlement: the community's own point when the place names one, otherwise the
 * point rounded to two decimals (about a kilometre).
 */
export function coarsePoint(place: Place, gazetteer: Gazetteer | undefined): { lat: number; lon: number } | undefined {
  const community = place.pcodes?.community ? gazetteer?.byPcode(place.pcodes.community) : undefined;
  if (community?.lat !== undefined && community.lon !== undefined) return { lat: community.lat, lon: community.lon };
  const point = placePoint(place, gazetteer);
  return point && { lat: Math.round(point.lat * 100) / 100, lon: Math.round(point.lon * 100) / 100 };
}

/** English names of the place's governorate, district and sub-district, from its P-codes. */
export function adminNames(place: Place, gazetteer: Gazetteer | undefined): { admin1: string; admin2: string; admin3: string } {
  const codes = place.pcodes ?? {};
  const community = codes.community ? gazetteer?.byPcode(codes.community) : undefined;
  const name = (code: string | undefined, fromCommunity: { pcode: string; name: string } | undefined) =>
    code === undefined ? '' : fromCommunity?.pcode === code ? fromCommunity.name : (gazetteer?.byPcode(code)?.name ?? '');
  return { admin1: name(codes.admin1, community?.admin1), admin2: name(codes.admin2, community?.admin2), admin3: name(codes.admin3, community?.admin3) };
}

/** The place's English name, else its community's, the words the source used, or its smallest admin area. */
export function placeName(place: Place, gazetteer: Gazetteer | undefined): string {
  const community = place.pcodes?.community ? gazetteer?.byPcode(place.pcodes.community) : undefined;
  const named = place.names?.en ?? community?.name ?? place.asReported ?? place.names?.other?.[0];
  if (named) return named;
  const admins = adminNames(place, gazetteer);
  return admins.admin3 || admins.admin2 || admins.admin1;
}

/** The name of the settlement (community) the place lies in, or of its smallest admin area: never a site's. */
export function settlementName(place: Place, gazetteer: Gazetteer | undefined): string {
  const community = place.pcodes?.community ? gazetteer?.byPcode(place.pcodes.community) : undefined;
  const admins = adminNames(place, gazetteer);
  return community?.name ?? (admins.admin3 || admins.admin2 || admins.admin1);
}

/** Collects what is written to it, for the exports' string and object variants. */
export function stringSink(): { sink: Writable; text: () => string } {
  const chunks: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      chunks.push(typeof chunk === 'string' ? chunk : chunk.toString('utf8'));
      done();
    },
  });
  return { sink, text: () => chunks.join('') };
}

/** Writes `text`, waiting for `out` to drain when its buffer is full. */
export async function writeText(out: Writable, text: string): Promise<void> {
  if (!out.write(text)) await once(out, 'drain');
}

/** ISO 3166-1 alpha-2 of the place: as recorded, or implied by Syrian P-codes. */
export function placeCountry(place: Place): string | undefined {
  if (place.countryCode) return place.countryCode;
  const code = place.pcodes?.admin1 ?? place.pcodes?.admin2 ?? place.pcodes?.admin3;
  return code?.startsWith('SY') || place.pcodes?.community ? 'SY' : undefined;
}
