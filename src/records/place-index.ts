import { invalidField } from '../common/errors.js';
import type { Gazetteer } from '../places/gazetteer.js';
import { boundingBox, normalisePlace, representativePoint, type Place } from '../values/place.js';
import type { RecordIndex } from './record-kind.js';

/**
 * Checks a place and completes what the gazetteer knows for certain: a community P-code brings its
 * admin codes (and a point when none was given); a point inside Syria brings its governorate and district.
 * Nothing the user gave is overwritten.
 */
export function resolvePlace(field: string, place: Place, gazetteer: Gazetteer | undefined): Place {
  const checked = normalisePlace(field, place);
  if (!gazetteer) return checked;
  const resolved: Place = structuredClone(checked);
  const community = resolved.pcodes?.community ? gazetteer.byPcode(resolved.pcodes.community) : undefined;
  if (community) {
    resolved.pcodes = {
      ...(community.admin1 ? { admin1: community.admin1.pcode } : {}),
      ...(community.admin2 ? { admin2: community.admin2.pcode } : {}),
      ...(community.admin3 ? { admin3: community.admin3.pcode } : {}),
      ...resolved.pcodes,
    };
    if (!resolved.geometry && community.lat !== undefined && community.lon !== undefined) {
      resolved.geometry = { type: 'Point', coordinates: [community.lon, community.lat] };
    }
    resolved.names ??= { en: community.name, ...(community.nameAr ? { ar: community.nameAr } : {}) };
    resolved.countryCode ??= 'SY';
  }
  const area = resolved.namedArea ? gazetteer.namedArea(resolved.namedArea) : undefined;
  if (resolved.namedArea && !area) throw invalidField(`${field}.namedArea`, `no named area "${resolved.namedArea}" in the gazetteer`, resolved.namedArea);
  if (area) {
    resolved.geometry ??= area.geometry;
    resolved.names ??= { en: area.properties.name_en, ar: area.properties.name_ar };
    if (!resolved.pcodes?.admin1 && area.properties.admin1_pcode) resolved.pcodes = { admin1: area.properties.admin1_pcode, ...resolved.pcodes };
    resolved.countryCode ??= 'SY';
  }
  if (resolved.geometry && !resolved.pcodes?.admin1) {
    const point = representativePoint(resolved.geometry);
    const admin = gazetteer.adminFor(point.lat, point.lon);
    if (admin.admin1) {
      resolved.pcodes = { admin1: admin.admin1.pcode, ...(admin.admin2 ? { admin2: admin.admin2.pcode } : {}), ...resolved.pcodes };
      resolved.countryCode ??= 'SY';
    }
  }
  return resolved;
}

export function placeIndex(place: Place | undefined): RecordIndex['place'] {
  if (!place) return null;
  const box = place.geometry ? boundingBox(place.geometry) : null;
  const point = place.geometry ? representativePoint(place.geometry) : null;
  return {
    lat: point?.lat ?? null,
    lon: point?.lon ?? null,
    west: box?.west ?? null,
    south: box?.south ?? null,
    east: box?.east ?? null,
    north: box?.north ?? null,
    admin1: place.pcodes?.admin1 ?? null,
    admin2: place.pcodes?.admin2 ?? null,
    community: place.pcodes?.community ?? null,
  };
}

/** Names of a place for the search index, in every script given. */
export function placeSearchText(place: Place | undefined): string {
  if (!place) return '';
  return [place.names?.en, place.names?.ar, ...(place.names?.other ?? []), place.asReported].filter(Boolean).join(' ');
}
