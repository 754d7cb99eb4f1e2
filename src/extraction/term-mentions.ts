/**
 * Terms of the vocabularies found in running text through the words reports use for them
 * (vocab/term-synonyms.ts): means, toxic agents, targets, kinds of incident, victims' roles and kinds of
 * actor; and the case's own actors by their names and aliases. English plurals are formed here; an Arabic word
 * may carry a joined conjunction, preposition or article ("والمستشفى", "بالبراميل"). The longest phrase wins.
 */
import { foldText } from '../common/text-fold.js';
import { ACTOR_TYPE_SYNONYMS, INCIDENT_TYPE_SYNONYMS, MEANS_SYNONYMS, TARGET_SYNONYMS, TOXIC_AGENT_SYNONYMS, VICTIM_ROLE_SYNONYMS, type Synonyms } from '../vocab/term-synonyms.js';
import { foldForMatching } from './folded-text.js';
import { longestFirst, matches, type Found } from './spans.js';

export type TermVocabulary = 'means' | 'toxic_agent' | 'target' | 'incident_type' | 'victim_role' | 'actor_type' | 'actor';

export interface TermMention {
  text: string;
  start: number;
  end: number;
  vocab: TermVocabulary;
  /** The vocabulary's term id, or the actor's record id. */
  term: string;
}

/** A case's actor as the finder needs it: its id and every name it goes by. */
export interface NamedActor {
  id: string;
  names: readonly string[];
}

const VOCABULARIES: [TermVocabulary, Partial<Record<string, Synonyms>>][] = [
  ['means', MEANS_SYNONYMS],
  ['toxic_agent', TOXIC_AGENT_SYNONYMS],
  ['target', TARGET_SYNONYMS],
  ['incident_type', INCIDENT_TYPE_SYNONYMS],
  ['victim_role', VICTIM_ROLE_SYNONYMS],
  ['actor_type', ACTOR_TYPE_SYNONYMS],
];

/** Every vocabulary's matcher, built once: the lists do not change while the process runs. */
let vocabularyMatchers: Matcher[] | undefined;

export function findTermMentions(text: string, actors: readonly NamedActor[] = []): TermMention[] {
  vocabularyMatchers ??= VOCABULARIES.map(([vocab, synonyms]) => matcher(vocab, Object.entries(synonyms).map(([term, words]) => [term, [...words!.en, ...words!.ar]])));
  const all = actors.length > 0 ? [...vocabularyMatchers, matcher('actor', actors.map((actor) => [actor.id, actor.names]))] : vocabularyMatchers;
  const folded = foldForMatching(text);
  const mentions: TermMention[] = [];
  // Each vocabulary apart: "medical personnel" is both a target and a victim's role, and both are worth knowing.
  for (const { vocab, pattern, termOf } of all) {
    for (const found of longestFirst(matches(folded, pattern))) {
      const term = termOf.get(phraseOf(folded.text, found));
      if (term !== undefined) mentions.push({ text: text.slice(found.start, found.end), start: found.start, end: found.end, vocab, term });
    }
  }
  return mentions.sort((a, b) => a.start - b.start || a.vocab.localeCompare(b.vocab));
}

interface Matcher {
  vocab: TermVocabulary;
  pattern: RegExp;
  /** Each phrase as folded (hyphens as spaces), with every form the finder accepts, to its term. */
  termOf: Map<string, string>;
}

function matcher(vocab: TermVocabulary, terms: [string, readonly string[]][]): Matcher {
  const termOf = new Map<string, string>();
  for (const [term, words] of terms) for (const word of words) for (const form of formsOf(word)) if (!termOf.has(form)) termOf.set(form, term);
  const phrases = [...termOf.keys()].sort((a, b) => b.length - a.length).map((phrase) => escape(phrase).replace(/ /g, '[ -]'));
  if (phrases.length === 0) return { vocab, pattern: /(?!)/gd, termOf };
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:[وف]?[بلك]?(?=ال)|[وف](?=\\p{L}{3})|[وف]?[بلك](?=\\p{L}{3}))?(?<mention>${phrases.join('|')})(?![\\p{L}\\p{N}])`, 'gdu');
  return { vocab, pattern, termOf };
}

/** A word as folded, and its English plural or its Arabic form with and without the article. */
function formsOf(word: string): string[] {
  const folded = foldText(word).replace(/-/g, ' ').replace(/\s+/g, ' ').trim();
  if (/[\u0621-\u064A]/.test(folded)) return folded.startsWith('ال') ? [folded, folded.slice(2)] : [folded, `ال${folded}`];
  const plural = /(s|x|ch|sh)$/.test(folded) ? `${folded}es` : /[^aeiou]y$/.test(folded) ? `${folded.slice(0, -1)}ies` : `${folded}s`;
  return [folded, plural];
}

/** The words of a find as the matcher's map writes them (hyphens as spaces). */
function phraseOf(foldedText: string, found: Found): string {
  return foldedText.slice(found.foldedStart, found.foldedEnd).replace(/-/g, ' ');
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
