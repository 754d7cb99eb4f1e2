import path from 'node:path';
import { InvariantError, invalidField } from '../common/errors.js';
import { PLACE_ALIASES } from './aliases.js';
import { editDistance, foldName } from './fold.js';
import {
  admin1Entry,
  admin2Entry,
  adminRef,
  communityEntry,
  namedAreaEntry,
  namesOf,
  neighbourhoodEntry,
  worldCityEntry,
  type AdminRef,
  type Entry,
  type GazetteerPlace,
  type PlaceCandidate,
} from './entries.js';
import { Area, defaultGeoDir, readGeoData, type GeoData, type NamedAreaFeature, type NamedAreaProperties, type NeighbourhoodProperties } from './geo-data.js';
import { MATCH_RANK, NameIndex, type NameHit } from './name-index.js';
import { WorldCities, type WorldCity } from './world-cities.js';

export type { AdminRef, GazetteerPlace, GazetteerPrecision, PlaceCandidate, PlaceKind } from './entries.js';
export type { MatchKind } from './name-index.js';
export type { NamedAreaFeature } from './geo-data.js';

export interface SearchOptions {
  /** Most candidates returned (default 10, at most 100). */
  limit?: number;
  /** ISO 3166-1 alpha-2: 'SY' searches the Syrian data only, any other code the world cities of that country. */
  country?: string;
  /** Also search world cities when the Syrian data has a good match. */
  includeWorld?: boolean;
}

export interface AdminLookup {
  admin1?: AdminRef;
  admin2?: AdminRef;
  /** Damascus city neighbourhood, where the point is in one. */
  neighbourhood?: { pcode: string; name: string };
  /** Ids of Dossier's named areas containing the point (e.g. east-ghouta). */
  namedAreas: string[];
}

const DEFAULT_LIMIT = 10;
const MAX_LIMIT = 100;

const loaded = new Map<string, Promise<Gazetteer>>();
let worldCities: WorldCities | undefined;
let worldCitiesLoading: Promise<WorldCities> | undefined;

/**
 * Place search and P-code resolution over OCHA's Syrian gazetteer, Dossier's aliases and named areas, with
 * GeoNames world cities as a fall-back. Everything is in memory; nothing touches the network.
 */
export class Gazetteer {
  private readonly entries = new Map<string, Entry>();
  private readonly index = new NameIndex<Entry>();
  private readonly admin1Areas: Area<AdminRef>[];
  private readonly admin2Areas: Area<{ ref: AdminRef; admin1Pcode: string }>[];
  private readonly neighbourhoodAreas: Area<NeighbourhoodProperties>[];
  private readonly namedAreaAreas: Area<NamedAreaProperties>[];
  private readonly namedAreaFeatures = new Map<string, NamedAreaFeature>();
  private readonly worldEntries = new Map<WorldCity, Entry>();

  private constructor(data: GeoData) {
    this.admin1Areas = data.admin1.map((f) => new Area(adminRef(f.properties), f.geometry));
    this.admin2Areas = data.admin2.map((f) => new Area({ ref: adminRef(f.properties), admin1Pcode: f.properties.ADMIN1_COD }, f.geometry));
    const admins = new Map<string, AdminRef>();
    for (const { value } of this.admin1Areas) admins.set(value.pcode, value);
    for (const { value } of this.admin2Areas) admins.set(value.ref.pcode, value.ref);

    for (const area of this.admin1Areas) {
      this.add(admin1Entry(area), [area.value.name, area.value.nameAr]);
    }
    for (const [i, { properties: p }] of data.admin2.entries()) {
      this.add(admin2Entry(this.admin2Areas[i]!, admins.get(p.ADMIN1_COD)), [p.NAME_EN, p.NAM_EN_REF, p.NAME_ARA]);
    }
    for (const { properties: p } of data.communities) {
      this.add(communityEntry(p, admins), [...namesOf(p.NAME_EN), ...namesOf(p.NAM_EN_REF), ...namesOf(p.NAME_ARA)]);
    }
    this.neighbourhoodAreas = data.neighbourhoods.map((f) => new Area(f.properties, f.geometry));
    for (const area of this.neighbourhoodAreas) {
      // "Unknown" is OCHA's bucket for unassigned blocks: findable by code, not by name.
      const names = area.value.HAY_EN === 'Unknown' ? [] : [area.value.HAY_EN];
      this.add(neighbourhoodEntry(area, this.entries.get(area.value.CITY_PCODE)?.place), names);
    }
    this.namedAreaAreas = data.namedAreas.map((f) => new Area(f.properties, f.geometry));
    for (const [i, area] of this.namedAreaAreas.entries()) {
      const p = area.value;
      this.namedAreaFeatures.set(p.id, data.namedAreas[i]!);
      const entry = namedAreaEntry(area, admins.get(p.admin1_pcode));
      this.add(entry, [p.name_en, p.name_ar]);
      for (const alias of p.aliases) this.index.addAlias(entry, alias);
    }
    for (const { alias, target } of PLACE_ALIASES) {
      const entry = this.entries.get(target);
      if (!entry) throw new InvariantError(`places/aliases.ts: alias "${alias}" points at ${target}, which is not in data/geo`);
      this.index.addAlias(entry, alias);
    }
  }

