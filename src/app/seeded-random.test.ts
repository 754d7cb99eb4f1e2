import { describe, expect, it } from 'vitest';
import { SeededRandom } from './seeded-random.js';

describe('SeededRandom', () => {
  const draws = (seed: number, n: number) => {
    const random = new SeededRandom(seed);
    return Array.from({ length: n }, () => random.next());
  };

  it('gives the same sequence for the same seed, and another for another seed', () => {
    expect(draws(42, 100)).toEqual(draws(42, 100));
    expect(draws(43, 100)).not.toEqual(draws(42, 100));
  });

  it('gives the first numbers of the reference Mulberry32 (as in bryc’s JavaScript collection), so a change of algorithm cannot pass unnoticed', () => {
    expect(draws(1, 3).map((x) => Math.floor(x * 4_294_967_296))).toEqual([2_693_262_067, 11_749_833, 2_265_367_787]);
  });

  it('keeps whole numbers within both bounds and reaches each', () => {
    const random = new SeededRandom(7);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const n = random.int(3, 9);
      expect(n).toBeGreaterThanOrEqual(3);
      expect(n).toBeLessThanOrEqual(9);
      seen.add(n);
    }
    expect([...seen].sort()).toEqual([3, 4, 5, 6, 7, 8, 9]);
  });

  it('picks by weight: an item with no weight never, the heavier one more often', () => {
    const random = new SeededRandom(11);
    const counts = { a: 0, b: 0, never: 0 };
    for (let i = 0; i < 4000; i++) counts[random.weighted([['a', 3], ['b', 1], ['never', 0]] as const)]++;
    expect(counts.never).toBe(0);
    expect(counts.a / counts.b).toBeGreaterThan(2.4);
    expect(counts.a / counts.b).toBeLessThan(3.6);
  });
});
