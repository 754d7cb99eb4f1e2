import { describe, expect, it } from 'vitest';
import { INTERFACE_LANGUAGES } from '../access/preferences.js';
import { isDossierError } from '../common/errors.js';
import { COUNT_QUALIFIERS as VALUE_COUNT_QUALIFIERS, VAGUE_FLOORS } from '../values/count.js';
import { DATE_PRECISIONS as VALUE_DATE_PRECISIONS } from '../values/uncertain-date.js';
import {
  assertTerm,
  compareStandards,
  COUNT_QUALIFIERS,
  DATE_PRECISIONS,
  INCIDENT_TYPES,
  isTerm,
  LABEL_LANGUAGES,
  meetsStandard,
  STANDARDS_OF_PROOF,
  termLabel,
  VAGUE_WORDS,
  VOCABULARIES,
  VOCABULARY_NAMES,
  VOCABULARY_VERSION,
  type StandardOfProof,
  type VocabularyName,
} from './vocabularies.js';
import { TERM_LABELS_AR } from './term-labels-ar.js';
import { TERM_LABELS_FR } from './term-labels-fr.js';

/** The v1 vocabularies as DOMAIN.md (and the brief) list them, typed in by hand so the data cannot grade itself. */
const DOMAIN_TERMS: Record<VocabularyName, readonly string[]> = {
  incident_types: [
    'air_strike', 'barrel_bomb', 'artillery_rocket_missile', 'chemical_attack', 'incendiary_attack', 'ied_or_mine', 'direct_fire',
    'summary_execution', 'enforced_disappearance', 'abduction', 'arbitrary_detention', 'torture', 'sexual_violence', 'hostage_taking',
    'siege', 'denial_of_humanitarian_access', 'attack_on_objects_indispensable', 'forced_displacement', 'pillage',
    'destruction_of_property', 'child_recruitment',
  ],
  crossed_border: ['yes', 'no', 'unknown'],
  means: [
    'barrel_bomb', 'unguided_bomb', 'guided_munition', 'cluster_munition', 'artillery', 'rocket', 'mlrs', 'missile', 'drone',
    'toxic_chemical', 'incendiary', 'small_arms', 'ied', 'starvation', 'unknown',
  ],
  toxic_agents: ['chlorine', 'sarin', 'mustard', 'unknown'],
  target_objects: [
    'hospital', 'primary_health_facility', 'medical_transport', 'medical_personnel', 'patients', 'school', 'market',
    'bakery_or_food_distribution', 'water_facility', 'power_infrastructure', 'humanitarian_convoy', 'humanitarian_warehouse',
    'humanitarian_personnel', 'un_premises', 'civil_defence', 'place_of_worship', 'cultural_property', 'displacement_camp',
    'residential', 'agricultural', 'military_objective',
  ],
  conflict_types: ['international', 'non_international'],
  context_event_kinds: ['peace_talks', 'security_council_vote', 'ceasefire', 'siege_start', 'siege_end', 'offensive_start', 'other'],
  actor_types: [
    'state_armed_forces', 'state_security', 'state_intelligence', 'external_state_force', 'pro_government_militia', 'rebel_group',
    'identity_militia', 'private_military_company', 'unidentified_armed_group', 'individual',
  ],
  factual_roles: ['carried_out', 'ordered', 'planned', 'present', 'accomplice', 'failed_to_prevent_or_punish', 'policy_author', 'suspected', 'unknown'],
  modes_of_liability: ['art25_3_a_direct', 'art25_3_a_co', 'art25_3_a_indirect', 'art25_3_b', 'art25_3_c', 'art25_3_d', 'art25_3_f', 'art28_a', 'art28_b'],
  attribution_statuses: [
    'claimed_by_actor', 'acknowledged', 'denied', 'alleged_by_source', 'assessed_likely', 'assessed_confirmed', 'contested',
    'undetermined', 'discounted',
  ],
  victim_protected_statuses: [
    'civilian', 'medical_personnel', 'humanitarian_personnel', 'journalist', 'child', 'hors_de_combat', 'detainee', 'combatant', 'unknown',
  ],
  victim_counting_units: ['persons', 'households', 'facilities'],
  verification_grades: ['reported', 'single_source', 'corroborated', 'confirmed', 'contested', 'discounted'],
  workflow_statuses: ['to_do', 'in_progress', 'help_needed', 'ready_for_review', 'completed', 'cancelled'],
  sensitivity_labels: ['graphic_violence', 'personal_information', 'deleted_by_source', 'deceptive'],
  claim_stances: [
    'asserts', 'denies', 'qualifies', 'attributes', 'characterises_legally', 'reports_third_party', 'unable_to_assess', 'speculates',
  ],
  source_types: ['witness', 'victim', 'ngo', 'un_body', 'media', 'social_media', 'official', 'satellite_provider', 'other'],
  source_reliability: ['A', 'B', 'C', 'D', 'E', 'F'],
  source_credibility: ['1', '2', '3', '4', '5', '6'],
  standards_of_proof: [
    'credible_allegation', 'reasonable_basis', 'reasonable_grounds_to_believe', 'substantial_grounds', 'balance_of_probabilities',
    'clear_and_convincing', 'beyond_reasonable_doubt',
  ],
  place_precisions: ['exact_site', 'neighbourhood', 'settlement', 'near_settlement', 'admin3', 'admin2', 'admin1', 'named_region', 'country'],
  count_qualifiers: ['exact', 'at_least', 'at_most', 'approx', 'range', 'vague', 'unknown'],
  vague_words: ['few', 'several', 'many', 'dozens', 'hundreds'],
  date_precisions: ['hour', 'day', 'week', 'month', 'year', 'range'],
};

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('vocabularies', () => {
  it('holds every DOMAIN.md term, each vocabulary versioned', () => {
    expect(VOCABULARY_VERSION).toBe('1');
    expect([...VOCABULARY_NAMES].sort()).toEqual(Object.keys(DOMAIN_TERMS).sort());
    for (const name of VOCABULARY_NAMES) {
      const ids = VOCABULARIES[name].terms.map((t) => t.id);
      expect(VOCABULARIES[name].version, name).toBe(VOCABULARY_VERSION);
      expect(ids, name).toEqual(expect.arrayContaining([...DOMAIN_TERMS[name]]));
    }
  });

  it('gives every term a unique id and a human label', () => {
    for (const name of VOCABULARY_NAMES) {
      const { terms } = VOCABULARIES[name];
      expect(new Set(terms.map((t) => t.id)).size, name).toBe(terms.length);
      for (const term of terms) {
        expect(term.label.trim().length, `${name}.${term.id}`).toBeGreaterThan(0);
        expect(term.label, `${name}.${term.id}`).not.toBe(term.id);
      }
    }
    expect(termLabel('source_reliability', 'F')).toBe('Reliability cannot be judged');
    // A label is shown beside values ("Eastern Aleppo (Named region)"): an example in it reads as the value's.
    const withExamples = VOCABULARY_NAMES.flatMap((name) => VOCABULARIES[name].terms.filter((term) => /\be\.g\.|for example/i.test(term.label)).map((term) => `${name}.${term.id}`));
    expect(withExamples).toEqual([]);
    expect(termLabel('source_credibility', '1')).toBe('Confirmed by other sources');
  });

  it('keeps the exported arrays and the served vocabularies identical', () => {
    expect(VOCABULARIES.incident_types.terms.map((t) => t.id)).toEqual([...INCIDENT_TYPES]);
    expect(VOCABULARIES.standards_of_proof.terms.map((t) => t.id)).toEqual([...STANDARDS_OF_PROOF]);
  });

  it('is immutable, so no caller can change the shared lists', () => {
    expect(Object.isFrozen(VOCABULARIES)).toBe(true);
    expect(Object.isFrozen(VOCABULARIES.means.terms)).toBe(true);
    expect(Object.isFrozen(INCIDENT_TYPES)).toBe(true);
  });

  it('covers every value the value types produce (values/count.ts, values/uncertain-date.ts)', () => {
    expect([...COUNT_QUALIFIERS]).toEqual([...VALUE_COUNT_QUALIFIERS]);
    expect([...DATE_PRECISIONS]).toEqual(expect.arrayContaining([...VALUE_DATE_PRECISIONS]));
    expect([...VAGUE_WORDS]).toEqual(expect.arrayContaining(Object.keys(VAGUE_FLOORS)));
  });
});

