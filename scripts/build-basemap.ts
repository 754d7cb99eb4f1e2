// Regenerates the map's offline basemap from world-atlas and data/geo (see web/src/map/basemap/README.md):
//   npx tsx scripts/build-basemap.ts
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection, GeoJsonProperties, MultiPolygon, Polygon } from 'geojson';
import { quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify, type Triangle } from 'topojson-simplify';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const basemapDir = path.join(root, 'web/src/map/basemap');

// Countries: ~1 km (under a pixel at the zoom showing all of Syria) around the region the gazetteer covers,
// ~20 km elsewhere, which is only seen at world zoom and keeps the file small.
const DETAILED_REGION = { west: 20, south: 20, east: 60, north: 45 };
const REGION_TOLERANCE_METRES = 1_000;
const WORLD_TOLERANCE_METRES = 20_000;
// Governorates and districts: quantised to ~6 m, simplified to ~150 m, sharp at district zoom.
const SYRIA_QUANTIZATION = 100_000;
const SYRIA_TOLERANCE_METRES = 150;

const METRES_PER_DEGREE = (Math.PI / 180) * 6_371_000;

/** How far a triangle's middle point lies from the line between the other two, in metres (locally flat). */
function metresOffLine([a, b, c]: Triangle): number {
  const metresPerLongitude = Math.cos((b[1] * Math.PI) / 180) * METRES_PER_DEGREE;
  const [ax, ay] = [a[0] * metresPerLongitude, a[1] * METRES_PER_DEGREE];
  const [bx, by] = [b[0] * metresPerLongitude, b[1] * METRES_PER_DEGREE];
  const [cx, cy] = [c[0] * metresPerLongitude, c[1] * METRES_PER_DEGREE];
  const base = Math.hypot(cx - ax, cy - ay);
  // A ring worn down to one point and back: weigh that point by its distance, so the farthest one stays.
  if (base === 0) return Math.hypot(bx - ax, by - ay);
  return Math.abs((cx - ax) * (by - ay) - (cy - ay) * (bx - ax)) / base;
}

/**
 * Drops the points of every arc that lie closer than the tolerance where they are to the line of the points
 * kept around them (Visvalingam's order, weighed by that distance). Arcs keep their ends and a shared border
 * is one arc, so neighbours stay joined. The result is put back on the input's grid.
 */
function simplifyArcs(quantized: Topology, toleranceAt: (position: [number, number]) => number): Topology {
  const transform = quantized.transform;
  if (!transform) throw new Error('simplifyArcs expects a quantised topology (with a transform)');
  // topojson-server's and topojson-simplify's type declarations differ only in how loosely they type properties.
  const weighed = presimplify(quantized as Topology<Objects>, (triangle) => metresOffLine(triangle) / toleranceAt(triangle[1]));
  return quantize(simplify(weighed, 1), transform);
}

function worldCountries(world: Topology): Topology {
  const countries = world.objects.countries as GeometryCollection<{ name: string }>;
  const geometries = countries.geometries.map((country) => ({ ...country, properties: { name: (country.properties as { name: string }).name } }));
  // world-atlas's own grid and arcs, without its `land` object.
  const namesOnly: Topology = { ...world, objects: { countries: { ...countries, geometries } } };
  const { west, south, east, north } = DETAILED_REGION;
  const inRegion = ([lon, lat]: [number, number]) => lon >= west && lon <= east && lat >= south && lat <= north;
  return simplifyArcs(namesOnly, (position) => (inRegion(position) ? REGION_TOLERANCE_METRES : WORLD_TOLERANCE_METRES));
}

type OchaAreas = FeatureCollection<Polygon | MultiPolygon, Record<string, string>>;
type OchaProperties = OchaAreas['features'][number]['properties'];

// The properties web/src/map/admin-areas.ts reads, from OCHA's.
const governorateProperties = (p: OchaProperties) => ({ pcode: p.PCODE, nameEn: p.NAME_EN, nameAr: p.NAME_ARA });
const districtProperties = (p: OchaProperties) => ({ ...governorateProperties(p), admin1: p.ADMIN1_COD });

function withProperties(layer: OchaAreas, pick: (properties: OchaProperties) => GeoJsonProperties): FeatureCollection {
  return { type: 'FeatureCollection', features: layer.features.map(({ properties, geometry }) => ({ type: 'Feature', properties: pick(properties), geometry })) };
}

function syriaAdmin(governorates: OchaAreas, districts: OchaAreas): Topology {
  // One topology for both layers: a governorate's border is the same arcs as its districts' outer borders.
  const quantized = topology(
    { governorates: withProperties(governorates, governorateProperties), districts: withProperties(districts, districtProperties) },
    SYRIA_QUANTIZATION,
  );
  return simplifyArcs(quantized, () => SYRIA_TOLERANCE_METRES);
}

const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(file, 'utf8')) as T;
const require = createRequire(import.meta.url);
const ochaFile = (name: string) => path.join(root, 'data/geo', name);
const outputs: [string, Topology][] = [
  ['world-countries.topo.json', worldCountries(readJson(require.resolve('world-atlas/countries-50m.json')))],
  ['syria-admin.topo.json', syriaAdmin(readJson(ochaFile('syria-admin1-governorates.geojson')), readJson(ochaFile('syria-admin2-districts.geojson')))],
];
for (const [file, result] of outputs) {
  const text = JSON.stringify(result);
  fs.writeFileSync(path.join(basemapDir, file), text);
  const points = result.arcs.reduce((sum, arc) => sum + arc.length, 0);
  console.log(`${file}: ${result.arcs.length} arcs, ${points} points, ${(text.length / 1024).toFixed(0)} KiB`);
}
