import { describe, expect, it } from 'vitest';
import { drawnCounts, incidentLayers, shapeDescription, shapeOf, type MapIncident } from './incident-shapes.js';
import { TEST_AREAS } from './test-areas.js';

const arbin = { precision: 'settlement', geometry: { type: 'Point' as const, coordinates: [36.4, 33.54] }, pcodes: { admin1: 'SY03', admin2: 'SY0301', community: 'C2321' } };
const eastAleppo = {
  precision: 'named_region',
  namedArea: 'aleppo-east',
  names: { en: 'Eastern Aleppo' },
  geometry: { type: 'Polygon' as const, coordinates: [[[37.1, 36.1], [37.3, 36.1], [37.3, 36.3], [37.1, 36.1]]] },
  pcodes: { admin1: 'SY02' },
};
const incident = (id: string, place?: MapIncident['place']): MapIncident => ({ id, title: id, types: ['air_strike'], grade: 'reported', ...(place ? { place } : {}) });

describe('shapeOf', () => {
  it('draws a settlement as its point', () => {
    expect(shapeOf(arbin, TEST_AREAS, 'i')).toEqual({ kind: 'point', coordinates: [36.4, 33.54] });
  });

  it('draws a place known only to a district as the district, not as a point at its centre', () => {
    const shape = shapeOf({ precision: 'admin2', geometry: { type: 'Point', coordinates: [36.3, 33.5] }, pcodes: { admin1: 'SY03', admin2: 'SY0301' } }, TEST_AREAS, 'i');
    expect(shape).toMatchObject({ kind: 'area', key: 'admin:SY0301', label: 'Duma district (Rural Damascus)' });
  });

  it('draws a governorate, and a sub-district as its district (no sub-district polygons ship)', () => {
    expect(shapeOf({ precision: 'admin1', pcodes: { admin1: 'SY03' } }, TEST_AREAS, 'i')).toMatchObject({ key: 'admin:SY03' });
    expect(shapeOf({ precision: 'admin3', pcodes: { admin1: 'SY03', admin2: 'SY0301', admin3: 'SY030106' } }, TEST_AREAS, 'i')).toMatchObject({ key: 'admin:SY0301' });
  });

  it('draws a named region with its own polygon', () => {
    expect(shapeOf(eastAleppo, TEST_AREAS, 'i')).toMatchObject({ kind: 'area', key: 'named:aleppo-east', label: 'Eastern Aleppo' });
  });

  it('falls back to the finest area the codes name when there is no geometry', () => {
    expect(shapeOf({ precision: 'settlement', pcodes: { admin1: 'SY03', admin2: 'SY0301', community: 'C9999' } }, TEST_AREAS, 'i')).toMatchObject({ key: 'admin:SY0301' });
  });

  it('does not draw what is known only to a country, or not at all', () => {
    expect(shapeOf({ precision: 'country', countryCode: 'SY' }, TEST_AREAS, 'i')).toEqual({ kind: 'none', reason: 'known only to the country' });
    expect(shapeOf(undefined, TEST_AREAS, 'i')).toEqual({ kind: 'none', reason: 'no place recorded' });
  });
});

describe('incidentLayers', () => {
  const layers = incidentLayers(
    [incident('a1', eastAleppo), incident('a2', eastAleppo), incident('g1', arbin), incident('g2', arbin), incident('x', { precision: 'country', countryCode: 'SY' })],
    TEST_AREAS,
  );

  it('puts one feature per point, carrying the incident id, for clustering', () => {
    expect(layers.points.features.map((f) => f.properties.id)).toEqual(['g1', 'g2']);
  });

  it('draws incidents on the same area once, with their count', () => {
    expect(layers.areas.features).toHaveLength(1);
    expect(layers.areas.features[0]!.properties).toEqual({ key: 'named:aleppo-east', label: 'Eastern Aleppo', count: 2 });
    expect(layers.areaGroups[0]).toMatchObject({ incidentIds: ['a1', 'a2'], centre: [37.2, 36.2] });
  });

  it('counts the incidents drawn, as points or areas, apart from those whose place is too vague to draw', () => {
    expect(drawnCounts(layers)).toEqual({ drawn: 4, notDrawn: 1 });
  });

  it('says in words how each incident is shown', () => {
    expect(shapeDescription(layers.shapes.get('g1'))).toBe('point');
    expect(shapeDescription(layers.shapes.get('a1'))).toBe('area: Eastern Aleppo');
    expect(shapeDescription(layers.shapes.get('x'))).toBe('not drawn: known only to the country');
  });
});
