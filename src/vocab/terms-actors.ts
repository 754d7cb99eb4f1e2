import { idsOf } from './term-list.js';

/** The kind of actor; each maps to an ACLED inter code (see acled.ts). */
export const ACTOR_TYPE_TERMS = [
  ['state_armed_forces', 'State armed forces'],
  ['state_security', 'State security forces'],
  ['state_intelligence', 'State intelligence services'],
  ['external_state_force', 'Foreign state forces'],
  ['pro_government_militia', 'Pro-government militia'],
  ['rebel_group', 'Rebel group'],
  ['identity_militia', 'Identity militia'],
  ['private_military_company', 'Private military company'],
  ['unidentified_armed_group', 'Unidentified armed group'],
  ['individual', 'Individual'],
] as const;
export const ACTOR_TYPES = idsOf(ACTOR_TYPE_TERMS);
export type ActorType = (typeof ACTOR_TYPES)[number];

/** What an actor did, as a matter of fact; kept apart from the legal mode of liability below. */
export const FACTUAL_ROLE_TERMS = [
  ['carried_out', 'Carried out'],
  ['ordered', 'Ordered'],
  ['planned', 'Planned'],
  ['present', 'Was present'],
  ['accomplice', 'Accomplice'],
  ['failed_to_prevent_or_punish', 'Failed to prevent or punish'],
  ['policy_author', 'Author of the policy'],
  ['suspected', 'Suspected'],
  ['unknown', 'Unknown'],
] as const;
export const FACTUAL_ROLES = idsOf(FACTUAL_ROLE_TERMS);
export type FactualRole = (typeof FACTUAL_ROLES)[number];

/** The legal form of responsibility under the Rome Statute, articles 25(3) and 28. */
export const MODE_OF_LIABILITY_TERMS = [
  ['art25_3_a_direct', 'Committing the crime personally (art. 25(3)(a))'],
  ['art25_3_a_co', 'Committing it jointly with others: co-perpetration (art. 25(3)(a))'],
  ['art25_3_a_indirect', 'Committing it through another person: indirect perpetration (art. 25(3)(a))'],
  ['art25_3_b', 'Ordering, soliciting or inducing (art. 25(3)(b))'],
  ['art25_3_c', 'Aiding, abetting or otherwise assisting (art. 25(3)(c))'],
  ['art25_3_d', 'Contributing to a crime by a group acting with a common purpose (art. 25(3)(d))'],
  ['art25_3_f', 'Attempt (art. 25(3)(f))'],
  ['art28_a', 'Responsibility of a military commander (art. 28(a))'],
  ['art28_b', 'Responsibility of a civilian superior (art. 28(b))'],
] as const;
export const MODES_OF_LIABILITY = idsOf(MODE_OF_LIABILITY_TERMS);
export type ModeOfLiability = (typeof MODES_OF_LIABILITY)[number];

/** Where an attribution stands: who says the actor did it, and whether anyone has assessed that. */
export const ATTRIBUTION_STATUS_TERMS = [
  ['claimed_by_actor', 'Claimed by the actor'],
  ['acknowledged', 'Acknowledged by the actor'],
  ['denied', 'Denied by the actor'],
  ['alleged_by_source', 'Alleged by a source'],
  ['assessed_likely', 'Assessed as likely'],
  ['assessed_confirmed', 'Assessed as confirmed'],
  ['contested', 'Contested'],
  ['undetermined', 'Undetermined'],
  ['discounted', 'Discounted'],
] as const;
export const ATTRIBUTION_STATUSES = idsOf(ATTRIBUTION_STATUS_TERMS);
export type AttributionStatus = (typeof ATTRIBUTION_STATUSES)[number];

/** The status that gives victims protection (or, for combatant, that they lacked it). */
export const VICTIM_PROTECTED_STATUS_TERMS = [
  ['civilian', 'Civilian'],
  ['medical_personnel', 'Medical personnel'],
  ['humanitarian_personnel', 'Humanitarian personnel'],
  ['journalist', 'Journalist'],
  ['child', 'Child'],
  ['hors_de_combat', 'Hors de combat (wounded, sick, surrendered or captured)'],
  ['detainee', 'Detainee'],
  ['combatant', 'Combatant'],
  ['unknown', 'Unknown'],
] as const;
export const VICTIM_PROTECTED_STATUSES = idsOf(VICTIM_PROTECTED_STATUS_TERMS);
export type VictimProtectedStatus = (typeof VICTIM_PROTECTED_STATUSES)[number];

/** What a victim group's figures count: people, households or facilities. */
export const VICTIM_COUNTING_UNIT_TERMS = [
  ['persons', 'Persons'],
  ['households', 'Households'],
  ['facilities', 'Facilities'],
] as const;
export const VICTIM_COUNTING_UNITS = idsOf(VICTIM_COUNTING_UNIT_TERMS);
export type VictimCountingUnit = (typeof VICTIM_COUNTING_UNITS)[number];
