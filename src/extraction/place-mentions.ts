/**
 * Places named in running text, found through the gazetteer (OCHA P-codes, Dossier's aliases and named
 * areas): the longest run of words, up to four, that is exactly a place's name or alias. A name borne by
 * several places stays ambiguous, every candidate listed, for the analyst to choose. In English a name is
 * capitalised ("Erbin", "Deir ez-Zor", "al-Raqqa"); in Arabic, which has no capitals, a one-word name counts
 * only after a word that introduces a place ("في", "مدينة", "بلدة", …) or with "ب" joined to it ("بحلب").
 */
import type { Gazetteer, PlaceCandidate } from '../places/gazetteer.js';
import { ARABIC_MONTHS } from '../values/date-text-ar.js';
import { foldForMatching, originalSpan } from './folded-text.js';

export interface PlaceMention {
  text: string;
  start: number;
  end: number;
  /** Every place of that name, best first (the larger place first); more than one means ambiguous. */
  candidates: PlaceCandidate[];
  ambiguous: boolean;
}

/** Lower-case particles inside romanised names ("Deir ez-Zor", "Ras al-Ain", "Kafr Batna"'s "al-"). */
const PARTICLES = new Set(['al', 'el', 'ad', 'adh', 'an', 'ar', 'as', 'ash', 'at', 'ath', 'az', 'ed', 'en', 'er', 'es', 'esh', 'et', 'ez', 'ibn', 'bin', 'abu', 'um']);
/** English words after which a capitalised name is taken in another transliteration too ("in Saraqeb"). */
const ENGLISH_CUES = new Set(['in', 'at', 'near', 'of', 'from', 'to', 'around', 'outside', 'towards', 'into', 'across', 'between', 'and']);
/** Arabic words (folded) that introduce a place. */
const ARABIC_CUES = new Set(['في', 'مدينه', 'بلده', 'قريه', 'حي', 'ريف', 'منطقه', 'محافظه', 'مخيم', 'ناحيه', 'الي', 'من', 'قرب', 'شرق', 'غرب', 'شمال', 'جنوب', 'مدينتي', 'بلدتي']);
const LONGEST = 4;
/** Month names are dates, whatever village shares a spelling with them. */
const MONTH_NAMES = new Set([
  ...['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
  ...ARABIC_MONTHS.map(([name]) => name),
]);

interface Word {
  folded: string;
  start: number;
  end: number;
  arabic: boolean;
  capitalised: boolean;
}

export function findPlaceMentions(text: string, gazetteer: Gazetteer): PlaceMention[] {
  const folded = foldForMatching(text);
  const words: Word[] = [...folded.text.matchAll(/[\p{L}\p{N}]+/gu)].map((match) => {
    const written = text[folded.origin[match.index]!] ?? '';
    return {
      folded: match[0],
      start: match.index,
      end: match.index + match[0].length,
      arabic: /[\u0621-\u064A]/.test(match[0]),
      capitalised: written !== written.toLowerCase(),
    };
  });
  const mentions: PlaceMention[] = [];
  for (let i = 0; i < words.length; ) {
    const found = longestNameAt(words, i, folded.text, gazetteer);
    if (!found) {
      i++;
      continue;
    }
    const span = originalSpan(folded, words[found.from]!.start + found.joined, words[found.to]!.end);
    mentions.push({ text: text.slice(span.start, span.end), ...span, candidates: found.candidates, ambiguous: found.candidates.length > 1 });
    i = found.to + 1;
  }
  return mentions;
}

/** The longest name starting at word i; `joined` is the length of a preposition written onto it ("ب" in "بحلب"). */
function longestNameAt(words: Word[], i: number, foldedText: string, gazetteer: Gazetteer): { from: number; to: number; joined: number; candidates: PlaceCandidate[] } | undefined {
  for (let n = Math.min(LONGEST, words.length - i); n >= 1; n--) {
    const run = words.slice(i, i + n);
    // A name does not run across punctuation other than a hyphen ("Deir ez-Zor"), nor mix scripts.
    if (run.some((word, k) => k > 0 && !/^[\s-]+$/.test(foldedText.slice(run[k - 1]!.end, word.start)))) continue;
    if (run.some((word) => word.arabic !== run[0]!.arabic)) continue;
    if (!run[0]!.arabic && !looksLikeAName(run)) continue;
    const name = run.map((word) => word.folded).join(' ');
    // A word that introduces a place is not one ("مدينة" is also a village's name), nor is a month.
    if (MONTH_NAMES.has(name) || (run[0]!.arabic && ARABIC_CUES.has(run[0]!.folded))) continue;
    // Another transliteration only after a word that introduces a place: "Army" and "Force" are spellings of villages too.
    const spellingVariants = !run[0]!.arabic && name.length >= 4 && ENGLISH_CUES.has(words[i - 1]?.folded ?? '');
    const candidates = gazetteer.named(name, { spellingVariants });
    if (candidates.length > 0 && (!run[0]!.arabic || n > 1 || introduced(words, i))) return { from: i, to: i + n - 1, joined: 0, candidates };
    // "بحلب", "وحمص": a one-word Arabic name with a joined preposition or conjunction.
    if (n === 1 && run[0]!.arabic && /^[بول]/.test(run[0]!.folded) && run[0]!.folded.length > 3) {
      const joined = gazetteer.named(run[0]!.folded.slice(1));
      if (joined.length > 0 && (run[0]!.folded.startsWith('ب') || introduced(words, i))) return { from: i, to: i, joined: 1, candidates: joined };
    }
  }
  return undefined;
}

/** Romanised: the first and last words capitalised, the rest capitalised or particles. */
function looksLikeAName(run: Word[]): boolean {
  const [first, last] = [run[0]!, run[run.length - 1]!];
  if (!last.capitalised) return false;
  if (!first.capitalised && !PARTICLES.has(first.folded)) return false;
  return run.every((word) => word.capitalised || PARTICLES.has(word.folded));
}

function introduced(words: Word[], i: number): boolean {
  const before = words[i - 1];
  if (before === undefined || !before.arabic) return false;
  // "وبلدة عربين": the cue may carry a joined "و" (and).
  return ARABIC_CUES.has(before.folded) || (before.folded.startsWith('و') && ARABIC_CUES.has(before.folded.slice(1)));
}
