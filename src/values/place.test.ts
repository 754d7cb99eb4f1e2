import { describe, expect, it } from 'vitest';
import { isDossierError } from '../common/errors.js';
import { boundingBox, normalisePlace, parseBoundingBox, representativePoint, type Place } from './place.js';

function fieldOf(work: () => unknown): string | undefined {
  try {
    work();
  } catch (error) {
    if (isDossierError(error, 'VALIDATION_FAILED')) return String(error.details.field);
    throw error;
  }
  return undefined;
}

const arbin: Place = {
  precision: 'settlement',
  geometry: { type: 'Point', coordinates: [36.3689, 33.5416] },
  names: { en: 'Arbin', ar: 'عربين', other: ['Erbin', '‘Irbīn'] },
  pcodes: { admin1: 'SY03', admin2: 'SY0300', community: 'C2321' },
};

describe('Place', () => {
  it('accepts a settlement with codes and names, unchanged', () => {
    expect(normalisePlace('place', arbin)).toEqual(arbin);
  });

  it('rejects a latitude out of range, naming the field', () => {
    expect(fieldOf(() => normalisePlace('place', { precision: 'settlement', geometry: { type: 'Point', coordinates: [36.2, 95] } }))).toBe(
      'place.geometry.coordinates.latitude',
    );
  });

  it('rejects a ring that does not close', () => {
    const open: Place = { precision: 'named_region', geometry: { type: 'Polygon', coordinates: [[[36, 33], [37, 33], [37, 34], [36, 34]]] } };
    expect(fieldOf(() => normalisePlace('place', open))).toBe('place.geometry.coordinates[0]');
  });

  it('wants a point for an exact site, and something for any place', () => {
    expect(fieldOf(() => normalisePlace('place', { precision: 'exact_site', pcodes: { community: 'C2321' } }))).toBe('place.geometry');
    expect(fieldOf(() => normalisePlace('place', { precision: 'country' }))).toBe('place');
  });

  it('boxes and centres an area', () => {
    const square = { type: 'Polygon' as const, coordinates: [[[36, 33], [37, 33], [37, 34], [36, 34], [36, 33]]] };
    expect(boundingBox(square)).toEqual({ west: 36, south: 33, east: 37, north: 34 });
    expect(representativePoint(square)).toEqual({ lon: 36.5, lat: 33.5 });
  });

  it('reads a bounding box from a query string and refuses a reversed one', () => {
    expect(parseBoundingBox('bbox', '36,33,37.5,34')).toEqual({ west: 36, south: 33, east: 37.5, north: 34 });
    expect(fieldOf(() => parseBoundingBox('bbox', '36,34,37,33'))).toBe('bbox');
  });
});
