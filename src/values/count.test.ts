import { describe, expect, it } from 'vitest';
import { isDossierError } from '../common/errors.js';
import { atLeast, between, describeCount, exactly, lowerBound, normaliseCount, unknownCount, upperBound, type Count } from './count.js';
import { describeTotal, sumCounts, totalAsCount } from './count-sum.js';
import { parseCountText, readNumber } from './count-text.js';

function fieldOf(work: () => unknown): string | undefined {
  try {
    work();
  } catch (error) {
    if (isDossierError(error, 'VALIDATION_FAILED')) return String(error.details.field);
    throw error;
  }
  return undefined;
}

describe('Count', () => {
  it('fills an exact count to one value and keeps the words', () => {
    expect(normaliseCount('killed', { qualifier: 'exact', best: 14, asReported: 'fourteen' })).toEqual({
      qualifier: 'exact', min: 14, best: 14, max: 14, asReported: 'fourteen',
    });
  });

  it('rejects min above max, naming the field', () => {
    expect(fieldOf(() => normaliseCount('victims.killed', { qualifier: 'range', min: 20, max: 14 }))).toBe('victims.killed.min');
  });

  it('rejects a best figure outside the bounds', () => {
    expect(fieldOf(() => normaliseCount('killed', { qualifier: 'range', min: 10, max: 20, best: 25 }))).toBe('killed.best');
  });

  it('requires what each qualifier needs and forbids what it cannot have', () => {
    expect(fieldOf(() => normaliseCount('k', { qualifier: 'at_least' }))).toBe('k.min');
    expect(fieldOf(() => normaliseCount('k', { qualifier: 'at_least', min: 3, max: 9 }))).toBe('k.max');
    expect(fieldOf(() => normaliseCount('k', { qualifier: 'unknown', best: 3 }))).toBe('k.best');
    expect(fieldOf(() => normaliseCount('k', { qualifier: 'vague' }))).toBe('k.vague');
    expect(fieldOf(() => normaliseCount('k', { qualifier: 'exact', min: 3, max: 4 }))).toBe('k.max');
    expect(fieldOf(() => normaliseCount('k', { qualifier: 'exact', best: -1 }))).toBe('k.best');
  });

  it('gives a vague word its honest floor', () => {
    expect(normaliseCount('k', { qualifier: 'vague', vague: 'dozens' }).min).toBe(24);
  });

  it('knows the lowest and highest figure a count supports', () => {
    expect([lowerBound(atLeast(14)), upperBound(atLeast(14))]).toEqual([14, null]);
    expect([lowerBound(between(14, 20)), upperBound(between(14, 20))]).toEqual([14, 20]);
    expect([lowerBound(unknownCount()), upperBound(unknownCount())]).toEqual([0, null]);
    expect([lowerBound({ qualifier: 'at_most', max: 5 }), upperBound({ qualifier: 'at_most', max: 5 })]).toEqual([0, 5]);
  });

  it('describes counts in words', () => {
    expect(describeCount(atLeast(1016))).toBe('at least 1,016');
    expect(describeCount(between(14, 20))).toBe('14–20');
    expect(describeCount(normaliseCount('k', { qualifier: 'vague', vague: 'dozens' }))).toBe('dozens (at least 24)');
  });
});

describe('sums of counts keep their bounds', () => {
  it('at least 14 + at least 2 = at least 16', () => {
    const total = sumCounts([atLeast(14), atLeast(2)]);
    expect(total).toMatchObject({ min: 16, max: null, qualifier: 'at_least' });
    expect(describeTotal(total)).toBe('at least 16');
  });

  it('17 exact + unknown = at least 17, and says one figure is unknown', () => {
    const total = sumCounts([exactly(17), unknownCount()]);
    expect(total).toMatchObject({ min: 17, max: null, qualifier: 'at_least', unknownParts: 1, parts: 2 });
    expect(describeTotal(total)).toBe('at least 17 (1 of 2 figures unknown)');
  });

  it('ranges add as ranges and exact figures stay exact', () => {
    expect(sumCounts([between(14, 20), between(3, 5)])).toMatchObject({ min: 17, max: 25, qualifier: 'range' });
    expect(sumCounts([exactly(3), exactly(4)])).toMatchObject({ min: 7, max: 7, qualifier: 'exact' });
  });

  it('does not add best guesses unless every part has one', () => {
    expect(sumCounts([{ qualifier: 'approx', best: 100 }, exactly(5)]).best).toBe(105);
    expect(sumCounts([{ qualifier: 'approx', best: 100 }, atLeast(5)]).best).toBeNull();
  });

  it('an at-most figure adds nothing to the floor but caps the ceiling', () => {
    expect(sumCounts([{ qualifier: 'at_most', max: 10 }, exactly(2)])).toMatchObject({ min: 2, max: 12, qualifier: 'range' });
  });

  it('all unknown is unknown, not zero', () => {
    expect(sumCounts([unknownCount(), unknownCount()]).qualifier).toBe('unknown');
  });

  it('turns a total back into a valid Count', () => {
    for (const parts of [[atLeast(14), atLeast(2)], [between(1, 2), exactly(3)], [exactly(1)], [unknownCount()]] as Count[][]) {
      const count = totalAsCount(sumCounts(parts))!;
      expect(normaliseCount('total', count)).toEqual(count);
    }
  });

  it('a sum of no figures is no figure, not an exact zero', () => {
    const none = sumCounts([]);
    expect(none).toMatchObject({ qualifier: 'none', parts: 0, max: null, best: null });
    expect(describeTotal(none)).toBe('no figure');
    expect(totalAsCount(none)).toBeUndefined();
    expect(describeTotal(sumCounts([exactly(0)]))).toBe('0');
  });
});

