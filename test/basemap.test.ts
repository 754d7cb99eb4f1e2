import fs from 'node:fs';
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import { planarRingArea } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';

// The checked-in basemap the web app ships (made by scripts/build-basemap.ts), against the data it comes from.
type Areas = FeatureCollection<Polygon | MultiPolygon, Record<string, string>>;
const readJson = <T>(relative: string): T => JSON.parse(fs.readFileSync(new URL(`../${relative}`, import.meta.url), 'utf8')) as T;
const syria = readJson<Topology>('web/src/map/basemap/syria-admin.topo.json');
const world = readJson<Topology>('web/src/map/basemap/world-countries.topo.json');
const layer = (topology: Topology, name: string) => feature(topology, topology.objects[name] as GeometryCollection) as Areas;
const shipped = { governorates: layer(syria, 'governorates'), districts: layer(syria, 'districts') };
const source = {
  governorates: readJson<Areas>('data/geo/syria-admin1-governorates.geojson'),
  districts: readJson<Areas>('data/geo/syria-admin2-districts.geojson'),
};

/** Planar area in square degrees: enough to compare two versions of the same polygon. */
function areaOf(geometry: Polygon | MultiPolygon): number {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const ringArea = (ring: Position[]) => planarRingArea(ring as [number, number][]);
  return polygons.reduce((sum, [exterior = [], ...holes]) => sum + ringArea(exterior) - holes.reduce((holesArea, hole) => holesArea + ringArea(hole), 0), 0);
}

describe('the Syria basemap', () => {
  it.each(['governorates', 'districts'] as const)('has the %s of data/geo, by P-code', (name) => {
    const pcodes = shipped[name].features.map((area) => area.properties.pcode);
    expect(pcodes).toHaveLength(name === 'governorates' ? 14 : 61);
    expect(new Set(pcodes)).toEqual(new Set(source[name].features.map((area) => area.properties.PCODE)));
  });

  it('names every area in English and Arabic, and each district its governorate', () => {
    const governorates = new Set(shipped.governorates.features.map((area) => area.properties.pcode));
    for (const area of [...shipped.governorates.features, ...shipped.districts.features]) {
      expect(area.properties.nameEn).toMatch(/\S/);
      expect(area.properties.nameAr).toMatch(/\S/);
    }
    for (const district of shipped.districts.features) expect(governorates).toContain(district.properties.admin1);
  });

  it.each(['governorates', 'districts'] as const)('keeps the area of each of the %s within one per cent of the original', (name) => {
    const original = new Map(source[name].features.map((area) => [area.properties.PCODE, areaOf(area.geometry)]));
    for (const area of shipped[name].features) {
      const before = original.get(area.properties.pcode)!;
      expect(Math.abs(areaOf(area.geometry) - before) / before, area.properties.pcode).toBeLessThan(0.01);
    }
  });

  it('fills each governorate with its districts: shared borders stayed shared', () => {
    for (const governorate of shipped.governorates.features) {
      const districts = shipped.districts.features.filter((district) => district.properties.admin1 === governorate.properties.pcode);
      const districtsArea = districts.reduce((sum, district) => sum + areaOf(district.geometry), 0);
      expect(districtsArea / areaOf(governorate.geometry), governorate.properties.pcode).toBeCloseTo(1, 5);
    }
  });
});

describe('the world basemap', () => {
  it('has the countries of world-atlas by name, Syria among them', () => {
    const countries = layer(world, 'countries').features;
    expect(Object.keys(world.objects)).toEqual(['countries']);
    expect(countries.length).toBeGreaterThan(200);
    const syriaCountry = countries.find((country) => country.properties.name === 'Syria');
    expect(syriaCountry?.geometry.type).toMatch(/Polygon/);
    expect(countries.every((country) => Object.keys(country.properties).join() === 'name')).toBe(true);
  });
});

describe("the governorates' names on the map", () => {
  it('each sit inside their governorate', async () => {
    const { labelPoint } = await import('../web/src/map/label-point.js');
    const { default: booleanPointInPolygon } = await import('@turf/boolean-point-in-polygon');
    expect(shipped.governorates.features).toHaveLength(14);
    for (const governorate of shipped.governorates.features) {
      const area = governorate as unknown as Parameters<typeof labelPoint>[0];
      expect(booleanPointInPolygon(labelPoint(area), governorate), governorate.properties.nameEn).toBe(true);
    }
  });
});
