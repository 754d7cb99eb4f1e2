import { invalidField } from '../common/errors.js';
import { TERM_LABELS_AR } from './term-labels-ar.js';
import { TERM_LABELS_FR } from './term-labels-fr.js';
import type { Term, TermPair } from './term-list.js';
import {
  ACTOR_TYPE_TERMS,
  ATTRIBUTION_STATUS_TERMS,
  FACTUAL_ROLE_TERMS,
  MODE_OF_LIABILITY_TERMS,
  VICTIM_COUNTING_UNIT_TERMS,
  VICTIM_PROTECTED_STATUS_TERMS,
} from './terms-actors.js';
import {
  CLAIM_STANCE_TERMS,
  COUNT_QUALIFIER_TERMS,
  DATE_PRECISION_TERMS,
  PLACE_PRECISION_TERMS,
  SOURCE_CREDIBILITY_TERMS,
  SOURCE_RELIABILITY_TERMS,
  SOURCE_TYPE_TERMS,
  STANDARDS_OF_PROOF,
  STANDARD_OF_PROOF_TERMS,
  VAGUE_WORD_TERMS,
  VERIFICATION_GRADE_TERMS,
  WORKFLOW_STATUS_TERMS,
  SENSITIVITY_LABEL_TERMS,
  type StandardOfProof,
} from './terms-evidence.js';
import {
  CONFLICT_TYPE_TERMS,
  CONTEXT_EVENT_KIND_TERMS,
  CROSSED_BORDER_TERMS,
  INCIDENT_TYPE_TERMS,
  MEANS_TERMS,
  TARGET_OBJECT_TERMS,
  TOXIC_AGENT_TERMS,
} from './terms-events.js';

export * from './terms-actors.js';
export * from './terms-events.js';
export * from './terms-evidence.js';
export { LABEL_LANGUAGES } from './term-list.js';
export type { LabelLanguage, Term } from './term-list.js';

/**
 * Version of the controlled vocabularies as a whole. Stored records name the version they were coded
 * under; bump it whenever a term is removed, renamed or changes meaning (adding a term is also a bump, so an
 * export can say which list it used).
 */
export const VOCABULARY_VERSION = '1';

const TERM_TABLES = {
  incident_types: INCIDENT_TYPE_TERMS,
  crossed_border: CROSSED_BORDER_TERMS,
  means: MEANS_TERMS,
  toxic_agents: TOXIC_AGENT_TERMS,
  target_objects: TARGET_OBJECT_TERMS,
  conflict_types: CONFLICT_TYPE_TERMS,
  context_event_kinds: CONTEXT_EVENT_KIND_TERMS,
  actor_types: ACTOR_TYPE_TERMS,
  factual_roles: FACTUAL_ROLE_TERMS,
  modes_of_liability: MODE_OF_LIABILITY_TERMS,
  attribution_statuses: ATTRIBUTION_STATUS_TERMS,
  victim_protected_statuses: VICTIM_PROTECTED_STATUS_TERMS,
  victim_counting_units: VICTIM_COUNTING_UNIT_TERMS,
  verification_grades: VERIFICATION_GRADE_TERMS,
  workflow_statuses: WORKFLOW_STATUS_TERMS,
  sensitivity_labels: SENSITIVITY_LABEL_TERMS,
  claim_stances: CLAIM_STANCE_TERMS,
  source_types: SOURCE_TYPE_TERMS,
  source_reliability: SOURCE_RELIABILITY_TERMS,
  source_credibility: SOURCE_CREDIBILITY_TERMS,
  standards_of_proof: STANDARD_OF_PROOF_TERMS,
  place_precisions: PLACE_PRECISION_TERMS,
  count_qualifiers: COUNT_QUALIFIER_TERMS,
  vague_words: VAGUE_WORD_TERMS,
  date_precisions: DATE_PRECISION_TERMS,
} as const satisfies Record<string, readonly TermPair[]>;

export type VocabularyName = keyof typeof TERM_TABLES;
/** The union of term ids of one vocabulary, e.g. TermOf<'conflict_types'> is 'international' | 'non_international'. */
export type TermOf<N extends VocabularyName> = (typeof TERM_TABLES)[N][number][0];

/**
 * A vocabulary's labels in one language other than English, every term and no other: a term added to a table
 * without its labels (or a label left for a removed term) fails to compile (term-labels-fr.ts, term-labels-ar.ts).
 */
export type TermLabels = { readonly [N in VocabularyName]: Readonly<Record<TermOf<N>, string>> };

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
