import { describe, expect, it } from 'vitest';
import { drawInterval, logDomain, logTicks, ratioText } from './interval-scale.js';

describe('the axis of rate ratios', () => {
  it('is symmetric around 1 in powers of two, at least ½ to 2', () => {
    expect(logDomain([])).toEqual([0.5, 2]);
    expect(logDomain([1.2, 0.9])).toEqual([0.5, 2]);
    expect(logDomain([0.3, 2.5])).toEqual([0.25, 4]);
    expect(logDomain([0, 5])).toEqual([0.125, 8]);
    expect(logDomain([1e9])).toEqual([1 / 1024, 1024]);
  });

  it('has at most nine ticks, 1 among them, labelled as fractions below 1', () => {
    expect(logTicks([0.25, 4])).toEqual([0.25, 0.5, 1, 2, 4]);
    const wide = logTicks([1 / 1024, 1024]);
    expect(wide.length).toBeLessThanOrEqual(9);
    expect(wide).toContain(1);
    expect([0.5, 0.25, 0.125, 1, 16].map(ratioText)).toEqual(['½', '¼', '1/8', '1', '16']);
  });
});

describe('an interval drawn', () => {
  it('places the point along its whisker on a log scale', () => {
    const drawn = drawInterval({ key: 'a', label: 'a', estimate: 1, low: 0.5, high: 2 }, [0.25, 4], 'log');
    expect(drawn.range).toEqual([0.5, 2]);
    expect(drawn.point).toBeCloseTo(0.5);
    expect(drawn.openLow || drawn.openHigh).toBe(false);
  });

  it('marks an unbounded upper end and a zero on a log scale as open, at the axis edge', () => {
    const drawn = drawInterval({ key: 'a', label: 'a', estimate: 0, low: 0, high: null }, [0.25, 4], 'log');
    expect(drawn.range).toEqual([0.25, 4]);
    expect(drawn).toMatchObject({ openLow: true, openHigh: true, point: 0 });
  });

  it('draws shares on a 0–1 scale', () => {
    const drawn = drawInterval({ key: 'p', label: 'p', estimate: 0.6, low: 0.4, high: 0.8 }, [0, 1], 'linear');
    expect(drawn.range).toEqual([0.4, 0.8]);
    expect(drawn.point).toBeCloseTo(0.5);
  });
});
