import { describe, expect, it } from 'vitest';
import type { Count } from '../values/count.js';
import { addTotals, sumCounts } from '../values/count-sum.js';

const exact = (n: number): Count => ({ qualifier: 'exact', min: n, best: n, max: n });

describe('adding victim totals', () => {
  const groups: Count[][] = [
    [exact(3)],
    [{ qualifier: 'at_least', min: 5 }],
    [{ qualifier: 'range', min: 2, max: 4 }, exact(1)],
    [{ qualifier: 'unknown' }],
    [],
  ];

  it('gives what adding every figure at once gives, whatever the grouping', () => {
    for (let mask = 0; mask < 1 << groups.length; mask++) {
      const chosen = groups.filter((_, i) => mask & (1 << i));
      expect(addTotals(chosen.map((counts) => sumCounts(counts)))).toEqual(sumCounts(chosen.flat()));
    }
  });

  it('keeps an upper bound only while every total has one', () => {
    expect(addTotals([sumCounts([exact(3)]), sumCounts([{ qualifier: 'range', min: 2, max: 4 }])])).toMatchObject({ min: 5, max: 7, qualifier: 'range' });
    expect(addTotals([sumCounts([exact(3)]), sumCounts([{ qualifier: 'unknown' }])])).toMatchObject({ min: 3, max: null, qualifier: 'at_least', unknownParts: 1 });
  });

  it('leaves totals with no figure out: a sum of none is none, not zero', () => {
    expect(addTotals([sumCounts([]), sumCounts([])])).toMatchObject({ qualifier: 'none', parts: 0 });
    expect(addTotals([sumCounts([]), sumCounts([exact(2)])])).toMatchObject({ qualifier: 'exact', min: 2, max: 2, parts: 1 });
    expect(addTotals([])).toMatchObject({ qualifier: 'none' });
  });
});
