import { describe, expect, it } from 'vitest';
import { isDossierError } from '../common/errors.js';
import { atLeast, between, describeCount, exactly, lowerBound, normaliseCount, unknownCount, upperBound, type Count } from './count.js';
import { describeTotal, sumCounts, totalAsCount } from './count-sum.js';
import { parseCountText, readNumber } from './count-text.js';
import { readFrenchNumber } from './count-text-fr.js';

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

  const french: [string, Count][] = [
    ['au moins 14', { qualifier: 'at_least', min: 14 }],
    ['14 au moins', { qualifier: 'at_least', min: 14 }],
    ['pas moins de 14', { qualifier: 'at_least', min: 14 }],
    ['entre 14 et 20', { qualifier: 'range', min: 14, max: 20 }],
    ['de 14 à 20', { qualifier: 'range', min: 14, max: 20 }],
    ['entre vingt et un et trente', { qualifier: 'range', min: 21, max: 30 }],
    ['des dizaines', { qualifier: 'vague', vague: 'dozens', min: 24 }],
    ['plus de 100', { qualifier: 'at_least', min: 101 }],
    ['plus d’une centaine', { qualifier: 'at_least', min: 101 }],
    ['environ 300', { qualifier: 'approx', best: 300 }],
    ['300 environ', { qualifier: 'approx', best: 300 }],
    ['près de 50', { qualifier: 'at_most', max: 50 }],
    ['presque 50', { qualifier: 'at_most', max: 50 }],
    ['jusqu’à 30', { qualifier: 'at_most', max: 30 }],
    ['moins de 10', { qualifier: 'at_most', max: 9 }],
    ['une centaine', { qualifier: 'approx', best: 100 }],
    ['une vingtaine', { qualifier: 'approx', best: 20 }],
    ['des centaines, voire des milliers', { qualifier: 'vague', vague: 'hundreds', min: 200 }],
    ['des milliers', { qualifier: 'vague', vague: 'thousands', min: 2000 }],
    ['quelques', { qualifier: 'vague', vague: 'few', min: 2 }],
    ['plusieurs', { qualifier: 'vague', vague: 'several', min: 3 }],
    ['de nombreux', { qualifier: 'vague', vague: 'many', min: 2 }],
    ['vingt-trois', { qualifier: 'exact', min: 23, best: 23, max: 23 }],
    ['soixante-dix', { qualifier: 'exact', min: 70, best: 70, max: 70 }],
    ['quatre-vingt-dix-neuf', { qualifier: 'exact', min: 99, best: 99, max: 99 }],
    ['vingt et un', { qualifier: 'exact', min: 21, best: 21, max: 21 }],
    ['cent', { qualifier: 'exact', min: 100, best: 100, max: 100 }],
    ['deux cents', { qualifier: 'exact', min: 200, best: 200, max: 200 }],
    ['mille', { qualifier: 'exact', min: 1000, best: 1000, max: 1000 }],
    ['deux mille', { qualifier: 'exact', min: 2000, best: 2000, max: 2000 }],
    ['trois millions', { qualifier: 'exact', min: 3_000_000, best: 3_000_000, max: 3_000_000 }],
    ['1\u202F200', { qualifier: 'exact', min: 1200, best: 1200, max: 1200 }],
    ['1\u00A0200', { qualifier: 'exact', min: 1200, best: 1200, max: 1200 }],
    ['1 200', { qualifier: 'exact', min: 1200, best: 1200, max: 1200 }],
    ['1.200', { qualifier: 'exact', min: 1200, best: 1200, max: 1200 }],
    ['environ 1.200.000', { qualifier: 'approx', best: 1_200_000 }],
    ['plus de 1\u202F000', { qualifier: 'at_least', min: 1001 }],
    ['inconnu', { qualifier: 'unknown' }],
  ];
  it.each(french)('reads the French "%s" as its English equivalent would be read', (text, expected) => {
    expect(parseCountText('killed', text)).toEqual({ ...expected, asReported: text });
  });

  it('reads French numbers written out only as French composes them', () => {
    expect(readFrenchNumber('soixante et onze')).toBe(71);
    expect(readFrenchNumber('quatre-vingts')).toBe(80);
    expect(readFrenchNumber('quatre-vingt-onze')).toBe(91);
    expect(readFrenchNumber('dix-sept')).toBe(17);
    expect(readFrenchNumber('septante-trois')).toBe(73);
    expect(readFrenchNumber('mille deux cent trente-quatre')).toBe(1234);
    expect(readFrenchNumber('deux millions trois cent mille')).toBe(2_300_000);
    expect(readFrenchNumber('dix-deux')).toBeNull();
    expect(readFrenchNumber('trois deux')).toBeNull();
    expect(readFrenchNumber('vingt cent')).toBeNull();
    expect(readFrenchNumber('mille million')).toBeNull();
  });

  it('refuses French it cannot read, naming the field', () => {
    expect(fieldOf(() => parseCountText('killed', 'beaucoup trop'))).toBe('killed');
    expect(fieldOf(() => parseCountText('killed', 'au moins quelques-uns de trop'))).toBe('killed');
    expect(fieldOf(() => parseCountText('victims.killed', 'entre 20 et 14'))).toBe('victims.killed.min');
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
