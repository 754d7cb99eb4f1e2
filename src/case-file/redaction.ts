/**
 * What a profile changes in records and evidence items before they leave: withheld sources reduced to
 * what a reader needs to weigh a claim (type, reliability), sensitive places coarsened to their settlement.
 */
import type { EvidenceItem } from '../evidence/evidence.js';
import type { CaseJsonRedaction } from '../exchange/json-export.js';
import { coarsePoint, isSensitivePlace } from '../exchange/export-support.js';
import type { Gazetteer } from '../places/gazetteer.js';
import type { RecordView } from '../records/record-store.js';
import { PLACE_PRECISIONS, type Place } from '../values/place.js';
import type { CaseFileProfile } from './profiles.js';

export interface RedactionContext {
  profile: CaseFileProfile;
  gazetteer: Gazetteer | undefined;
  /** Ids of the case's sites marked protected: anything placed at one is coarsened. */
  protectedSiteIds: ReadonlySet<string>;
}

export function caseJsonRedaction(ctx: RedactionContext): CaseJsonRedaction {
  return {
    record: (view) => redactRecord(view, ctx),
    evidence: (items) => items.map((item) => redactEvidenceItem(item, ctx.profile)),
  };
}

export function redactRecord(view: RecordView, ctx: RedactionContext): RecordView {
  if (view.kind === 'source' && !ctx.profile.sourcesShown.includes(view.protectionLevel as 'public')) return withheldSource(view, ctx.profile);
  if (!ctx.profile.coarsenSensitivePlaces) return view;
  const atProtectedSite = ctx.protectedSiteIds.has(view.id) || (typeof view.siteId === 'string' && ctx.protectedSiteIds.has(view.siteId));
  return coarsenPlacesIn(view, atProtectedSite, ctx.gazetteer) as RecordView;
}

function withheldSource(view: RecordView, profile: CaseFileProfile): RecordView {
  const kept: RecordView = {
    id: view.id,
    kind: view.kind,
    caseId: view.caseId,
    rev: view.rev,
    createdAt: view.createdAt,
    createdBy: view.createdBy,
    updatedAt: view.updatedAt,
    updatedBy: view.updatedBy,
    withheld: `a ${String(view.protectionLevel)} source: withheld from the ${profile.name} profile`,
  };
  for (const field of ['sourceType', 'reliability', 'partyToConflict', 'protectionLevel']) if (field in view) kept[field] = view[field];
  return kept;
}

function isPlace(value: unknown): value is Place {
  return typeof value === 'object' && value !== null && (PLACE_PRECISIONS as readonly unknown[]).includes((value as { precision?: unknown }).precision);
}

/** Precisions that say more than the settlement; coarser ones are never made to look finer. */
const FINER_THAN_SETTLEMENT: ReadonlySet<string> = new Set(['exact_site', 'neighbourhood']);

/**
 * Walks a record (claims carry places in their values too) and coarsens each sensitive place found to its
 * settlement. A sensitive place that is already that coarse keeps its shape and loses only the words
 * "as reported", which may describe the site.
 */
function coarsenPlacesIn(value: unknown, atProtectedSite: boolean, gazetteer: Gazetteer | undefined): unknown {
  if (isPlace(value)) {
    if (!isSensitivePlace(value, atProtectedSite)) return value;
    if (FINER_THAN_SETTLEMENT.has(value.precision)) return coarsenedPlace(value, gazetteer);
    const { asReported: _words, ...kept } = value;
    return kept;
  }
  if (Array.isArray(value)) return value.map((item) => coarsenPlacesIn(item, atProtectedSite, gazetteer));
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, coarsenPlacesIn(inner, atProtectedSite, gazetteer)]));
}

/**
 * The settlement the place lies in and nothing finer: its community and admin codes, the settlement's
 * point (or the point to two decimals); no site name, neighbourhood or words as reported.
 */
export function coarsenedPlace(place: Place, gazetteer: Gazetteer | undefined): Place {
  const { neighbourhood: _dropped, ...codes } = place.pcodes ?? {};
  const point = coarsePoint(place, gazetteer);
  const community = codes.community ? gazetteer?.byPcode(codes.community) : undefined;
  const coarse: Place = { precision: codes.community ? 'settlement' : codes.admin3 ? 'admin3' : codes.admin2 ? 'admin2' : 'settlement' };
  if (Object.keys(codes).length > 0) coarse.pcodes = codes;
  if (point) coarse.geometry = { type: 'Point', coordinates: [point.lon, point.lat] };
  if (community) coarse.names = { en: community.name, ...(community.nameAr ? { ar: community.nameAr } : {}) };
  if (place.countryCode) coarse.countryCode = place.countryCode;
  return coarse;
}

export function redactEvidenceItem(item: EvidenceItem, profile: CaseFileProfile): EvidenceItem {
  const named = profile.fileNames === 'original' ? item : { ...item, originalName: neutralFileName(item) };
  return profile.intakeText ? named : { ...named, source: null, note: null };
}

/** The hash's first 16 digits and the original extension: says what kind of file it is, and nothing of who or where. */
export function neutralFileName(item: Pick<EvidenceItem, 'sha256' | 'originalName'>): string {
  const extension = /\.[A-Za-z0-9]{1,8}$/.exec(item.originalName)?.[0] ?? '';
  return `${item.sha256.slice(0, 16)}${extension.toLowerCase()}`;
}
