import { Type, type Static } from 'typebox';
import { invalidField } from '../common/errors.js';
import { PLACE_PRECISIONS, type PlacePrecision } from '../vocab/vocabularies.js';

export { PLACE_PRECISIONS, type PlacePrecision };

const Position = Type.Array(Type.Number(), { minItems: 2, maxItems: 3, description: '[longitude, latitude] (RFC 7946 order)' });
const Ring = Type.Array(Position, { minItems: 4 });
const PointGeometry = Type.Object({ type: Type.Literal('Point'), coordinates: Position }, { additionalProperties: false });
const PolygonGeometry = Type.Object({ type: Type.Literal('Polygon'), coordinates: Type.Array(Ring, { minItems: 1 }) }, { additionalProperties: false });
const MultiPolygonGeometry = Type.Object(
  { type: Type.Literal('MultiPolygon'), coordinates: Type.Array(Type.Array(Ring, { minItems: 1 }), { minItems: 1 }) },
  { additionalProperties: false },
);
export const GeometrySchema = Type.Union([PointGeometry, PolygonGeometry, MultiPolygonGeometry], { $id: 'Geometry' });
export type Geometry = Static<typeof GeometrySchema>;

/**
 * The shape of an OCHA P-code at each level, so the level shows in the code: SY02 a governorate, SY0200 a
 * district, SY020000 a sub-district, C1007 a community (the gazetteer's have four digits; a place may hold up to six).
 */
export const PCODE_SHAPES = {
  admin1: { pattern: '^[A-Z]{2}\\d{2}$', example: 'SY02' },
  admin2: { pattern: '^[A-Z]{2}\\d{4}$', example: 'SY0200' },
  admin3: { pattern: '^[A-Z]{2}\\d{6}$', example: 'SY020000' },
  community: { pattern: '^C\\d{1,6}$', example: 'C1007' },
} as const;
export type PcodeLevel = keyof typeof PCODE_SHAPES;

/** The level whose shape a code has, or undefined for a code of no level (SY020, C10011011, Aleppo). */
export function pcodeLevel(code: string): PcodeLevel | undefined {
  return (Object.keys(PCODE_SHAPES) as PcodeLevel[]).find((level) => new RegExp(PCODE_SHAPES[level].pattern).test(code));
}

const PCode = ({ pattern, example }: { pattern: string; example: string }) => Type.Optional(Type.String({ pattern, description: `OCHA P-code, e.g. ${example}` }));

/**
 * Where something happened, as precisely as is known and no more. Codes are stored, not names: there are
 * several places called Duma in Syria, and only the P-code says which.
 */
