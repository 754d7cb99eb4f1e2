/**
 * Name folding for place search. Two levels:
 *
 * - `foldName` removes what never distinguishes two places: case, accents, apostrophes and ayn/hamza marks,
 *   punctuation, Arabic short vowels and letter-shape variants. Two names with the same fold are the same name.
 * - `spellingKey` goes further so that the usual transliteration variants of one Arabic name meet (Erbin and
 *   Arbin, Dayr az Zawr and Deir ez-Zor). Different names can share a key, so a key match only ever ranks
 *   below an exact or alias match.
 */
import { foldText } from '../common/text-fold.js';

export function foldName(text: string): string {
  return foldText(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Leading articles of romanised Arabic, with the sun-letter forms (ad-, ar-, as-, ash-, …). */
const LATIN_ARTICLES = new Set(['al', 'el', 'il', 'ul', 'ad', 'adh', 'an', 'ar', 'as', 'ash', 'at', 'ath', 'az', 'ed', 'en', 'er', 'es', 'esh', 'et', 'ez']);

const ARABIC_LETTER = /[\u0600-\u06FF]/;

function isArabicArticle(word: string): boolean {
  // "ال" plus at least two letters: short words such as "الم" are too likely to be a stem.
  return word.startsWith('ال') && word.length >= 4;
}

/** The folded name without a leading article ("Ar-Raqqa" → "raqqa", "الرقة" → "رقه"), or undefined if it has none. */
export function withoutArticle(folded: string): string | undefined {
  const words = folded.split(' ');
  const [first, ...rest] = words;
  if (first === undefined) return undefined;
  if (isArabicArticle(first)) return [first.slice(2), ...rest].join(' ');
  if (rest.length > 0 && LATIN_ARTICLES.has(first)) return rest.join(' ');
  return undefined;
}

/** The keys under which a name is indexed and looked up as itself: its fold, and its fold without article. */
export function nameKeys(text: string): string[] {
  return nameKeysOfFolded(foldName(text));
}

/** `nameKeys` of a name already passed through `foldName`. */
export function nameKeysOfFolded(folded: string): string[] {
  if (folded === '') return [];
  const bare = withoutArticle(folded);
  return bare === undefined || bare === '' ? [folded] : [folded, bare];
}

// ---- spelling keys ---------------------------------------------------------------------------------------

/**
 * Consonant spellings that differ between English, French and scholarly romanisation, mapped to one letter.
 * Upper case marks a digraph so that "kh" never meets "k" + "h". One pass: at each position the longest
 * listed spelling wins ("sch" before "sh", "tch" before "ch", "ck" before "c").
 */
const CONSONANT_SPELLINGS = /sch|sh|tch|ch|kh|gh|th|dh|dj|ph|ck|q|c/g;
const CONSONANT_LETTER: Record<string, string> = {
  // ش in English, German and French romanisation: Sheikh = Scheich = Cheikh; tch is French for ch (چ).
  sch: 'S',
  sh: 'S',
  tch: 'S',
  ch: 'S',
  kh: 'X',
  gh: 'g',
  th: 't',
  dh: 'd',
  dj: 'j',
  ph: 'f',
  ck: 'k',
  q: 'k',
  c: 'k',
};

const VOWEL = /[aeiou]/;

/** Sun-letter article written onto the next word: "ezzor", "arraqqa", "essalam". */
const ATTACHED_SUN_ARTICLE = /^[ae]l?([tdrzsn])\1(?=.)/;

function latinWordKey(word: string, isFirst: boolean): string {
  let w = word;
  if (!isFirst) {
    // "Harasta Elqantara", "Orm Elkubra": OCHA writes the article onto the following word.
    if (/^(el|al)[^aeiou]/.test(w) && w.length >= 5) w = w.slice(2);
    else w = w.replace(ATTACHED_SUN_ARTICLE, '$1');
  }
  w = w.replace(CONSONANT_SPELLINGS, (spelling) => CONSONANT_LETTER[spelling] ?? spelling);
  w = w.replace(/(.)\1+/g, '$1'); // Raqqa/Raqa, Babella/Babila, Darayya/Daraya
  w = w.replace(/([aeiou])h$/, '$1'); // final h after a vowel is a ta marbuta: Hamah = Hama
  let key = '';
  for (let i = 0; i < w.length; i++) {
    const ch = w[i]!;
    const next = w[i + 1];
    // y and w are consonants before a vowel or at the start (Yalda, Darayya, Sweida) and vowels otherwise (Dayr, Zawr).
    const semivowelAsVowel = (ch === 'y' || ch === 'w') && i > 0 && (next === undefined || !VOWEL.test(next));
    if (VOWEL.test(ch) || semivowelAsVowel) continue;
    key += ch;
  }
  // Keep a marker where the word starts or ends with a vowel, so "Arbin" ≠ "Rbin" and "Duma" ≠ "Dum".
  const first = w[0] ?? '';
  const startsWithVowel = VOWEL.test(first);
  const endsWithVowel = /[aeiouyw]$/.test(w) && w.length > 1;
  return (startsWithVowel ? 'a' : '') + key + (endsWithVowel && key !== '' ? 'a' : '');
}

function arabicWordKey(word: string): string {
  const bare = isArabicArticle(word) ? word.slice(2) : word;
  return bare.replace(/ء/g, '');
}

/**
 * A loose key for matching transliteration variants: articles dropped, vowels (ou, ee, ei, ay…) dropped
 * except one marker "a" at the start and end of each word, doubled letters single, q/c/ck = k, kh/sh/gh/th
 * spelled one way, final h after a vowel dropped. "Deir ez-Zor" and "Dayr az Zawr" both give "drzr".
 * Arabic script only loses articles and hamza on the line. Returns '' when nothing distinctive is left.
 */
export function spellingKey(text: string): string {
  return spellingKeyOfFolded(foldName(text));
}

/** `spellingKey` of a name already passed through `foldName`, for indexes that fold once. */
export function spellingKeyOfFolded(folded: string): string {
  const words = folded.split(' ').filter((word) => word !== '');
  // Articles go wherever they stand ("Deir ez-Zor" = "Dayr Zawr"), unless the name is nothing but one.
  const contentWords = words.filter((word) => !LATIN_ARTICLES.has(word));
  const kept = contentWords.length > 0 ? contentWords : words;
  const key = kept.map((word, i) => (ARABIC_LETTER.test(word) ? arabicWordKey(word) : latinWordKey(word, i === 0))).join('');
  return key.length >= 2 ? key : '';
}

/** Levenshtein distance, to order spelling-variant and prefix matches by how close they are to what was typed. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length]!;
}