describe('counts typed as words', () => {
  const cases: [string, Count][] = [
    ['at least 14', { qualifier: 'at_least', min: 14 }],
    ['14-20', { qualifier: 'range', min: 14, max: 20 }],
    ['14 – 20', { qualifier: 'range', min: 14, max: 20 }],
    ['between 14 and 20', { qualifier: 'range', min: 14, max: 20 }],
    ['dozens', { qualifier: 'vague', vague: 'dozens', min: 24 }],
    ['more than 100', { qualifier: 'at_least', min: 101 }],
    ['over 1,000', { qualifier: 'at_least', min: 1001 }],
    ['up to 30', { qualifier: 'at_most', max: 30 }],
    ['about 300', { qualifier: 'approx', best: 300 }],
    ['twenty-three', { qualifier: 'exact', min: 23, best: 23, max: 23 }],
    ['a hundred and twenty', { qualifier: 'exact', min: 120, best: 120, max: 120 }],
    ['١٤', { qualifier: 'exact', min: 14, best: 14, max: 14 }],
    ['28+', { qualifier: 'at_least', min: 28 }],
    ['unknown', { qualifier: 'unknown' }],
  ];
  it.each(cases)('reads "%s"', (text, expected) => {
    expect(parseCountText('killed', text)).toEqual({ ...expected, asReported: text });
  });

  const arabic: [string, Count][] = [
    ['ما لا يقل عن ١٤', { qualifier: 'at_least', min: 14 }],
    ['لا يقل عن 14', { qualifier: 'at_least', min: 14 }],
    ['١٤ على الأقل', { qualifier: 'at_least', min: 14 }],
    ['أكثر من مئة', { qualifier: 'at_least', min: 101 }],
    ['حوالي ٣٠٠', { qualifier: 'approx', best: 300 }],
    ['قرابة خمسين', { qualifier: 'approx', best: 50 }],
    ['أقل من عشرة', { qualifier: 'at_most', max: 9 }],
    ['بين ١٤ و٢٠', { qualifier: 'range', min: 14, max: 20 }],
    ['من عشرة إلى عشرين', { qualifier: 'range', min: 10, max: 20 }],
    ['عشرات', { qualifier: 'vague', vague: 'dozens', min: 24 }],
    ['مئات إن لم يكن آلاف', { qualifier: 'vague', vague: 'hundreds', min: 200 }],
    ['خمسة وعشرون', { qualifier: 'exact', min: 25, best: 25, max: 25 }],
    ['ثلاثة عشر', { qualifier: 'exact', min: 13, best: 13, max: 13 }],
    ['اثنا عشر', { qualifier: 'exact', min: 12, best: 12, max: 12 }],
    ['ثلاثمئة', { qualifier: 'exact', min: 300, best: 300, max: 300 }],
    ['ثلاث مئة وخمسة', { qualifier: 'exact', min: 305, best: 305, max: 305 }],
    ['ثلاثة آلاف', { qualifier: 'exact', min: 3000, best: 3000, max: 3000 }],
    ['ألفان', { qualifier: 'exact', min: 2000, best: 2000, max: 2000 }],
    ['غير معروف', { qualifier: 'unknown' }],
    ['شخصين على الأقل', { qualifier: 'at_least', min: 2 }],
    ['طفلان', { qualifier: 'exact', min: 2, best: 2, max: 2 }],
  ];
  it.each(arabic)('reads the Arabic "%s" as its English equivalent would be read', (text, expected) => {
    expect(parseCountText('killed', text)).toEqual({ ...expected, asReported: text });
  });

  it('reads "hundreds if not thousands" as no more than the smaller word supports', () => {
    expect(parseCountText('killed', 'hundreds if not thousands')).toMatchObject({ qualifier: 'vague', vague: 'hundreds', min: 200 });
  });

  it('refuses what it cannot read, naming the field', () => {
    expect(fieldOf(() => parseCountText('killed', 'كثير من الناس في المدينة'))).toBe('killed');
    expect(fieldOf(() => parseCountText('killed', 'a lot of people'))).toBe('killed');
    expect(fieldOf(() => parseCountText('killed', '20-14'))).toBe('killed.min');
  });

  it('does not compose numbers that do not compose', () => {
    expect(readNumber('14 20')).toBeNull();
    expect(readNumber('three twenty')).toBeNull();
    expect(readNumber('two thousand and five')).toBe(2005);
  });
});
