import { describe, expect, it } from 'vitest';
import { findCountMentions } from './count-mentions.js';

/** Each mention as [the words its span covers, qualifier, min, max]. */
function read(text: string) {
  return findCountMentions(text).map((mention) => [text.slice(mention.start, mention.end), mention.count.qualifier, mention.count.min ?? null, mention.count.max ?? null]);
}

describe('figures found in running text', () => {
  it('finds English figures with their qualifiers and bounds, written in digits or in words', () => {
    expect(read('Aircraft flew 42 sorties that day, making at least 28 strikes; between 14 and 20 civilians and some 300 families, twenty-three children, 1,200 people in all, 14-20 of them killed.')).toEqual([
      ['42', 'exact', 42, 42],
      ['at least 28', 'at_least', 28, null],
      ['between 14 and 20', 'range', 14, 20],
      ['some 300', 'approx', null, null],
      ['twenty-three', 'exact', 23, 23],
      ['1,200', 'exact', 1200, 1200],
      ['14-20', 'range', 14, 20],
    ]);
  });

  it('keeps vague words honest: "hundreds if not thousands" is at least what "hundreds" means', () => {
    expect(read('Dozens were injured and hundreds if not thousands fled the town.')).toEqual([
      ['Dozens', 'vague', 24, null],
      ['hundreds if not thousands', 'vague', 200, null],
    ]);
  });

  it('leaves alone numbers that are not counts: years, resolutions, percentages, distances, pages, dates', () => {
    expect(read('Resolution 2254 (2015) was adopted in 2015; 37 per cent of the 15 km road, 40% of homes; see page 12; on 15/07/2016 at 3 pm.')).toEqual([]);
    expect(read('One of the hospitals was hit.')).toEqual([]);
  });

  it('finds Arabic figures with qualifiers, vague words, numbers in words and Arabic-Indic digits', () => {
    expect(read('قتل ما لا يقل عن ١٤ مدنياً وأصيب عشرات آخرون، ونزح مئات إن لم يكن آلاف. وقتل خمسة وعشرون شخصاً في يوم واحد، بينهم ثلاثة أطفال، وجرح ٢٥ على الأقل.')).toEqual([
      ['ما لا يقل عن ١٤', 'at_least', 14, null],
      ['عشرات', 'vague', 24, null],
      ['مئات إن لم يكن آلاف', 'vague', 200, null],
      ['خمسة وعشرون', 'exact', 25, 25],
      ['ثلاثة', 'exact', 3, 3],
      ['٢٥ على الأقل', 'at_least', 25, null],
    ]);
  });

  it('counts an Arabic noun in the dual as two, and leaves plurals alone', () => {
    expect(read('قتل شخصين على الأقل وجرح طفلان، وأصيب مدنيين.')).toEqual([
      ['شخصين على الأقل', 'at_least', 2, null],
      ['طفلان', 'exact', 2, 2],
    ]);
  });

  it('reads Arabic ranges and approximations, and a figure after a joined letter ("و", "ب")', () => {
    expect(read('أصيب بين ١٠ و٢٠ شخصاً، ونزح حوالي ٣٠٠ عائلة، وقدّر عدد الضحايا بعشرات.')).toEqual([
      ['بين ١٠ و٢٠', 'range', 10, 20],
      ['حوالي ٣٠٠', 'approx', null, null],
      ['عشرات', 'vague', 24, null],
    ]);
  });

  it('does not take Arabic resolution numbers, percentages or "one day" as figures', () => {
    expect(read('صدر القرار ٢٢٥٤ عام ٢٠١٥، ودُمّر ٤٠ بالمئة من المنازل في يوم واحد.')).toEqual([]);
  });
});
