/**
 * French dates as analysts and reports write them ("le 15 juillet 2016", "1er août 2016", "mi-juillet 2016",
 * "début mars 2017", "fin 2016", "vers juillet 2016", "printemps 2016", "décembre dernier", "le mois dernier")
 * restated in the English words parseDateText reads, so one reader decides what every date means in each
 * language. Months are read with or without their accents ("février", "fevrier") and abbreviated ("déc.").
 */
import { foldFrench, readFrenchNumber } from './count-text-fr.js';

const ENGLISH_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** French month names and abbreviations, folded (foldFrench), each with its month number (1–12). */
const FRENCH_MONTHS: Record<string, number> = {
  janvier: 1, janv: 1, fevrier: 2, fevr: 2, fev: 2, mars: 3, avril: 4, avr: 4, mai: 5, juin: 6, juillet: 7, juil: 7,
  aout: 8, septembre: 9, sept: 9, octobre: 10, oct: 10, novembre: 11, nov: 11, decembre: 12, dec: 12,
};

/** Words that stand for an English word the reader knows. */
const WORDS: Record<string, string> = {
  debut: 'early', milieu: 'mid', mi: 'mid', fin: 'late',
  printemps: 'spring', ete: 'summer', automne: 'autumn', hiver: 'winter',
  ...Object.fromEntries(Object.entries(FRENCH_MONTHS).map(([name, month]) => [name, ENGLISH_MONTHS[month - 1]!])),
};

/**
 * Words that only join the others ("le 15 juillet", "au début de mars", "à la fin de l'année 2016", "lundi 15
 * juillet"): they say nothing the English reader needs.
 */
const JOINING = new Set(['le', 'la', 'les', 'l', 'de', 'd', 'du', 'des', 'en', 'au', 'aux', 'a', 'dans', 'courant', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']);

/** The English words a restated date may hold: anything else means the French was not understood. */
const ENGLISH = new Set([...ENGLISH_MONTHS, 'early', 'mid', 'late', 'spring', 'summer', 'autumn', 'winter', 'last']);

// "au cours du mois dernier", "pendant la semaine dernière", "ces deux dernières semaines".
const LEAD = "(?:(?:au cours|pendant|durant|lors|dans) (?:du |de la |de l'|des )?)?(?:le |la |l'|les |ces )?";
const UNITS: Record<string, string> = { jours: 'days', semaines: 'weeks', mois: 'months', annees: 'years', ans: 'years' };

/** "les deux dernières semaines": the English reader's "over the past 2 weeks", which needs a count. */
function pastSpan(count: string, unit: string): string | null {
  const n = /^\d+$/.test(count) ? Number(count) : readFrenchNumber(count);
  return n === null ? null : `over the past ${n} ${UNITS[unit]}`;
}

/** Relative phrases (folded), with the English words the reader reads against an anchor. */
const RELATIVE: [RegExp, (m: RegExpExecArray) => string | null][] = [
  [new RegExp(`^${LEAD}(?:mois (?:dernier|passe)|dernier mois)$`), () => 'last month'],
  [new RegExp(`^${LEAD}(?:semaine (?:derniere|passee)|derniere semaine)$`), () => 'last week'],
  [new RegExp(`^${LEAD}(?:annee (?:derniere|passee)|an (?:dernier|passe)|derniere annee)$`), () => 'last year'],
  [new RegExp(`^${LEAD}(\\S+) (?:derniers|dernieres) (jours|semaines|mois|annees|ans)$`), (m) => pastSpan(m[1]!, m[2]!)],
  [new RegExp(`^${LEAD}(\\S+) (jours|semaines|mois|annees|ans) (?:derniers|dernieres|passes|passees)$`), (m) => pastSpan(m[1]!, m[2]!)],
];

/** "vers juillet 2016", "aux alentours du 15 juillet": the English reader's "about". */
const ABOUT = /^(?:vers|environ|autour d[eu]|aux alentours d[eu]|a peu pres|approximativement) /;

/** One date (not a pair) restated word by word, or null when a word is not understood. */
function restate(phrase: string): string | null {
  const about = ABOUT.exec(phrase);
  const words = (about ? phrase.slice(about[0].length) : phrase)
    // "1er août": the first of the month.
    .replace(/\b1er\b/g, '1')
    // "l'été", "d'août": the elided article or preposition is a word of its own.
    .replace(/\b([ld])'/g, '$1 ')
    // "mi-juillet", "mi juillet", "mi-2016" read as the English "mid-July", "mid 2016".
    .replace(/(^| )mi ?- ?/g, '$1mi ')
    .split(' ')
    .filter((word, index, all) => !JOINING.has(word) && !isNamingWord(word, all[index + 1]))
    .map((word) => WORDS[word.replace(/\.$/, '')] ?? word);
  // "décembre dernier": the latest December before the anchor.
  if (words.length === 2 && ENGLISH_MONTHS.includes(words[0]!) && /^(?:dernier|passe)$/.test(words[1]!)) words.splice(0, 2, 'last', words[0]!);
  if (words.length === 0 || !words.every((word) => ENGLISH.has(word) || /^\d{1,4}$/.test(word))) return null;
  return (about ? 'about ' : '') + words.join(' ');
}

/** "mois" in "du mois de juillet" and "année" in "l'année 2016" only name what follows. */
function isNamingWord(word: string, next: string | undefined): boolean {
  if (word === 'mois') return next !== undefined && (next in FRENCH_MONTHS || next === 'de' || next === 'd');
  return (word === 'annee' || word === 'an') && next !== undefined && /^\d{4}$/.test(next);
}

/** A French date restated in the English words parseDateText reads, or null when it is not one. */
export function frenchDatePhrase(text: string): string | null {
  const phrase = foldFrench(text);
  for (const [pattern, english] of RELATIVE) {
    const match = pattern.exec(phrase);
    if (match) return english(match);
  }
  // "entre le 15 juillet et le 22 décembre 2016", "du 15 juillet au 22 décembre 2016", "de mars à mai 2016".
  const pair = /^entre (.+?) et (.+)$/.exec(phrase) ?? /^du (.+?) au (.+)$/.exec(phrase) ?? /^(?:de |d')(.+?) a (.+)$/.exec(phrase);
  if (pair) {
    const [first, second] = [restate(pair[1]!), restate(pair[2]!)];
    if (first === null || second === null) return null;
    return phrase.startsWith('entre') ? `between ${first} and ${second}` : `from ${first} to ${second}`;
  }
  return restate(phrase);
}
