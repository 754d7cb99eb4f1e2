import { foldText } from '../common/text-fold.js';

/**
 * Arabic figures as reports write them ("ما لا يقل عن 14", "عشرات", "خمسة وعشرون", "ميات إن لم يكن آلاف")
 * restated in the English words parseCountText reads, so one reader decides what every figure means in both
 * languages. Numbers written out in words become digits; qualifiers become their English equivalents.
 */

/**
 * A phrase folded as search and the gazetteer fold it (text-fold.ts: short vowels, hamza and letter shapes,
 * Arabic-Indic digits), with its spaces made single: the word lists below are written in that form.
 */
export const foldPhrase = (text: string): string => foldText(text).replace(/\s+/g, ' ').trim();

export const hasArabicLetters = (text: string): boolean => /[\u0621-\u064A]/.test(text);

const UNITS: Record<string, number> = {
  واحد: 1, واحده: 1, احد: 1, احدي: 1, اثنان: 2, اثنين: 2, اثنتان: 2, اثنتين: 2, اثنا: 2, اثني: 2, اثنتا: 2,
  ثلاث: 3, ثلاثه: 3, اربع: 4, اربعه: 4, خمس: 5, خمسه: 5, ست: 6, سته: 6, سبع: 7, سبعه: 7,
  ثمان: 8, ثماني: 8, ثمانيه: 8, تسع: 9, تسعه: 9,
};
const TENS: Record<string, number> = {
  عشرون: 20, عشرين: 20, ثلاثون: 30, ثلاثين: 30, اربعون: 40, اربعين: 40, خمسون: 50, خمسين: 50,
  ستون: 60, ستين: 60, سبعون: 70, سبعين: 70, ثمانون: 80, ثمانين: 80, تسعون: 90, تسعين: 90,
};
const TEN = new Set(['عشر', 'عشره']);
const HUNDREDS: Record<string, number> = { ميه: 100, مايه: 100, ميتان: 200, ميتين: 200, مايتان: 200, مايتين: 200 };
const SCALES: Record<string, number> = { الف: 1000, الاف: 1000, الفا: 1000, الفان: 2000, الفين: 2000, مليون: 1_000_000, ملايين: 1_000_000 };

/**
 * Nouns in the dual, which count two by their ending ("شخصين", two persons): only those whose plural is
 * written otherwise, so the form is never a plural.
 */
export const ARABIC_DUALS = ['شخصين', 'شخصان', 'طفلين', 'طفلان', 'رجلين', 'رجلان', 'امراتين', 'امراتان', 'قتيلين', 'قتيلان', 'جريحين', 'جريحان', 'شقيقين'];

/** A number written in Arabic words ("خمسة وعشرون", "ثلاثمئة", "ثلاثة آلاف"), or null. Digits are left to readNumber. */
export function readArabicNumber(phrase: string): number | null {
  const words = foldPhrase(phrase).split(' ').filter((w) => w !== '' && w !== 'و');
  if (words.length === 0) return null;
  if (words.length === 1 && ARABIC_DUALS.includes(words[0]!)) return 2;
  let total = 0;
  let current = 0;
  let lastUnit: number | null = null;
  for (const [index, raw] of words.entries()) {
    // "و" (and) joins the parts of a number: "خمسة وعشرون", "مئة وعشرة".
    const word = index > 0 && raw.startsWith('و') && !(raw in UNITS) && !(raw in TENS) ? raw.slice(1) : raw;
    const hundreds = /^(ثلاث|اربع|خمس|ست|سبع|ثمان|تسع)(ميه|مايه)$/.exec(word);
    if (word in UNITS) {
      current += UNITS[word]!;
      lastUnit = UNITS[word]!;
    } else if (TEN.has(word)) {
      // "عشرة" alone is ten; after a unit it makes the teens ("ثلاثة عشر" is thirteen).
      current += 10;
      lastUnit = null;
    } else if (word in TENS) {
      current += TENS[word]!;
      lastUnit = null;
    } else if (word in HUNDREDS || hundreds) {
      // "ثلاث مئة" multiplies the unit before it; "مئة" alone is a hundred.
      const value = hundreds ? UNITS[hundreds[1]!]! * 100 : HUNDREDS[word]!;
      if (lastUnit !== null && value === 100) current += lastUnit * 99;
      else current += value;
      lastUnit = null;
    } else if (word in SCALES) {
      total += (current === 0 ? 1 : current) * SCALES[word]!;
      current = 0;
      lastUnit = null;
    } else {
      return null;
    }
  }
  return total + current;
}

