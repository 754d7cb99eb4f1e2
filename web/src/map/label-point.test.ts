import { describe, expect, it } from 'vitest';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { AdminArea } from './admin-areas.js';
import { labelPoint } from './label-point.js';

const area = (geometry: AdminArea['geometry']): AdminArea => ({ type: 'Feature', properties: { pcode: 'SY99', nameEn: 'Test', nameAr: 'اختبار' }, geometry });

describe('where a governorate is named', () => {
  it('puts the name at the centre of a square', () => {
    const [x, y] = labelPoint(area({ type: 'Polygon', coordinates: [[[36, 33], [38, 33], [38, 35], [36, 35], [36, 33]]] }));
    expect(x).toBeCloseTo(37, 1);
    expect(y).toBeCloseTo(34, 1);
  });

  it('uses the largest part of a shape in several parts', () => {
    const [x, y] = labelPoint(area({ type: 'MultiPolygon', coordinates: [[[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]], [[[10, 10], [14, 10], [14, 14], [10, 14], [10, 10]]]] }));
    expect(x).toBeCloseTo(12, 1);
    expect(y).toBeCloseTo(12, 1);
  });

  it('stays inside an L-shaped area, where its centroid and the middle of its bounding box would not', () => {
    const shape = area({ type: 'Polygon', coordinates: [[[0, 0], [4, 0], [4, 1], [1, 1], [1, 4], [0, 4], [0, 0]]] });
    const point = labelPoint(shape);
    expect(booleanPointInPolygon([2, 2], shape)).toBe(false);
    expect(booleanPointInPolygon(point, shape)).toBe(true);
  });
});
