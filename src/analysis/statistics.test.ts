import { describe, expect, it } from 'vitest';
import { clopperPearson, poissonRateRatio, wilson } from './statistics.js';

describe('interval estimates', () => {
  it('gives the Clopper-Pearson interval of published examples', () => {
    // 7 of 20: 0.1539 to 0.5922 (exact binomial interval, as R's binom.test reports it).
    const interval = clopperPearson(7, 20)!;
    expect(interval.low).toBeCloseTo(0.1539, 4);
    expect(interval.high).toBeCloseTo(0.5922, 4);
    expect(clopperPearson(0, 10)!.low).toBe(0);
    expect(clopperPearson(10, 10)!.high).toBe(1);
    expect(clopperPearson(0, 0)).toBeNull();
  });

  it('gives the Wilson interval, inside [0, 1] even at the edges', () => {
    // 60 of 100: 0.5020 to 0.6906 (Wilson score interval without continuity correction, z = 1.96).
    const interval = wilson(60, 100)!;
    expect(interval.low).toBeCloseTo(0.502, 3);
    expect(interval.high).toBeCloseTo(0.6906, 3);
    expect(wilson(0, 5)!.low).toBe(0);
    expect(wilson(5, 5)!.high).toBe(1);
    expect(wilson(0, 0)).toBeNull();
  });

  it('gives a rate ratio whose exact interval spans 1 when the rates are equal and excludes it when they differ', () => {
    const same = poissonRateRatio(30, 30, 30, 30)!;
    expect(same.estimate).toBe(1);
    expect(same.low).toBeLessThan(1);
    expect(same.high!).toBeGreaterThan(1);
    const tripled = poissonRateRatio(90, 30, 30, 30)!;
    expect(tripled.estimate).toBe(3);
    expect(tripled.low).toBeGreaterThan(1.9);
    expect(tripled.high!).toBeLessThan(4.7);
    // Exposure counts: 20 in 10 days against 20 in 40 days is a fourfold rate.
    expect(poissonRateRatio(20, 10, 20, 40)!.estimate).toBe(4);
  });

  it('says nothing rather than something infinite', () => {
    expect(poissonRateRatio(0, 10, 0, 10)).toBeNull();
    expect(poissonRateRatio(5, 10, 0, 10)).toBeNull();
    expect(poissonRateRatio(0, 10, 5, 10)).toMatchObject({ estimate: 0, low: 0 });
    expect(() => poissonRateRatio(1.5, 10, 2, 10)).toThrow(RangeError);
    expect(() => poissonRateRatio(1, 0, 2, 10)).toThrow(RangeError);
  });
});
