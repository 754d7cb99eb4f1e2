import { describe, expect, it } from 'vitest';
import { resolveDate } from '../values/uncertain-date.js';
import { acledDayFor, dateFromAcled, parseAcledDate } from './acled-dates.js';

const day = (edtf: string) => acledDayFor(resolveDate('date', { edtf }));

describe('ACLED dates', () => {
  it('reads the forms ACLED files write a day in', () => {
    expect(parseAcledDate('2016-09-19')).toBe('2016-09-19');
    expect(parseAcledDate(' 19 September 2016 ')).toBe('2016-09-19');
    expect(parseAcledDate('19-September-2016')).toBe('2016-09-19');
    expect(parseAcledDate('3 Sep 2016')).toBe('2016-09-03');
    expect(parseAcledDate('03 sept 2016')).toBe('2016-09-03');
    expect(parseAcledDate('29 February 2016')).toBe('2016-02-29');
  });

  it('reads nothing from a day that does not exist, a month it cannot tell, or another order', () => {
    for (const text of ['31 June 2016', '2015-02-29', '2016-13-01', '19 Se 2016', '19 Mars 2016', 'September 19, 2016', '19/09/2016', '2016-9-19', '', '١٩ سبتمبر ٢٠١٦']) {
      expect(parseAcledDate(text)).toBeUndefined();
    }
  });

  it('keeps the span an ACLED time precision allows, and the ACLED day in the words reported', () => {
    expect(dateFromAcled('2016-09-19', 1)).toEqual({ edtf: '2016-09-19', asReported: '2016-09-19' });
    expect(dateFromAcled('2016-09-19', 2)).toEqual({ edtf: '2016-09-13/2016-09-25', asReported: '2016-09-19 (ACLED time precision 2: within a week)' });
    // Six days either side cross a month and a year end.
    expect(dateFromAcled('2016-12-29', 2).edtf).toBe('2016-12-23/2017-01-04');
    expect(dateFromAcled('2016-09-19', 3)).toEqual({ edtf: '2016-09', asReported: '2016-09-19 (ACLED time precision 3: within a month or longer)' });
  });

  it('puts a Dossier date on one day, with the precision its span allows and what was lost', () => {
    expect(day('2016-07-01')).toEqual({ day: '2016-07-01', precision: 1 });
    // Up to 13 days (what an imported precision 2 becomes): the middle day, the earlier of two middle days.
    expect(day('2016-07-01/2016-07-07')).toEqual({ day: '2016-07-04', precision: 2, placed: 'known only as a range of days' });
    expect(day('2016-07-01/2016-07-08')).toEqual({ day: '2016-07-04', precision: 2, placed: 'known only as a range of days' });
    expect(day('2016-07-01/2016-07-13')).toEqual({ day: '2016-07-07', precision: 2, placed: 'known only as a range of days' });
    // Longer: the earliest day.
    expect(day('2016-07-01/2016-07-14')).toEqual({ day: '2016-07-01', precision: 3, placed: 'known only as a range of days' });
    expect(day('2016-07')).toEqual({ day: '2016-07-01', precision: 3, placed: 'known only to the month' });
    // About July: widened by a month either side, so it starts in May.
    expect(day('2016-07~')).toEqual({ day: '2016-05-31', precision: 3, placed: 'known only to about the month' });
    expect(day('2016')).toEqual({ day: '2016-01-01', precision: 3, placed: 'known only to the year' });
    expect(day('2016-21')).toEqual({ day: '2016-03-01', precision: 3, placed: 'known only to the season' });
  });

  it('gives back the day and precision 2 of a week-precise ACLED event it imported', () => {
    for (const acled of ['2016-09-19', '2016-12-29', '2016-02-26', '2017-01-03']) {
      const imported = resolveDate('date', dateFromAcled(acled, 2));
      expect(acledDayFor(imported)).toEqual({ day: acled, precision: 2, placed: 'known only as a range of days' });
    }
  });

  it('says when the day it writes with precision 1 was uncertain', () => {
    expect(day('2016-07-01?')).toEqual({ day: '2016-07-01', precision: 1, placed: 'with an uncertain day' });
  });

  it('cannot place a date open at its start, and says when it is open at its end', () => {
    expect(day('../2016-07-01')).toBeUndefined();
    expect(day('2016-07-01/..')).toEqual({ day: '2016-07-01', precision: 3, placed: 'known only by an open-ended interval' });
  });
});
