import type { ConflictType, TargetObject } from '../vocab/vocabularies.js';

/**
 * Which provisions an attack on each kind of target suggests, per type of conflict, and the gaps to flag
 * (DOMAIN.md: non-international conflict has no crime of attacking civilian objects or of a disproportionate
 * attack, and that must be said rather than mapped silently). Used by suggestedProvisions in catalogue.ts.
 */
export interface SuggestionRule {
  provisions: Readonly<Record<ConflictType, readonly string[]>>;
  reason: string;
  warnings?: Partial<Record<ConflictType, readonly string[]>>;
}

export const NIAC_CIVILIAN_OBJECT_GAP =
  'Non-international armed conflict has no Rome Statute crime of attacking civilian objects as such, nor of launching a disproportionate attack: ' +
  '8(2)(e)(i) needs civilians to have been the object of the attack; for the destruction itself consider 8(2)(e)(xii) (property of an adversary), ' +
  'or 8(2)(e)(iv) where the object is a specially protected building.';

const rule = (international: readonly string[], nonInternational: readonly string[], reason: string, warnings?: SuggestionRule['warnings']): SuggestionRule => ({
  provisions: { international, non_international: nonInternational },
  reason,
  ...(warnings ? { warnings } : {}),
});

const MEDICAL_BUILDING = [
  rule(['rs-8-2-b-ix'], ['rs-8-2-e-iv'], 'a hospital or place where the sick and wounded are collected, if it was not a military objective'),
  rule(['rs-8-2-b-xxiv'], ['rs-8-2-e-ii'], 'if it displayed the distinctive emblem or another recognised identification'),
];
const MEDICAL_EMBLEM = [rule(['rs-8-2-b-xxiv'], ['rs-8-2-e-ii'], 'if using the distinctive emblem or another recognised identification')];
const CIVILIANS = [rule(['rs-8-2-b-i'], ['rs-8-2-e-i'], 'where the people attacked were civilians not taking direct part in hostilities')];
const PROTECTED_BUILDING = [
  rule(['rs-8-2-b-ix'], ['rs-8-2-e-iv'], 'a building dedicated to religion, education, art, science or charity, or a historic monument, if it was not a military objective'),
];
const HUMANITARIAN = [
  rule(['rs-8-2-b-iii'], ['rs-8-2-e-iii'], 'part of a humanitarian assistance or peacekeeping mission, while entitled to the protection given to civilians'),
];
const CIVILIAN_OBJECT = [
  rule(['rs-8-2-b-ii'], [], 'a civilian object, if it was not a military objective'),
  rule(['rs-8-2-b-i'], ['rs-8-2-e-i'], 'where civilians in or around it were the object of the attack', { non_international: [NIAC_CIVILIAN_OBJECT_GAP] }),
  rule(['rs-8-2-b-iv'], [], 'where a military objective was attacked but the expected civilian harm was clearly excessive'),
];
const STARVATION = [rule(['rs-8-2-b-xxv'], ['rs-8-2-e-xix'], 'where depriving civilians of it was meant to starve them as a method of warfare')];
const DISPLACEMENT = [
  rule(['rs-8-2-a-vii-1'], ['rs-8-2-e-viii'], 'where the people sheltering there had been deported or displaced by order'),
  rule(['rs-7-1-d'], ['rs-7-1-d'], 'where the displacement was part of a widespread or systematic attack on civilians'),
];
const CLAIMED_MILITARY_OBJECTIVE = [
  rule(['rs-8-2-b-iv'], [], 'if the claim holds, the attack is still a crime when the expected civilian harm was clearly excessive', {
    international: ['The target is described as a military objective: that is a claim to assess, not a finding; if it fails, consider 8(2)(b)(i) or (b)(ii).'],
    non_international: [
      'The target is described as a military objective: that is a claim to assess, not a finding; if it fails, consider 8(2)(e)(i).',
      'Non-international armed conflict has no Rome Statute crime of launching a disproportionate attack: excessive civilian harm from an attack on a real military objective is not itself a war crime there.',
    ],
  }),
];

export const TARGET_OBJECT_RULES: Readonly<Record<TargetObject, readonly SuggestionRule[]>> = {
  hospital: MEDICAL_BUILDING,
  primary_health_facility: MEDICAL_BUILDING,
  medical_transport: MEDICAL_EMBLEM,
  medical_personnel: [...MEDICAL_EMBLEM, ...CIVILIANS],
  patients: [...MEDICAL_EMBLEM, ...CIVILIANS],
  school: PROTECTED_BUILDING,
  place_of_worship: PROTECTED_BUILDING,
  cultural_property: PROTECTED_BUILDING,
  market: CIVILIAN_OBJECT,
  residential: CIVILIAN_OBJECT,
  power_infrastructure: CIVILIAN_OBJECT,
  civil_defence: CIVILIAN_OBJECT,
  bakery_or_food_distribution: [...CIVILIAN_OBJECT, ...STARVATION],
  water_facility: [...CIVILIAN_OBJECT, ...STARVATION],
  agricultural: [...CIVILIAN_OBJECT, ...STARVATION],
  humanitarian_convoy: [...HUMANITARIAN, ...STARVATION],
  humanitarian_warehouse: [...HUMANITARIAN, ...STARVATION],
  humanitarian_personnel: [...HUMANITARIAN, ...CIVILIANS],
  un_premises: HUMANITARIAN,
  displacement_camp: [...CIVILIAN_OBJECT, ...DISPLACEMENT],
  military_objective: CLAIMED_MILITARY_OBJECTIVE,
};
