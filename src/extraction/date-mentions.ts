/**
 * Dates and periods found in running text, English and Arabic: "15 July 2016", "mid-July 2016", "late
 * 2016", "between 15 July and 22 December 2016", "last December", "in the last month", "١٥ تموز/يوليه ٢٠١٦",
 * "أواخر عام ٢٠١٦", "كانون الأول الماضي". Each is found here and read by the project's one date reader
 * (parseDateText), relative phrases against the document's date (the anchor). A relative phrase with no anchor
 * is still reported, saying it needs one, never guessed.
 */
import { isDossierError } from '../common/errors.js';
import { parseDateText } from '../values/date-text.js';
import { ARABIC_MONTH_PATTERN } from '../values/date-text-ar.js';
import { foldForMatching } from './folded-text.js';
import { longestFirst, matches } from './spans.js';

export interface DateMention {
  text: string;
  start: number;
  end: number;
  /** EDTF and its bounds (ISO instants); absent when the phrase is relative and no anchor was given. */
  edtf?: string;
  earliest?: string;
  latest?: string;
  /** Set when the phrase is relative to a date the text does not give ("last week" with no anchor). */
  needsAnchor?: true;
}

const MONTH = '(?:january|february|march|april|may|june|july|august|september|october|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?)';
const DAY = '\\d{1,2}(?:st|nd|rd|th)?';
const YEAR = '(?:19|20)\\d{2}';
const PART = '(?:early|mid|middle of|late|end of|beginning of|start of)';
// A day and month, with or without the year (without, the anchor gives it).
const EN_DAY = `(?:${DAY} ${MONTH}|${MONTH} ${DAY})(?:,? ${YEAR})?`;
const EN_MONTH = `(?:${PART} ?-?${MONTH}(?:,? ${YEAR})?|${MONTH} (?:and|to|through|-|–) ${MONTH},? ${YEAR}|${MONTH},? ${YEAR}|last ${MONTH})`;
const EN_CORE = `(?:${EN_DAY}|${EN_MONTH}|${PART} ?-?${YEAR}|(?:spring|summer|autumn|fall|winter) (?:of )?${YEAR}|\\d{4}-\\d{2}-\\d{2}(?:/\\d{4}-\\d{2}-\\d{2})?)`;
const EN_RELATIVE = '(?:in |over |during )?(?:the )?(?:last|past|previous) (?:(?:\\d+|two|three|four|six) )?(?:day|week|month|year)s?';
const EN_DATE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:between|from) (?:${EN_CORE}|${DAY}|${DAY} ${MONTH}|${MONTH} ${DAY}) (?:and|to|until) ${EN_CORE}|${EN_CORE}|${EN_RELATIVE}|(?:in|since|until|by|after|before|during) (?<mention>${MONTH}|${YEAR})(?!,? \\d| (?:and|to|through|until|-|–) ))(?![\\p{L}\\p{N}])`,
  'gdu',
);

// Arabic, folded as text-fold.ts folds it (digits made ASCII). A month alone is taken only with a day, a year or
// "الماضي" after it: "اب" (August) is also the word for father.
const AR_MONTH = `(?:${ARABIC_MONTH_PATTERN})(?: ?/ ?(?:${ARABIC_MONTH_PATTERN}))?`;
const AR_YEAR = `(?:(?:عام|سنه) )?${YEAR}`;
const AR_PART = '(?:منتصف|اواسط|اوايل|مطلع|بدايه|اواخر|نهايه)';
const AR_CORE = `(?:\\d{1,2} (?:من )?${AR_MONTH}(?: ${AR_YEAR})?|${AR_MONTH} ${AR_YEAR}|${AR_PART} (?:${AR_MONTH}(?: ${AR_YEAR})?|${AR_YEAR})|${AR_MONTH} الماضي|(?:عام|سنه) ${YEAR})`;
const AR_RELATIVE = '(?:خلال |في )?(?:الاسبوع|الشهر|العام|السنه) الماضي(?:ه)?|(?:خلال |في )?(?:الاسبوعين|الشهرين) الماضيين';
const AR_DATE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:[وب](?=\\p{L}))?(?<mention>(?:بين|من) (?:${AR_CORE}|\\d{1,2}(?: ${AR_MONTH})?) (?:و ?|الي |حتي )${AR_CORE}|${AR_CORE}|${AR_RELATIVE})(?![\\p{L}\\p{N}])`,
  'gdu',
);

/** The dates in `text`; relative phrases are read against `anchor` (YYYY-MM-DD), the document's date. */
export function findDateMentions(text: string, anchor?: string): DateMention[] {
  const folded = foldForMatching(text);
  const mentions: DateMention[] = [];
  for (const { start, end } of longestFirst([...matches(folded, EN_DATE), ...matches(folded, AR_DATE)])) {
    const words = text.slice(start, end);
    try {
      const date = parseDateText('date', words, anchor);
      mentions.push({ text: words, start, end, edtf: date.edtf, earliest: date.earliest, latest: date.latest });
    } catch (error) {
      if (isDossierError(error) && error.details?.field === 'date.relative.anchor') mentions.push({ text: words, start, end, needsAnchor: true });
      // Otherwise words shaped like a date that the date reader does not accept ("31 February 2016") are not one.
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}
