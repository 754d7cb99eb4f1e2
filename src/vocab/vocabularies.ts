import { invalidField } from '../common/errors.js';
import { TERM_LABELS_AR } from './term-labels-ar.js';
import { TERM_LABELS_FR } from './term-labels-fr.js';
import type { Term } from './term-list.js';
import { TERM_TABLES, type TermOf, type VocabularyName } from './term-tables.js';
import { STANDARDS_OF_PROOF, type StandardOfProof } from './terms-evidence.js';
export * from './terms-actors.js';
export * from './terms-events.js';
export * from './terms-evidence.js';
export { LABEL_LANGUAGES } from './term-list.js';
export type { LabelLanguage, Term } from './term-list.js';
export type { TermLabels, TermOf, VocabularyName } from './term-tables.js';

/**
 * Version of the controlled vocabularies as a whole. Stored records name the version they were coded
 * under; bump it whenever a term is removed, renamed or changes meaning (adding a term is also a bump, so an
 * export can say which list it used).
 */
export const VOCABULARY_VERSION = '1';

export interface Vocabulary<Id extends string = string> {
  readonly version: string;
  readonly terms: readonly Term<Id>[];
}

export const VOCABULARY_NAMES = Object.freeze(Object.keys(TERM_TABLES)) as readonly VocabularyName[];

/**
 * Every vocabulary with its labels, frozen, in the shape an API serves: name → { version, terms }. Each term
 * has its English `label` and `labels` in every language of the web app.
 */
export const VOCABULARIES = Object.freeze(
  Object.fromEntries(
    VOCABULARY_NAMES.map((name) => {
      const fr: Readonly<Record<string, string>> = TERM_LABELS_FR[name];
      const ar: Readonly<Record<string, string>> = TERM_LABELS_AR[name];
      const terms = TERM_TABLES[name].map(([id, label]) => Object.freeze({ id, label, labels: Object.freeze({ en: label, fr: fr[id] ?? label, ar: ar[id] ?? label }) }));
      return [name, Object.freeze({ version: VOCABULARY_VERSION, terms: Object.freeze(terms) })];
    }),
  ),
) as { readonly [N in VocabularyName]: Vocabulary<TermOf<N>> };

// Sets make isTerm O(1); the tables are small but checked on every write.
const TERM_SETS = new Map<string, ReadonlySet<string>>(VOCABULARY_NAMES.map((name) => [name, new Set(TERM_TABLES[name].map(([id]) => id))]));

function termSet(vocabName: string): ReadonlySet<string> {
  const set = TERM_SETS.get(vocabName);
  if (!set) throw invalidField('vocabulary', `unknown vocabulary "${vocabName}" (known: ${VOCABULARY_NAMES.join(', ')})`, vocabName);
  return set;
}

export function isVocabularyName(name: unknown): name is VocabularyName {
  return typeof name === 'string' && TERM_SETS.has(name);
}

/** Whether `value` is a term id of the named vocabulary. Throws only if the vocabulary itself is unknown. */
export function isTerm<N extends VocabularyName>(vocabName: N, value: unknown): value is TermOf<N> {
  return typeof value === 'string' && termSet(vocabName).has(value);
}

/** Throws a VALIDATION_FAILED error naming `field` unless `value` is a term of the named vocabulary. */
export function assertTerm<N extends VocabularyName>(field: string, vocabName: N, value: unknown): asserts value is TermOf<N> {
  if (isTerm(vocabName, value)) return;
  const shown = typeof value === 'string' ? value : shownValue(value);
  const known = [...termSet(vocabName)].join(', ');
  throw invalidField(field, `unknown term "${shown}" in vocabulary ${vocabName} (known: ${known})`, value);
}

// Messages must never throw themselves: JSON.stringify fails on bigints and cycles.
function shownValue(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** The human label of a term in English, for exports, messages and the CLI; throws like assertTerm on an unknown id. */
export function termLabel<N extends VocabularyName>(vocabName: N, id: TermOf<N>): string {
  assertTerm('term', vocabName, id);
  const term = (VOCABULARIES[vocabName].terms as readonly Term[]).find((t) => t.id === id);
  return term?.label ?? id;
}

/**
 * Orders two standards of proof by the ladder in STANDARDS_OF_PROOF: negative when `a` is weaker than `b`,
 * zero when equal, positive when stronger. Usable directly as an Array.sort comparator.
 */
export function compareStandards(a: StandardOfProof, b: StandardOfProof): number {
  assertTerm('a', 'standards_of_proof', a);
  assertTerm('b', 'standards_of_proof', b);
  return STANDARDS_OF_PROOF.indexOf(a) - STANDARDS_OF_PROOF.indexOf(b);
}

/** Whether a finding reached at `reached` satisfies a requirement of `required`. */
export function meetsStandard(reached: StandardOfProof, required: StandardOfProof): boolean {
  return compareStandards(reached, required) >= 0;
}
