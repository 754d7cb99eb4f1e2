import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { InvariantError } from '../common/errors.js';

/** The shipped files in data/geo (see its README for sources and licences). */
export const GEO_FILES = {
  admin1: 'syria-admin1-governorates.geojson',
  admin2: 'syria-admin2-districts.geojson',
  communities: 'syria-communities.geojson',
  neighbourhoods: 'syria-city-neighbourhoods.geojson',
  namedAreas: 'named-areas.geojson',
} as const;

export type AreaGeometry = { type: 'Polygon'; coordinates: number[][][] } | { type: 'MultiPolygon'; coordinates: number[][][][] };

export interface Feature<P, G> {
  type: 'Feature';
  id?: string | number;
  properties: P;
  geometry: G;
}

interface FeatureCollection<P, G> {
  type: 'FeatureCollection';
  features: Feature<P, G>[];
}

/** Properties as OCHA names them (see data/geo/README.md). */
export interface Admin1Properties {
  NAME_EN: string;
  NAM_EN_REF?: string | null;
  NAME_ARA: string;
  PCODE: string;
}

export interface Admin2Properties extends Admin1Properties {
  ADMIN1_COD: string;
}

export interface CommunityProperties {
  NAME_EN: string;
  NAM_EN_REF?: string | null;
  NAME_ARA: string | null;
  PCODE: string;
  ADMIN1_COD: string;
  ADMIN1_EN: string;
  ADMIN1_ARA: string;
  ADMIN2_COD: string;
  ADMIN2_EN: string;
  ADMIN2_ARA: string;
  ADMIN3_COD: string;
  ADMIN3_EN: string;
  ADMIN3_ARA: string;
  LATITUDE: number;
  LONGITUDE: number;
  CAPIT_LVL: number | null;
}

export interface NeighbourhoodProperties {
  HAY_EN: string;
  HAY_PCODE: string;
  CITY_PCODE: string;
  CITY_NAME: string;
}

/** Dossier's own named areas (data/geo/named-areas.geojson). */
export interface NamedAreaProperties {
  id: string;
  name_en: string;
  name_ar: string;
  aliases: string[];
  admin1_pcode: string;
  period?: string;
  note: string;
}

export type AreaFeature<P> = Feature<P, AreaGeometry>;
export type NamedAreaFeature = Feature<NamedAreaProperties, { type: 'Polygon'; coordinates: number[][][] }>;

export interface GeoData {
  admin1: AreaFeature<Admin1Properties>[];
  admin2: AreaFeature<Admin2Properties>[];
  communities: Feature<CommunityProperties, unknown>[];
  neighbourhoods: AreaFeature<NeighbourhoodProperties>[];
  namedAreas: NamedAreaFeature[];
}

/**
 * data/geo of this project. Walks up from this module to the nearest package.json, so it works from
 * src/places under tsx or vitest and from the compiled dist/places or dist/src/places alike.
 */
export function defaultGeoDir(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(path.join(dir, 'package.json'))) return path.join(dir, 'data', 'geo');
    const parent = path.dirname(dir);
    if (parent === dir) throw new InvariantError(`data/geo not found: no package.json above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
}

export async function readGeoData(dir: string): Promise<GeoData> {
  const read = async <P, G>(file: string): Promise<Feature<P, G>[]> => {
    const text = await fs.readFile(path.join(dir, file), 'utf8');
    return (JSON.parse(text) as FeatureCollection<P, G>).features;
  };
  const [admin1, admin2, communities, neighbourhoods, namedAreas] = await Promise.all([
    read<Admin1Properties, AreaGeometry>(GEO_FILES.admin1),
    read<Admin2Properties, AreaGeometry>(GEO_FILES.admin2),
    read<CommunityProperties, unknown>(GEO_FILES.communities),
    read<NeighbourhoodProperties, AreaGeometry>(GEO_FILES.neighbourhoods),
    read<NamedAreaProperties, NamedAreaFeature['geometry']>(GEO_FILES.namedAreas),
  ]);
  return { admin1, admin2, communities, neighbourhoods, namedAreas };
}

export interface BoundingBox {
  west: number;
  south: number;
  east: number;
  north: number;
}

export function boundsOf(geometry: AreaGeometry): BoundingBox {
  const box = { west: Infinity, south: Infinity, east: -Infinity, north: -Infinity };
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  // Exterior rings only (holes lie inside them); plain loops, as admin borders run to 200,000 positions.
  for (const polygon of polygons) {
    const ring = polygon[0] ?? [];
    for (let i = 0; i < ring.length; i++) {
      const lon = ring[i]![0]!;
      const lat = ring[i]![1]!;
      if (lon < box.west) box.west = lon;
      if (lon > box.east) box.east = lon;
      if (lat < box.south) box.south = lat;
      if (lat > box.north) box.north = lat;
    }
  }
  return box;
}

/** A polygon with its box, so that most point tests end at four comparisons. */
export class Area<T> {
  readonly bounds: BoundingBox;

  constructor(
    readonly value: T,
    readonly geometry: AreaGeometry,
  ) {
    this.bounds = boundsOf(geometry);
  }

  contains(lat: number, lon: number): boolean {
    const { west, south, east, north } = this.bounds;
    if (lon < west || lon > east || lat < south || lat > north) return false;
    return booleanPointInPolygon([lon, lat], this.geometry);
  }

  /** The middle of the box: a point for maps and lists, not a claim about where within the area. */
  get centre(): { lat: number; lon: number } {
    return { lat: (this.bounds.south + this.bounds.north) / 2, lon: (this.bounds.west + this.bounds.east) / 2 };
  }
}