  /**
   * Loads data/geo (default: this project's) once per directory; later calls share the same instance.
   * World cities are not loaded here but on the first search that needs them.
   */
  static async load(dataDir?: string): Promise<Gazetteer> {
    const dir = path.resolve(dataDir ?? defaultGeoDir());
    let loading = loaded.get(dir);
    if (!loading) {
      loading = readGeoData(dir).then((data) => new Gazetteer(data));
      loading.catch(() => loaded.delete(dir));
      loaded.set(dir, loading);
    }
    return loading;
  }

  /** Loads the world cities ahead of time (otherwise the first search falling through to them parses them synchronously). */
  async loadWorldCities(): Promise<void> {
    worldCitiesLoading ??= WorldCities.load().catch((error: unknown) => {
      worldCitiesLoading = undefined; // let a later call try again
      throw error;
    });
    const cities = await worldCitiesLoading;
    worldCities ??= cities;
  }

  /** Ranked candidates for a name as typed, in any common spelling, Latin or Arabic script. */
  search(name: string, opts: SearchOptions = {}): PlaceCandidate[] {
    const limit = Number.isFinite(opts.limit) ? Math.min(Math.max(Math.trunc(opts.limit!), 1), MAX_LIMIT) : DEFAULT_LIMIT;
    const country = opts.country?.trim().toUpperCase();
    if (country !== undefined && !/^[A-Z]{2}$/.test(country)) throw invalidField('country', 'must be an ISO 3166-1 alpha-2 code such as SY', opts.country);

    const best = new Map<string, PlaceCandidate>();
    const folded = foldName(name);
    const consider = (hit: NameHit<Entry>): void => {
      const { entry } = hit;
      const score = MATCH_RANK[hit.matchedBy] * 1000 + entry.prominence - distancePenalty(hit, folded);
      const previous = best.get(entry.key);
      if (!previous || previous.score < score) best.set(entry.key, { ...entry.place, matchedBy: hit.matchedBy, matchedName: hit.matchedName, score });
    };

    if (country === undefined || country === 'SY') this.index.lookup(name).forEach(consider);
    const goodSyrianMatch = [...best.values()].some((c) => c.matchedBy === 'name' || c.matchedBy === 'alias');
    const wantWorld = country !== 'SY' && (country !== undefined || opts.includeWorld === true || !goodSyrianMatch);
    if (wantWorld) {
      for (const hit of this.worldCities().index.lookup(name)) {
        if (country !== undefined && hit.entry.countryCode !== country) continue;
        consider({ ...hit, entry: this.worldEntry(hit.entry) });
      }
    }
    return [...best.values()].sort(byRank).slice(0, limit);
  }

  /**
   * The Syrian places (and named areas) that bear exactly this name or alias, best first: for names found in
   * running text, where a prefix would turn ordinary words into villages. With `spellingVariants`, a name
   * written in another transliteration ("Saraqeb" for Saraqab) is found too, when no place bears it exactly.
   */
  named(name: string, options: { spellingVariants?: boolean } = {}): PlaceCandidate[] {
    const best = new Map<string, PlaceCandidate>();
    const exact = this.index.lookupExact(name);
    const hits = exact.length === 0 && options.spellingVariants ? this.index.lookupExact(name, { spellings: true }) : exact;
    for (const hit of hits) {
      const score = MATCH_RANK[hit.matchedBy] * 1000 + hit.entry.prominence;
      const previous = best.get(hit.entry.key);
      if (!previous || previous.score < score) best.set(hit.entry.key, { ...hit.entry.place, matchedBy: hit.matchedBy, matchedName: hit.matchedName, score });
    }
    return [...best.values()].sort(byRank);
  }