const NUMBER = '([\\d\u0660-\u0669\u06F0-\u06F9][\\d\u0660-\u0669\u06F0-\u06F9,\u066C]*|[\\u0621-\\u064A]+(?: [\\u0621-\\u064A]+){0,4})';

/** Arabic qualifier phrases (folded), in the order tried, with the English words parseCountText reads. */
const QUALIFIED: [RegExp, (n: string, m: string) => string][] = [
  [new RegExp(`^(?:ما )?لا يقل عن ${NUMBER}$`), (n) => `at least ${n}`],
  [new RegExp(`^${NUMBER} علي الاقل$`), (n) => `at least ${n}`],
  [new RegExp(`^علي الاقل ${NUMBER}$`), (n) => `at least ${n}`],
  [new RegExp(`^(?:اكثر من|ما يزيد عن|ما يزيد علي|يزيد عن|ازيد من) ${NUMBER}$`), (n) => `more than ${n}`],
  [new RegExp(`^(?:ما )?لا يزيد عن ${NUMBER}$`), (n) => `at most ${n}`],
  [new RegExp(`^${NUMBER} علي الاكثر$`), (n) => `at most ${n}`],
  [new RegExp(`^(?:اقل من) ${NUMBER}$`), (n) => `fewer than ${n}`],
  [new RegExp(`^(?:حوالي|نحو|قرابه|زهاء|ما يقارب|ما يناهز|يقارب) ${NUMBER}$`), (n) => `about ${n}`],
  [new RegExp(`^${NUMBER} تقريبا$`), (n) => `about ${n}`],
  [new RegExp(`^بين ${NUMBER} و ?${NUMBER}$`), (n, m) => `between ${n} and ${m}`],
  [new RegExp(`^من ${NUMBER} (?:الي|حتي) ${NUMBER}$`), (n, m) => `between ${n} and ${m}`],
];

const VAGUE: [RegExp, string][] = [
  [/^ميات (?:ان لم يكن|بل) الاف$/, 'hundreds if not thousands'],
  [/^(?:ال)?عشرات$/, 'dozens'],
  [/^(?:ال)?ميات$/, 'hundreds'],
  [/^(?:ال)?الاف$/, 'thousands'],
  [/^(?:عده|عدد من)$/, 'several'],
  [/^بضعه$|^بضع$|^قليل$/, 'a few'],
  [/^(?:العديد|الكثير|كثيرون)$/, 'many'],
  [/^(?:غير معروف|غير معلوم|مجهول)$/, 'unknown'],
];

/** An Arabic figure restated in the English words parseCountText reads, or null when it is not one. */
export function arabicCountPhrase(text: string): string | null {
  const phrase = foldPhrase(text).replace(/^و(?=\S)/, '');
  const vague = VAGUE.find(([pattern]) => pattern.test(phrase));
  if (vague) return vague[1];
  const number = (words: string): string | null => {
    if (/^[\d\u0660-\u0669\u06F0-\u06F9,\u066C]+$/.test(words)) return words;
    const read = readArabicNumber(words);
    return read === null ? null : String(read);
  };
  for (const [pattern, english] of QUALIFIED) {
    const match = pattern.exec(phrase);
    if (!match) continue;
    const [n, m] = [number(match[1]!), match[2] === undefined ? '' : number(match[2])];
    if (n !== null && m !== null) return english(n, m);
  }
  return number(phrase);
}
