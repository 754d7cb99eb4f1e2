/**
 * When and where the synthetic demo data happens: the span, the rounds of talks, the Security Council votes,
 * the siege and the campaign's towns, and how the rate of attacks follows the talks. Fixed here so the
 * generated records are the same on every start; all of it is invented and labelled as such
 * (synthetic.ts), and none of it stands for a documented event.
 */

const DAY_MS = 86_400_000;

/** Whole days since 1970-01-01 (UTC). */
export const dayNumber = (isoDate: string): number => Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS;
export const isoDate = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** "4 May 2015": written out here rather than by Intl, whose output may differ between Node builds. */
export const dayInWords = (day: number): string => {
  const date = new Date(day * DAY_MS);
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
};
/** The last day of the calendar month `day` falls in. */
export const lastDayOfMonth = (day: number): number => {
  const date = new Date(day * DAY_MS);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1) / DAY_MS - 1;
};
export const monthInWords = (day: number): string => {
  const date = new Date(day * DAY_MS);
  return `${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
};

export interface DayRange {
  first: number;
  last: number;
}

const range = (first: string, last: string): DayRange => ({ first: dayNumber(first), last: dayNumber(last) });

/** The synthetic incidents fall in this span. */
export const SYNTHETIC_SPAN = range('2014-01-06', '2017-12-17');

/**
 * Rounds of talks: the first and last day of each. They lie at least 130 days apart and away from the real
 * rounds of early 2017 that the demo documents (and from the campaign's towns), so windows of up to 25 days around every round of the case
 * can be superposed.
 */
export const TALK_ROUNDS: readonly DayRange[] = [
  range('2014-03-10', '2014-03-14'),
  range('2014-10-13', '2014-10-17'),
  range('2015-04-13', '2015-04-17'),
  range('2016-01-25', '2016-01-29'),
  range('2016-06-20', '2016-06-24'),
  range('2016-10-31', '2016-11-04'),
  range('2017-06-12', '2017-06-16'),
  range('2017-10-23', '2017-10-27'),
];

/** Security Council votes: the day, and what was put to the vote. */
export const COUNCIL_VOTES: readonly { day: number; subject: string; outcome: string }[] = [
  { day: dayNumber('2014-07-21'), subject: 'cross-border humanitarian access', outcome: 'adopted unanimously' },
  { day: dayNumber('2015-08-24'), subject: 'an inquiry into the use of toxic chemicals', outcome: 'adopted unanimously' },
  { day: dayNumber('2016-08-29'), subject: 'a ceasefire in the northern governorates', outcome: 'not adopted: vetoed by a permanent member' },
  { day: dayNumber('2017-08-14'), subject: 'sanctions over attacks on health care', outcome: 'not adopted: vetoed by a permanent member' },
];

/** The synthetic siege, of Darayya (community C2498): encircled, then surrendered. */
export const SIEGE = { pcode: 'C2498', ...range('2015-01-12', '2016-03-28') };

/**
 * The campaign that moves from town to town: four towns of Idleb governorate (SY07), each in its own
 * district, attacked one after another. No other synthetic incident is placed in Idleb, so the governorate
 * filter selects the campaign alone.
 */
export const CAMPAIGN_TOWNS: readonly ({ pcode: string } & DayRange)[] = [
  { pcode: 'C4199', ...range('2015-05-04', '2015-06-21') }, // Jisr-Ash-Shugur
  { pcode: 'C4278', ...range('2015-06-29', '2015-08-16') }, // Ariha
  { pcode: 'C3916', ...range('2015-08-24', '2015-10-11') }, // Saraqab
  { pcode: 'C3985', ...range('2015-10-19', '2015-12-06') }, // Ma'arrat An Nu'man
];
export const CAMPAIGN_GOVERNORATE = 'SY07';

/** The helicopter squadron formed in the second year: before this day it is in no chain of command. */
export const SECOND_SQUADRON_FORMED = '2015-03';

/**
 * How likely an attack is kept on a day, relative to the others: low in the four weeks before a round of
 * talks, high in the three weeks from its first day, easing over the three weeks after. This is the
 * pattern tempo should find around the rounds.
 */
export function talkTempo(day: number): number {
  for (const round of TALK_ROUNDS) {
    const since = day - round.first;
    if (since >= -28 && since < 0) return 0.1;
    if (since >= 0 && since < 21) return 1;
    if (since >= 21 && since < 42) return 0.6;
  }
  return 0.35;
}