describe('labels in French and Arabic', () => {
  const everyTerm = () => VOCABULARY_NAMES.flatMap((name) => VOCABULARIES[name].terms.map((term) => ({ name, term, where: `${name}.${term.id}` })));

  it('labels every term in every language the web app speaks, and nothing else', () => {
    expect([...LABEL_LANGUAGES]).toEqual([...INTERFACE_LANGUAGES]);
    for (const labels of [TERM_LABELS_FR, TERM_LABELS_AR]) {
      expect(Object.keys(labels).sort()).toEqual([...VOCABULARY_NAMES].sort());
      for (const name of VOCABULARY_NAMES) expect(Object.keys(labels[name]).sort(), name).toEqual(VOCABULARIES[name].terms.map((t) => t.id).sort());
    }
    for (const { name, term, where } of everyTerm()) {
      expect(Object.keys(term.labels).sort(), where).toEqual([...LABEL_LANGUAGES].sort());
      expect(term.labels.en, where).toBe(term.label);
      expect(term.labels.fr, where).toBe((TERM_LABELS_FR[name] as Record<string, string>)[term.id]);
      expect(term.labels.ar, where).toBe((TERM_LABELS_AR[name] as Record<string, string>)[term.id]);
      for (const language of ['fr', 'ar'] as const) {
        const label = term.labels[language];
        expect(label.trim().length, `${where} ${language}`).toBeGreaterThan(0);
        expect(label, `${where} ${language}`).toBe(label.trim());
        expect(label, `${where} ${language}`).not.toBe(term.id);
      }
    }
  });

  it('writes the Arabic labels in Arabic letters, without Latin words, and the French with typographic apostrophes', () => {
    for (const { term, where } of everyTerm()) {
      expect(term.labels.ar, where).toMatch(/\p{Script=Arabic}/u);
      expect(term.labels.ar, where).not.toMatch(/[A-Za-z]/);
      expect(term.labels.fr, where).not.toMatch(/'/);
    }
  });

  it('keeps `label` and termLabel() in English for exports, messages and the CLI', () => {
    const international = VOCABULARIES.conflict_types.terms.find((t) => t.id === 'international');
    expect(international).toEqual({
      id: 'international',
      label: 'International armed conflict',
      labels: { en: 'International armed conflict', fr: 'Conflit armé international', ar: 'نزاع مسلح دولي' },
    });
    expect(Object.isFrozen(international?.labels)).toBe(true);
    expect(termLabel('conflict_types', 'non_international')).toBe('Non-international armed conflict');
  });
});

describe('isTerm and assertTerm', () => {
  it('accepts terms of the named vocabulary only', () => {
    expect(isTerm('incident_types', 'air_strike')).toBe(true);
    expect(isTerm('incident_types', 'airstrike')).toBe(false);
    expect(isTerm('means', 'air_strike')).toBe(false);
    expect(isTerm('toxic_agents', 'chlorine')).toBe(true);
    expect(isTerm('source_credibility', 3)).toBe(false);
    expect(isTerm('incident_types', undefined)).toBe(false);
  });

  it('rejects an unknown term with a validation error naming the field and the vocabulary', () => {
    const error = thrown(() => assertTerm('acts[0].type', 'incident_types', 'carpet_bombing'));
    expect(isDossierError(error, 'VALIDATION_FAILED')).toBe(true);
    if (!isDossierError(error)) return;
    expect(error.details).toMatchObject({ field: 'acts[0].type', value: 'carpet_bombing' });
    expect(error.message).toMatch(/^acts\[0\]\.type: unknown term "carpet_bombing" in vocabulary incident_types \(known: air_strike, barrel_bomb, /);
    expect(() => assertTerm('type', 'incident_types', 'air_strike')).not.toThrow();
  });

  it('shows non-string values readably', () => {
    expect(() => assertTerm('credibility', 'source_credibility', 3)).toThrow(/unknown term "3" in vocabulary source_credibility/);
    expect(() => assertTerm('grade', 'verification_grades', null)).toThrow(/unknown term "null"/);
  });

  it('rejects an unknown vocabulary name', () => {
    expect(() => isTerm('weapons' as VocabularyName, 'x')).toThrow(/unknown vocabulary "weapons"/);
  });
});

describe('standards of proof', () => {
  it('orders the ladder as listed, weakest first', () => {
    expect(compareStandards('reasonable_grounds_to_believe', 'beyond_reasonable_doubt')).toBeLessThan(0);
    expect(compareStandards('beyond_reasonable_doubt', 'credible_allegation')).toBeGreaterThan(0);
    expect(compareStandards('substantial_grounds', 'substantial_grounds')).toBe(0);
    const shuffled: StandardOfProof[] = ['beyond_reasonable_doubt', 'credible_allegation', 'substantial_grounds', 'reasonable_basis'];
    expect(shuffled.sort(compareStandards)).toEqual(['credible_allegation', 'reasonable_basis', 'substantial_grounds', 'beyond_reasonable_doubt']);
    expect([...STANDARDS_OF_PROOF]).toEqual(DOMAIN_TERMS.standards_of_proof);
  });

  it('says whether a finding meets a required standard', () => {
    expect(meetsStandard('reasonable_grounds_to_believe', 'reasonable_basis')).toBe(true);
    expect(meetsStandard('reasonable_grounds_to_believe', 'reasonable_grounds_to_believe')).toBe(true);
    expect(meetsStandard('reasonable_grounds_to_believe', 'beyond_reasonable_doubt')).toBe(false);
  });

  it('refuses to compare something that is not a standard', () => {
    expect(() => compareStandards('proven' as StandardOfProof, 'reasonable_basis')).toThrow(/a: unknown term "proven" in vocabulary standards_of_proof/);
  });
});
