import { describe, expect, it } from 'vitest';
import { atLeast, boundsOf, viewBbox } from './bounds.js';

describe('boundsOf', () => {
  it('spans points and polygons together', () => {
    const box = boundsOf([
      { type: 'Point', coordinates: [36.36, 33.53] },
      { type: 'Polygon', coordinates: [[[37, 36], [37.5, 36], [37.5, 36.4], [37, 36], [37, 36]]] },
    ]);
    expect(box).toEqual([36.36, 33.53, 37.5, 36.4]);
  });

  it('is undefined for nothing', () => {
    expect(boundsOf([])).toBeUndefined();
  });
});

describe('viewBbox', () => {
  it('rounds outwards to four decimals, so all that is seen is inside', () => {
    expect(viewBbox(36.123456, 33.987654, 36.500001, 34.1)).toEqual([36.1234, 33.9876, 36.5001, 34.1]);
  });

  it('clamps to the ranges the API accepts', () => {
    expect(viewBbox(-190.5, -95, 20, 91)).toEqual([-180, -90, 180, 90]);
  });

  it('takes every longitude for a view across the antimeridian rather than the wrong half', () => {
    expect(viewBbox(170, -10, 190, 10)).toEqual([-180, -10, 180, 10]);
  });

  it('wraps a view that has only scrolled a world over', () => {
    expect(viewBbox(396, 33, 402, 37)).toEqual([36, 33, 42, 37]);
  });
});

describe('atLeast', () => {
  it('grows a point into a box about it, and leaves a big enough box alone', () => {
    expect(atLeast([36, 33, 36, 33], 0.1).map((n) => +n.toFixed(6))).toEqual([35.95, 32.95, 36.05, 33.05]);
    expect(atLeast([36, 33, 37, 34], 0.1)).toEqual([36, 33, 37, 34]);
  });
});
