/**
 * Labels suggested at intake by a local heuristic over what the intake says in words, never over the pictures:
 * keyframes and images are not sent anywhere, nor looked at here. It is deliberately plain (a word list and the
 * web capture's HTTP status); it suggests, a person decides. Pure, so it is tested exhaustively and runs offline.
 */
import { foldText } from '../common/text-fold.js';
import type { SensitivityLabel } from '../vocab/vocabularies.js';

/** What an intake tells of an item in words: its file name, the source and note given, a captured page's title. */
export interface IntakeWords {
  originalName?: string | null;
  source?: string | null;
  note?: string | null;
  title?: string | null;
  /** For a web capture: the HTTP status the page's server answered. */
  httpStatus?: number | null;
}

/** Why a label was suggested, by code so the web app words it in the reader's language. */
export type SuggestionReason = { code: 'graphic_words'; words: string[] } | { code: 'source_gone'; httpStatus: number };

export interface Suggestion {
  label: SensitivityLabel;
  reason: SuggestionReason;
}

/**
 * Stems of words that tell of graphic violence, in English, French and Arabic. Latin stems match the start of a
 * word ("execut" → executed, exécution); Arabic ones anywhere in a word, which carries its prefixes (ال، و، ب).
 */
const LATIN_STEMS = [
  'execution', 'executed', 'massacre', 'corpse', 'cadaver', 'cadavre', 'dead-bod', 'behead', 'decapitat', 'chemical', 'chimique', 'sarin',
  'chlorine', 'chlore', 'injured', 'wounded', 'blesse', 'mutilat', 'torture', 'blood', 'sang', 'gore', 'killed', 'corps-sans-vie', 'charnier',
  'mass-grave', 'tue', 'tues',
];
/** Stems that must be the whole word: short ones that start many harmless words ("sang" in "sangria"). */
const WHOLE_WORDS = new Set(['sang', 'gore', 'tue', 'tues', 'sarin']);
const ARABIC_STEMS = ['إعدام', 'اعدام', 'مجزرة', 'مذبحة', 'جثة', 'جثث', 'قطع رأس', 'ذبح', 'كيماوي', 'كيميائي', 'جريح', 'جرحى', 'مصابين', 'قتلى', 'دماء', 'تعذيب', 'مقبرة جماعية'];

const FOLDED_LATIN = LATIN_STEMS.map((stem) => foldText(stem));
const FOLDED_ARABIC = ARABIC_STEMS.map((stem) => foldText(stem));

/** A page whose server answered these is gone: the item may be the only copy left of what its source deleted. */
const GONE_STATUSES = new Set([404, 410, 451]);

export function graphicWords(text: string): string[] {
  const folded = foldText(text);
  // Words joined by hyphens as file names join them ("dead_body", "mass-grave"): both spellings are tried.
  const tokens = folded.split(/[^\p{L}\p{N}-]+/u).filter(Boolean);
  const found = new Set<string>();
  for (const token of tokens) {
    for (const part of [token, ...token.split('-')]) {
      for (const stem of FOLDED_LATIN) if (WHOLE_WORDS.has(stem) ? part === stem : part.startsWith(stem) || (stem.includes('-') && token.includes(stem))) found.add(stem);
    }
  }
  const spaced = ` ${folded.replace(/[_\-.]+/g, ' ')} `;
  for (const stem of FOLDED_ARABIC) if (spaced.includes(stem)) found.add(stem);
  return [...found].sort();
}

export function suggestLabels(words: IntakeWords): Suggestion[] {
  const suggestions: Suggestion[] = [];
  const text = [words.originalName, words.source, words.note, words.title].filter((part): part is string => typeof part === 'string').join('\n');
  const found = graphicWords(text.replace(/_/g, ' '));
  if (found.length > 0) suggestions.push({ label: 'graphic_violence', reason: { code: 'graphic_words', words: found } });
  if (words.httpStatus != null && GONE_STATUSES.has(words.httpStatus)) suggestions.push({ label: 'deleted_by_source', reason: { code: 'source_gone', httpStatus: words.httpStatus } });
  return suggestions;
}
