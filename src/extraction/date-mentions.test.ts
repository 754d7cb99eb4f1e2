import { describe, expect, it } from 'vitest';
import { findDateMentions } from './date-mentions.js';

/** Each mention as [the words its span covers, its EDTF or "needs anchor"]. */
function read(text: string, anchor?: string) {
  return findDateMentions(text, anchor).map((mention) => [text.slice(mention.start, mention.end), mention.edtf ?? 'needs anchor']);
}

describe('dates found in running text', () => {
  it('finds English dates and periods, each read with its bounds', () => {
    const text =
      'On 15 July 2016 aircraft struck the market; in mid-July 2016 and between 15 July and 22 December 2016 the town was shelled. Late 2016 saw more; on September 19th, 2016 a convoy was hit, as in 2015. See 2016-07-15.';
    expect(read(text)).toEqual([
      ['15 July 2016', '2016-07-15'],
      ['mid-July 2016', '2016-07-11/2016-07-20'],
      ['between 15 July and 22 December 2016', '2016-07-15/2016-12-22'],
      ['Late 2016', '2016-09/2016-12'],
      ['September 19th, 2016', '2016-09-19'],
      ['2015', '2015'],
      ['2016-07-15', '2016-07-15'],
    ]);
    const [mid] = findDateMentions('in mid-July 2016');
    expect([mid!.earliest, mid!.latest]).toEqual(['2016-07-11T00:00:00.000Z', '2016-07-20T23:59:59.999Z']);
  });

  it('reads relative phrases and months without a year against the document date, and says so when there is none', () => {
    const text = 'In the last month, and last December, on 3 March and in October.';
    expect(read(text, '2017-03-15')).toEqual([
      ['In the last month', '2017-02-15/2017-03-15'],
      ['last December', '2016-12'],
      ['3 March', '2017-03-03'],
      ['October', '2016-10'],
    ]);
    expect(read(text)).toEqual([
      ['In the last month', 'needs anchor'],
      ['last December', 'needs anchor'],
      ['3 March', 'needs anchor'],
      ['October', 'needs anchor'],
    ]);
  });

  it('finds Arabic dates with either month name, alone or paired, and relative phrases', () => {
    const text = 'قصفت الطائرات السوق في ١٥ تموز/يوليه ٢٠١٦، وفي منتصف تموز ٢٠١٦، وبين ١٥ تموز و٢٢ كانون الأول ٢٠١٦. وفي أواخر عام ٢٠١٦ وخلال الشهر الماضي وفي كانون الأول الماضي، وفي ٣ أيلول/سبتمبر.';
    expect(read(text, '2017-03-15')).toEqual([
      ['١٥ تموز/يوليه ٢٠١٦', '2016-07-15'],
      ['منتصف تموز ٢٠١٦', '2016-07-11/2016-07-20'],
      ['بين ١٥ تموز و٢٢ كانون الأول ٢٠١٦', '2016-07-15/2016-12-22'],
      ['أواخر عام ٢٠١٦', '2016-09/2016-12'],
      ['خلال الشهر الماضي', '2017-02-15/2017-03-15'],
      ['كانون الأول الماضي', '2016-12'],
      ['٣ أيلول/سبتمبر', '2016-09-03'],
    ]);
  });

  it('does not take a month name standing alone in Arabic ("أب", father), nor a date the calendar does not have', () => {
    expect(read('وقال أب إن ابنه قتل في 31 February 2016.')).toEqual([]);
  });
});