  /** The place with this community, admin1, admin2 or neighbourhood P-code, or this named-area id. */
  byPcode(code: string): GazetteerPlace | undefined {
    const trimmed = code.trim();
    return (this.entries.get(trimmed) ?? this.entries.get(trimmed.toUpperCase()) ?? this.entries.get(trimmed.toLowerCase()))?.place;
  }

  /** Which governorate, district, Damascus neighbourhood and named areas contain a point. Outside Syria: none. */
  adminFor(lat: number, lon: number): AdminLookup {
    checkCoordinates(lat, lon);
    const result: AdminLookup = { namedAreas: [] };
    const admin1 = this.admin1Areas.find((area) => area.contains(lat, lon))?.value;
    if (admin1) result.admin1 = admin1;
    // Borders of the two layers do not quite agree; prefer a district of the same governorate.
    const districts = this.admin2Areas.filter((area) => area.contains(lat, lon));
    const district = districts.find((area) => area.value.admin1Pcode === admin1?.pcode) ?? districts[0];
    if (district) result.admin2 = district.value.ref;
    const neighbourhood = this.neighbourhoodAreas.find((area) => area.contains(lat, lon));
    if (neighbourhood) result.neighbourhood = { pcode: neighbourhood.value.HAY_PCODE, name: neighbourhood.value.HAY_EN.replace(/\s+/g, ' ') };
    result.namedAreas = this.namedAreaAreas.filter((area) => area.contains(lat, lon)).map((area) => area.value.id);
    return result;
  }

  /** The polygon of a named area, as a GeoJSON Feature (a copy: change it freely). */
  namedArea(id: string): NamedAreaFeature | undefined {
    const feature = this.namedAreaFeatures.get(id.trim().toLowerCase());
    return feature === undefined ? undefined : structuredClone(feature);
  }

  private add(entry: Entry, names: (string | null | undefined)[]): void {
    this.entries.set(entry.key, entry);
    for (const name of new Set(names)) this.index.addName(entry, name);
  }

  private worldCities(): WorldCities {
    return (worldCities ??= WorldCities.loadSync());
  }

  /** World cities become entries only when found; Syrian ones get admin codes from the polygons. */
  private worldEntry(city: WorldCity): Entry {
    let entry = this.worldEntries.get(city);
    if (!entry) {
      const found: { admin1?: AdminRef; admin2?: AdminRef } = {};
      if (city.countryCode === 'SY') {
        const { admin1, admin2 } = this.adminFor(city.lat, city.lon);
        if (admin1) found.admin1 = admin1;
        if (admin2) found.admin2 = admin2;
      }
      entry = worldCityEntry(city, found);
      this.worldEntries.set(city, entry);
    }
    return entry;
  }
}

/**
 * Within the looser kinds of match, closer spellings first (Douma: Duma before Dama). Capped well below the
 * 1000 between kinds, so a closer spelling never beats a better kind of match.
 */
function distancePenalty(hit: NameHit<Entry>, foldedQuery: string): number {
  if (hit.matchedBy === 'name' || hit.matchedBy === 'alias') return 0;
  return 2 * Math.min(editDistance(foldedQuery, foldName(hit.matchedName)), 20);
}

function byRank(a: PlaceCandidate, b: PlaceCandidate): number {
  return b.score - a.score || a.name.localeCompare(b.name) || (a.pcode ?? a.namedArea ?? '').localeCompare(b.pcode ?? b.namedArea ?? '');
}

function checkCoordinates(lat: number, lon: number): void {
  if (typeof lat !== 'number' || !Number.isFinite(lat) || lat < -90 || lat > 90) throw invalidField('lat', 'must be between -90 and 90', lat);
  if (typeof lon !== 'number' || !Number.isFinite(lon) || lon < -180 || lon > 180) throw invalidField('lon', 'must be between -180 and 180', lon);
}
