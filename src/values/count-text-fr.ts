/**
 * French figures as analysts and reports write them ("au moins 14", "entre 14 et 20", "des dizaines", "plus de
 * 100", "environ 1 200", "quatre-vingt-dix-neuf", "inconnu") restated in the English words parseCountText reads,
 * so one reader decides what every figure means in each language. Numbers written out in words, and digits
 * grouped by thousands the French way, become plain digits; qualifiers become their English equivalents.
 */

/**
 * A phrase lowercased without accents ("août" → "aout", "près" → "pres"), its apostrophes made one ("l’été" →
 * "l'ete") and its spaces single; the no-break spaces French puts in "1 200" and before signs become spaces too.
 */
export function foldFrench(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘ʼ´`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** "1 200", "1 200" (U+202F), "1 200" (U+00A0), "1.200", "1.200.000" written 1200 and 1200000. */
export function joinThousands(text: string): string {
  return text.replace(/(?<![\d.,])\d{1,3}(?:[ .]\d{3})+(?![\d.,])/g, (digits) => digits.replace(/[ .]/g, ''));
}

const UNITS: Record<string, number> = { un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9 };
const TEENS: Record<string, number> = { onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16 };
// Belgian and Swiss French say septante, huitante (octante) and nonante where France says soixante-dix…
const TENS: Record<string, number> = {
  vingt: 20, vingts: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60, septante: 70, huitante: 80, octante: 80, nonante: 90,
};
const SCALES: Record<string, number> = { mille: 1000, million: 1_000_000, millions: 1_000_000 };

/**
 * A number written in French words ("vingt-trois", "soixante et onze", "quatre-vingt-dix-neuf", "deux cents",
 * "mille deux cent trente", "3 millions"), or null. Only the ways French composes are read: "dix-deux" or
 * "trois deux" are not numbers. Plain digits are left to the English reader.
 */
export function readFrenchNumber(phrase: string): number | null {
  const words = foldFrench(phrase).split(/[ -]+/).filter((w) => w !== '');
  if (words.length === 0) return null;
  if (words.length === 1 && words[0] === 'zero') return 0;
  let total = 0;
  let hundreds = 0;
  // What is below a hundred in the group being read; the word before it says what may follow.
  let below = 0;
  let previous = '';
  let lastScale = Number.POSITIVE_INFINITY;
  for (const [index, word] of words.entries()) {
    const afterTens = previous in TENS;
    if (/^\d+$/.test(word)) {
      // Digits only before a scale: "3 millions", "250 mille".
      if (index !== 0 || !((words[1] ?? '') in SCALES)) return null;
      below = Number.parseInt(word, 10);
    } else if (word === 'et') {
      // "vingt et un", "soixante et onze": "et" only joins tens to un or onze.
      if (!afterTens || !['un', 'une', 'onze'].includes(words[index + 1] ?? '')) return null;
      continue;
    } else if (word in UNITS) {
      const unit = UNITS[word]!;
      // "vingt-trois" after tens; after "dix" only the units that make 17, 18, 19 ("soixante-dix-sept").
      const composes = below === 0 || (afterTens && below % 10 === 0) || (previous === 'dix' && unit >= 7);
      if (!composes) return null;
      below += unit;
    } else if (word === 'dix' || word in TEENS) {
      // Ten and the teens stand alone or follow soixante and quatre-vingt: "soixante-dix", "quatre-vingt-onze".
      if (below !== 0 && !(afterTens && (below === 60 || below === 80))) return null;
      below += word === 'dix' ? 10 : TEENS[word]!;
    } else if (word in TENS) {
      // "quatre-vingts" is four twenties.
      if (previous === 'quatre' && below === 4 && TENS[word] === 20) below = 80;
      else if (below === 0) below = TENS[word]!;
      else return null;
    } else if (word === 'cent' || word === 'cents') {
      // "cent" alone is a hundred; "deux cents" multiplies the unit before it.
      if (hundreds !== 0 || below === 1 || below > 9) return null;
      hundreds = (below === 0 ? 1 : below) * 100;
      below = 0;
    } else if (word in SCALES) {
      // "mille" after "million", never the other way round; "mille" alone is a thousand.
      const scale = SCALES[word]!;
      if (scale >= lastScale) return null;
      total += (hundreds + below === 0 ? 1 : hundreds + below) * scale;
      [hundreds, below, lastScale] = [0, 0, scale];
    } else {
      return null;
    }
    previous = word;
  }
  return total + hundreds + below;
}

/** Nouns of approximate quantity: "une centaine" is about a hundred, not exactly. */
const ABOUT_NOUNS: Record<string, number> = {
  dizaine: 10, douzaine: 12, quinzaine: 15, vingtaine: 20, trentaine: 30, quarantaine: 40, cinquantaine: 50, soixantaine: 60, centaine: 100, millier: 1000,
};

function aboutNoun(words: string): number | null {
  const match = /^(?:une|un) (\S+)$/.exec(words);
  return match ? (ABOUT_NOUNS[match[1]!] ?? null) : null;
}

/** Digits, French words, or (after a qualifier, which gives the direction) "une centaine". */
function figure(words: string): string | null {
  if (/^\d+$/.test(words)) return words;
  const read = readFrenchNumber(words) ?? aboutNoun(words);
  return read === null ? null : String(read);
}

/** Vague French phrases (folded), with the English words parseCountText reads. */
const VAGUE: [RegExp, string][] = [
  // The smaller word is all the phrase supports.
  [/^des centaines,? (?:voire|sinon|si ce n'est|ou meme|peut-etre) (?:des )?milliers$/, 'hundreds if not thousands'],
  [/^des dizaines,? (?:voire|sinon|si ce n'est|ou meme|peut-etre) (?:des )?centaines$/, 'dozens if not hundreds'],
  [/^(?:des |plusieurs |quelques )?dizaines$/, 'dozens'],
  [/^(?:des |plusieurs |quelques )?centaines$/, 'hundreds'],
  [/^(?:des |plusieurs |quelques )?milliers$/, 'thousands'],
  [/^quelques(?:[- ]une?s)?$/, 'a few'],
  [/^plusieurs$/, 'several'],
  [/^(?:de (?:tres )?)?nombreu(?:x|ses)$/, 'many'],
  [/^(?:aucun|aucune)$/, 'none'],
  [/^(?:(?:nombre |chiffre )?(?:inconnue?s?|non connue?s?|pas connue?s?|indeterminee?s?))$/, 'unknown'],
];

const before = (words: string): string => `^(?:${words})(.+)$`;
const after = (words: string): string => `^(.+?) (?:${words})$`;

/** French qualifiers (folded), in the order tried, with the English words parseCountText reads. */
const QUALIFIED: [RegExp, (n: string) => string][] = [
  [new RegExp(before("au moins |au minimum |un minimum de |pas moins de |pas moins d'|minimum ")), (n) => `at least ${n}`],
  [new RegExp(after('au moins|au minimum|minimum|ou plus|et plus')), (n) => `at least ${n}`],
  [new RegExp(before("plus de |plus d'|au-dela de |au dela de ")), (n) => `more than ${n}`],
  [new RegExp(before("au plus |au maximum |un maximum de |pas plus de |pas plus d'|jusqu'a |maximum ")), (n) => `at most ${n}`],
  [new RegExp(after('au plus|au maximum|maximum')), (n) => `at most ${n}`],
  [new RegExp(before("moins de |moins d'")), (n) => `fewer than ${n}`],
  [new RegExp(before("pres de |pres d'|presque |pas loin de |pas loin d'|quasiment ")), (n) => `nearly ${n}`],
  [new RegExp(before("environ |env\\. ?|autour de |autour d'|aux alentours de |aux alentours d'|approximativement |a peu pres |quelque ")), (n) => `about ${n}`],
  [new RegExp(after('environ|a peu pres')), (n) => `about ${n}`],
  [/^(.+?) ?\+$/, (n) => `${n}+`],
];

/** "entre 14 et 20", "de dix à vingt", "14 à 20": the pair split where both sides are figures. */
const RANGES: [RegExp, string][] = [
  [/^entre (.+)$/, ' et '],
  [/^de (.+)$/, ' a '],
  [/^(.+)$/, ' a '],
];

function range(phrase: string): string | null {
  for (const [pattern, separator] of RANGES) {
    const body = pattern.exec(phrase)?.[1];
    if (body === undefined) continue;
    // "entre vingt et un et trente": try each "et" until both sides read.
    for (let at = body.indexOf(separator); at !== -1; at = body.indexOf(separator, at + 1)) {
      const [min, max] = [figure(body.slice(0, at)), figure(body.slice(at + separator.length))];
      if (min !== null && max !== null) return `between ${min} and ${max}`;
    }
  }
  return null;
}

/** A French figure restated in the English words parseCountText reads, or null when it is not one. */
export function frenchCountPhrase(text: string): string | null {
  const phrase = joinThousands(foldFrench(text));
  const vague = VAGUE.find(([pattern]) => pattern.test(phrase));
  if (vague) return vague[1];
  for (const [pattern, english] of QUALIFIED) {
    const words = pattern.exec(phrase)?.[1];
    const n = words === undefined ? null : figure(words);
    if (n !== null) return english(n);
  }
  const pair = range(phrase);
  if (pair !== null) return pair;
  const about = aboutNoun(phrase);
  if (about !== null) return `about ${about}`;
  return figure(phrase);
}