export const PlaceSchema = Type.Object(
  {
    precision: Type.Enum(PLACE_PRECISIONS),
    geometry: Type.Optional(GeometrySchema),
    names: Type.Optional(
      Type.Object(
        {
          en: Type.Optional(Type.String({ maxLength: 200 })),
          ar: Type.Optional(Type.String({ maxLength: 200 })),
          other: Type.Optional(Type.Array(Type.String({ maxLength: 200 }), { maxItems: 20 })),
        },
        { additionalProperties: false },
      ),
    ),
    pcodes: Type.Optional(
      Type.Object(
        {
          admin1: PCode(PCODE_SHAPES.admin1),
          admin2: PCode(PCODE_SHAPES.admin2),
          admin3: PCode(PCODE_SHAPES.admin3),
          community: PCode(PCODE_SHAPES.community),
          neighbourhood: PCode({ pattern: '^[A-Z0-9_-]{2,20}$', example: 'a HAY_PCODE' }),
        },
        { additionalProperties: false },
      ),
    ),
    namedArea: Type.Optional(Type.String({ maxLength: 64, description: 'Id of a named area polygon such as east-ghouta' })),
    geonamesId: Type.Optional(Type.Integer({ minimum: 1 })),
    countryCode: Type.Optional(Type.String({ pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2' })),
    asReported: Type.Optional(Type.String({ maxLength: 500 })),
  },
  { additionalProperties: false, $id: 'Place' },
);
export type Place = Static<typeof PlaceSchema>;

export interface BoundingBox {
  west: number;
  south: number;
  east: number;
  north: number;
}

/** Checks what JSON Schema cannot: coordinate ranges, closed rings, and that a precise claim has a point. */
export function normalisePlace(field: string, place: Place): Place {
  if (!(PLACE_PRECISIONS as readonly string[]).includes(place.precision)) {
    throw invalidField(`${field}.precision`, `unknown precision "${String(place.precision)}" (known: ${PLACE_PRECISIONS.join(', ')})`, place.precision);
  }
  if (place.geometry) checkGeometry(`${field}.geometry`, place.geometry);
  if (place.precision === 'exact_site' && place.geometry?.type !== 'Point') {
    throw invalidField(`${field}.geometry`, 'an exact site needs a Point geometry');
  }
  if (!place.geometry && !place.pcodes && !place.namedArea && !place.countryCode && !place.names && place.geonamesId === undefined) {
    throw invalidField(field, 'says nothing about where: give a geometry, P-codes, a named area, a country or a name');
  }
  return place;
}

function checkGeometry(field: string, geometry: Geometry): void {
  if (geometry.type === 'Point') return checkPosition(`${field}.coordinates`, geometry.coordinates);
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  polygons.forEach((rings, p) =>
    rings.forEach((ring, r) => {
      const path = geometry.type === 'Polygon' ? `${field}.coordinates[${r}]` : `${field}.coordinates[${p}][${r}]`;
      if (ring.length < 4) throw invalidField(path, 'a linear ring needs at least four positions');
      ring.forEach((position, i) => checkPosition(`${path}[${i}]`, position));
      const [first, last] = [ring[0]!, ring[ring.length - 1]!];
      if (first[0] !== last[0] || first[1] !== last[1]) throw invalidField(path, 'a linear ring must end where it starts');
    }),
  );
}

function checkPosition(field: string, position: number[]): void {
  const [lon, lat] = position;
  if (lon === undefined || lat === undefined || !Number.isFinite(lon) || !Number.isFinite(lat)) {
    throw invalidField(field, 'a position is [longitude, latitude]');
  }
  if (lat < -90 || lat > 90) throw invalidField(`${field}.latitude`, `latitude ${lat} is out of range (-90 to 90); positions are [longitude, latitude]`, lat);
  if (lon < -180 || lon > 180) throw invalidField(`${field}.longitude`, `longitude ${lon} is out of range (-180 to 180)`, lon);
}

export function boundingBox(geometry: Geometry): BoundingBox {
  const positions =
    geometry.type === 'Point' ? [geometry.coordinates] : geometry.type === 'Polygon' ? geometry.coordinates.flat() : geometry.coordinates.flat(2);
  const box = { west: Infinity, south: Infinity, east: -Infinity, north: -Infinity };
  for (const [lon = 0, lat = 0] of positions) {
    box.west = Math.min(box.west, lon);
    box.east = Math.max(box.east, lon);
    box.south = Math.min(box.south, lat);
    box.north = Math.max(box.north, lat);
  }
  return box;
}

/** One representative point: the point itself, or the middle of an area's box (for maps and CSV rows). */
export function representativePoint(geometry: Geometry): { lat: number; lon: number } {
  if (geometry.type === 'Point') return { lon: geometry.coordinates[0]!, lat: geometry.coordinates[1]! };
  const box = boundingBox(geometry);
  return { lon: (box.west + box.east) / 2, lat: (box.south + box.north) / 2 };
}

export function parseBoundingBox(field: string, text: string): BoundingBox {
  const parts = text.split(',').map((part) => Number(part.trim()));
  if (parts.length !== 4 || parts.some((n) => !Number.isFinite(n))) throw invalidField(field, 'write west,south,east,north in degrees', text);
  const [west, south, east, north] = parts as [number, number, number, number];
  if (south < -90 || north > 90 || south > north) throw invalidField(field, 'south and north must be latitudes with south ≤ north', text);
  if (west < -180 || east > 180 || west > east) throw invalidField(field, 'west and east must be longitudes with west ≤ east', text);
  return { west, south, east, north };
}
