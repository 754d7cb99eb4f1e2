/**
 * Figures found in running text, English and Arabic: "at least 14", "between 14 and 20", "dozens",
 * "hundreds if not thousands", "forty-two", "ما لا يقل عن ١٤", "خمسة وعشرون", "عشرات". Each is found here and
 * read by the project's one count reader (parseCountText), so a figure in a report means what the same words
 * typed into a form mean. Numbers that are not counts are left alone: years, percentages, distances, page and
 * resolution numbers, parts of dates written with slashes or dots.
 */
import type { Count } from '../values/count.js';
import { parseCountText, westernDigits } from '../values/count-text.js';
import { ARABIC_DUALS } from '../values/count-text-ar.js';
import { foldForMatching } from './folded-text.js';
import { longestFirst, matches } from './spans.js';

export interface CountMention {
  text: string;
  start: number;
  end: number;
  count: Count;
}

const DIGIT = '[0-9\u0660-\u0669\u06F0-\u06F9]';
const DIGITS = `${DIGIT}{1,3}(?:[,\u066C]${DIGIT}{3})+(?!${DIGIT})|${DIGIT}+`;

const EN_WORD =
  '(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million)';
const EN_NUMBER = `(?:${DIGITS}|${EN_WORD}(?:(?: and |[ -])${EN_WORD})*)`;
const EN_QUALIFIER =
  '(?:at least|a minimum of|no fewer than|not less than|more than|over|upwards of|in excess of|at most|up to|no more than|not more than|fewer than|less than|under|nearly|almost|about|around|approximately|roughly|some|an estimated)';
const EN_VAGUE = '(?:dozens|hundreds|thousands|scores)(?:,? (?:if not|or even|perhaps) (?:hundreds|thousands))?';
const EN_FIGURE = new RegExp(
  `(?<![\\p{L}\\p{N}.,/-])(?:between ${EN_NUMBER} and ${EN_NUMBER}|(?:${EN_QUALIFIER} )?${EN_NUMBER}(?: ?(?:-|–|—|to) ?${EN_NUMBER})?\\+?|${EN_VAGUE})(?![\\p{L}\\p{N}]|[.,/-]${DIGIT})`,
  'gu',
);

// Arabic, as folded (foldForMatching): alef forms one, final yeh and teh marbuta written ي and ه.
const AR_WORD =
  '(?:واحد|واحده|احد|احدي|اثنان|اثنين|اثنتان|اثنتين|اثنا|اثني|اثنتا|ثلاث|ثلاثه|اربع|اربعه|خمس|خمسه|ست|سته|سبع|سبعه|ثمان|ثماني|ثمانيه|تسع|تسعه|عشر|عشره|عشرون|عشرين|ثلاثون|ثلاثين|اربعون|اربعين|خمسون|خمسين|ستون|ستين|سبعون|سبعين|ثمانون|ثمانين|تسعون|تسعين|(?:ثلاث|اربع|خمس|ست|سبع|ثمان|تسع)?(?:ميه|مايه)|ميتان|ميتين|مايتان|مايتين|الف|الاف|الفا|الفان|الفين|مليون|ملايين)';
// A noun in the dual counts two: "شخصين" (two persons).
const AR_NUMBER = `(?:${DIGITS}|${AR_WORD}(?: و?${AR_WORD})*|${ARABIC_DUALS.join('|')})`;
const AR_BEFORE = '(?:ما لا يقل عن|لا يقل عن|علي الاقل|اكثر من|ما يزيد عن|ما يزيد علي|ما لا يزيد عن|اقل من|حوالي|نحو|قرابه|زهاء|ما يقارب|ما يناهز)';
const AR_AFTER = '(?: علي الاقل| علي الاكثر| تقريبا)';
const AR_VAGUE = '(?:عشرات|ميات(?: (?:ان لم يكن|بل) الاف)?|الاف)';
const AR_FIGURE = new RegExp(
  `(?<![\\p{L}\\p{N}.,/-])(?:[وبل](?=\\p{L}))?(?<mention>بين ${AR_NUMBER} و ?${AR_NUMBER}|من ${AR_NUMBER} (?:الي|حتي) ${AR_NUMBER}|(?:${AR_BEFORE} )?${AR_NUMBER}${AR_AFTER}?|${AR_VAGUE})(?![\\p{L}\\p{N}]|[.,/-]${DIGIT})`,
  'gdu',
);

/** Numbers that name something other than a count when these words come just before them. */
const NOT_COUNT_BEFORE = /(?:resolution|article|paragraph|para\.|no\.|number|§|page|pages|annex|chapter|section|rule|volume|vol\.|قرار|القرار|الماده|الفقره|صفحه|رقم|عام|العام|سنه)\s*$/u;
/** …or just after them. */
const NOT_COUNT_AFTER = /^\s*(?:%|per ?cent|percent|km|kilomet|metre|meter|miles?\b|m\b|-page|pages?\b|hours?\b|minutes?\b|[ap]\.?m\.?\b|o'clock|:\d|في الم(?:ي|اي)ه|بالم(?:ي|اي)ه|كم\b|كيلومتر|متر|ساعه|دقيقه)/u;
/** A number alone that is one of these is a year or a word too common to be a figure ("one of the", "في يوم واحد"). */
const LONE_NOT_COUNT = /^(?:1[89]\d\d|20\d\d|one|واحد|واحده|احد|احدي)$/u;

export function findCountMentions(text: string): CountMention[] {
  const folded = foldForMatching(text);
  const found = [...matches(folded, EN_FIGURE), ...matches(folded, AR_FIGURE)];
  const mentions: CountMention[] = [];
  for (const { start, end, foldedStart, foldedEnd } of longestFirst(found)) {
    const words = text.slice(start, end);
    if (LONE_NOT_COUNT.test(westernDigits(folded.text.slice(foldedStart, foldedEnd)))) continue;
    if (NOT_COUNT_BEFORE.test(folded.text.slice(Math.max(0, foldedStart - 20), foldedStart))) continue;
    if (NOT_COUNT_AFTER.test(folded.text.slice(foldedEnd, foldedEnd + 20))) continue;
    try {
      mentions.push({ text: words, start, end, count: parseCountText('count', words) });
    } catch {
      // Words shaped like a figure that the count reader does not accept ("twenty seventy") are not one.
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}
