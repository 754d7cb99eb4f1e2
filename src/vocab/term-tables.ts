/**
 * The term tables of every vocabulary, by name, and the types drawn from them. Kept apart from vocabularies.ts so
 * the label files (term-labels-fr.ts, term-labels-ar.ts) can be checked against the tables without importing the
 * module that imports them.
 */
import type { TermPair } from './term-list.js';
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
  STANDARD_OF_PROOF_TERMS,
  VAGUE_WORD_TERMS,
  VERIFICATION_GRADE_TERMS,
  WORKFLOW_STATUS_TERMS,
  SENSITIVITY_LABEL_TERMS,
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


export const TERM_TABLES = {
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
