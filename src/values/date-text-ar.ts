/**
 * Arabic dates as reports write them ("١٥ تموز/يوليو ٢٠١٦", "منتصف تموز ٢٠١٦", "أواخر عام ٢٠١٦", "كانون الأول
 * الماضي", "خلال الشهر الماضي") restated in the English words parseDateText reads, so one reader decides what
 * every date means in both languages. Both the Levantine and the Egyptian month names are read, alone or paired
 * as UN documents write them ("تموز/يوليه").
 */
import { foldPhrase } from './count-text-ar.js';
import { westernDigits } from './count-text.js';

const ENGLISH_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Month names as folded (foldPhrase), each with its month number (1–12). Two-word names come first. */
export const ARABIC_MONTHS: readonly [string, number][] = [
  ['كانون الثاني', 1], ['كانون الاول', 12], ['تشرين الاول', 10], ['تشرين الثاني', 11],
  ['شباط', 2], ['اذار', 3], ['نيسان', 4], ['ايار', 5], ['حزيران', 6], ['تموز', 7], ['اب', 8], ['ايلول', 9],
  ['يناير', 1], ['فبراير', 2], ['مارس', 3], ['ابريل', 4], ['مايو', 5], ['يونيو', 6], ['يونيه', 6],
  ['يوليو', 7], ['يوليه', 7], ['اغسطس', 8], ['سبتمبر', 9], ['اكتوبر', 10], ['نوفمبر', 11], ['ديسمبر', 12],
];
export const ARABIC_MONTH_PATTERN = ARABIC_MONTHS.map(([name]) => name).join('|');

const RELATIVE: [RegExp, string][] = [
  [/^(?:خلال |في )?الاسبوع الماضي$/, 'last week'],
  [/^(?:خلال |في )?الشهر الماضي$/, 'in the last month'],
  [/^(?:خلال |في )?(?:العام|السنه) الماضي(?:ه)?$/, 'last year'],
  [/^(?:خلال |في )?(?:اليوم|يوم) الماضي$/, 'last day'],
  [/^(?:خلال |في )?الاسبوعين الماضيين$/, 'over the past two weeks'],
  [/^(?:خلال |في )?الشهرين الماضيين$/, 'over the past two months'],
];

const PARTS: [RegExp, string][] = [
  [/^(?:منتصف|اواسط|وسط)$/, 'mid'],
  [/^(?:اوايل|مطلع|بدايه|بدايات)$/, 'early'],
  [/^(?:اواخر|نهايه|اخر)$/, 'late'],
];

/** An Arabic date restated in the English words parseDateText reads, or null when it is not one. */
export function arabicDatePhrase(text: string): string | null {
  let phrase = westernDigits(foldPhrase(text)).replace(/^في /, '');
  const relative = RELATIVE.find(([pattern]) => pattern.test(phrase));
  if (relative) return relative[1];
  const between = /^(?:بين|ما بين) (.+?) و ?(.+)$/.exec(phrase) ?? /^من (.+?) (?:الي|حتي) (.+)$/.exec(phrase);
  if (between) {
    const [first, second] = [arabicDatePhrase(between[1]!), arabicDatePhrase(between[2]!)];
    return first && second ? `between ${first} and ${second}` : null;
  }
  // "تموز/يوليه": the first name of a pair is enough.
  phrase = phrase.replace(new RegExp(`(${ARABIC_MONTH_PATTERN}) ?/ ?(?:${ARABIC_MONTH_PATTERN})`, 'g'), '$1');
  const words = phrase
    .replace(new RegExp(`(^| )(${ARABIC_MONTH_PATTERN})(?= |$)`, 'g'), (_all, space: string, name: string) => `${space}${ENGLISH_MONTHS[ARABIC_MONTHS.find(([month]) => month === name)![1] - 1]}`)
    .replace(/(^| )(?:عام|سنه|العام) (?=\d{4})/g, '$1')
    .replace(/ من (?=[A-Z])/g, ' ')
    .split(' ');
  const part = PARTS.find(([pattern]) => pattern.test(words[0] ?? ''));
  if (part) words[0] = part[1];
  // "كانون الأول الماضي": the latest December before the report.
  if (words.length === 2 && words[1] === 'الماضي' && ENGLISH_MONTHS.includes(words[0]!)) return `last ${words[0]}`;
  const restated = words.join(' ');
  return /[\u0621-\u064A]/.test(restated) ? null : restated;
}
