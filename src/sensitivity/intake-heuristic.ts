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
 * A term of several words is written with hyphens (Latin) or spaces (Arabic) and is reported as written here.
 */
const LATIN_STEMS = [
  'execution', 'executed', 'massacre', 'corpse', 'cadaver', 'cadavre', 'dead-bod', 'behead', 'decapitat', 'chemical', 'chimique', 'sarin',
  'chlorine', 'chlore', 'injured', 'wounded', 'blesse', 'mutilat', 'torture', 'blood', 'sang', 'gore', 'killed', 'corps-sans-vie', 'charnier',
  'mass-grave', 'tue', 'tues',
];
/** Stems that must be the whole word: short ones that start many harmless words ("sang" in "sangria"). */
const WHOLE_WORDS = new Set(['sang', 'gore', 'tue', 'tues', 'sarin']);
const ARABIC_STEMS = ['إعدام', 'اعدام', 'مجزرة', 'مذبحة', 'جثة', 'جثث', 'قطع رأس', 'ذبح', 'كيماوي', 'كيميائي', 'جريح', 'جرحى', 'مصابين', 'قتلى', 'دماء', 'تعذيب', 'مقبرة جماعية'];

/**
 * What may join the words of a term: spaces as prose writes them, underscores, hyphens and dots as file names
 * do ("mass_grave", "dead-body", "mass.grave.jpg"). Never a line break: suggestLabels puts each field on its own
 * line, so a title ending "mass" and a note starting "grave" make no term.
 */
const JOINER = '[\\p{Zs}\\t_.\\-]+';

const FOLDED_LATIN = LATIN_STEMS.map((stem) => foldText(stem));
const FOLDED_ARABIC = ARABIC_STEMS.map((stem) => foldText(stem));
const SINGLE_LATIN = FOLDED_LATIN.filter((stem) => !stem.includes('-'));
const SINGLE_ARABIC = FOLDED_ARABIC.filter((stem) => !stem.includes(' '));

/**
 * A term of several words as a pattern: its words (letters only, so nothing to escape) with any joiner between
 * them. A Latin term starts a word and its last word is a stem ("dead bodies"); an Arabic one may sit anywhere,
 * as single Arabic stems do.
 */
function termPattern(stem: string, between: string, startsWord: boolean): [string, RegExp] {
  return [stem, new RegExp(`${startsWord ? '(?<![\\p{L}\\p{N}])' : ''}${stem.split(between).join(JOINER)}`, 'u')];
}
const MULTI_WORD_TERMS = [
  ...FOLDED_LATIN.filter((stem) => stem.includes('-')).map((stem) => termPattern(stem, '-', true)),
  ...FOLDED_ARABIC.filter((stem) => stem.includes(' ')).map((stem) => termPattern(stem, ' ', false)),
];

/** A page whose server answered these is gone: the item may be the only copy left of what its source deleted. */
const GONE_STATUSES = new Set([404, 410, 451]);

export function graphicWords(text: string): string[] {
  const folded = foldText(text);
  const found = new Set<string>();
  for (const word of folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean)) {
    for (const stem of SINGLE_LATIN) if (WHOLE_WORDS.has(stem) ? word === stem : word.startsWith(stem)) found.add(stem);
  }
  for (const stem of SINGLE_ARABIC) if (folded.includes(stem)) found.add(stem);
  for (const [stem, pattern] of MULTI_WORD_TERMS) if (pattern.test(folded)) found.add(stem);
  return [...found].sort();
}

export function suggestLabels(words: IntakeWords): Suggestion[] {
  const suggestions: Suggestion[] = [];
  const text = [words.originalName, words.source, words.note, words.title].filter((part): part is string => typeof part === 'string').join('\n');
  const found = graphicWords(text);
  if (found.length > 0) suggestions.push({ label: 'graphic_violence', reason: { code: 'graphic_words', words: found } });
  if (words.httpStatus != null && GONE_STATUSES.has(words.httpStatus)) suggestions.push({ label: 'deleted_by_source', reason: { code: 'source_gone', httpStatus: words.httpStatus } });
  return suggestions;
}
