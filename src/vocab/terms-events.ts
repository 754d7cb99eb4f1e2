import { idsOf } from './term-list.js';

/** What happened: the type of an incident or of one act within it (DOMAIN.md, vocabularies v1). */
export const INCIDENT_TYPE_TERMS = [
  ['air_strike', 'Air strike'],
  ['barrel_bomb', 'Barrel bomb attack'],
  ['artillery_rocket_missile', 'Artillery, rocket or missile attack'],
  ['chemical_attack', 'Chemical attack'],
  ['incendiary_attack', 'Incendiary attack'],
  ['ied_or_mine', 'Improvised explosive device or mine'],
  ['direct_fire', 'Direct fire'],
  ['summary_execution', 'Summary execution'],
  ['enforced_disappearance', 'Enforced disappearance'],
  ['abduction', 'Abduction'],
  ['arbitrary_detention', 'Arbitrary detention'],
  ['torture', 'Torture'],
  ['sexual_violence', 'Sexual violence'],
  ['hostage_taking', 'Hostage taking'],
  ['siege', 'Siege'],
  ['denial_of_humanitarian_access', 'Denial of humanitarian access'],
  ['attack_on_objects_indispensable', 'Attack on objects indispensable to survival'],
  ['forced_displacement', 'Forced displacement'],
  ['pillage', 'Pillage'],
  ['destruction_of_property', 'Destruction of property'],
  ['child_recruitment', 'Recruitment or use of children'],
] as const;
export const INCIDENT_TYPES = idsOf(INCIDENT_TYPE_TERMS);
export type IncidentType = (typeof INCIDENT_TYPES)[number];

/** For forced_displacement: whether the people moved crossed an international border (deportation vs transfer). */
export const CROSSED_BORDER_TERMS = [
  ['yes', 'Crossed an international border'],
  ['no', 'Stayed within the country'],
  ['unknown', 'Not known'],
] as const;
export const CROSSED_BORDER = idsOf(CROSSED_BORDER_TERMS);
export type CrossedBorder = (typeof CROSSED_BORDER)[number];

/** The weapon or method used in an act. */
export const MEANS_TERMS = [
  ['barrel_bomb', 'Barrel bomb'],
  ['unguided_bomb', 'Unguided aerial bomb'],
  ['guided_munition', 'Guided munition'],
  ['cluster_munition', 'Cluster munition'],
  ['artillery', 'Artillery'],
  ['rocket', 'Rocket'],
  ['mlrs', 'Multiple-launch rocket system'],
  ['missile', 'Missile'],
  ['drone', 'Drone'],
  ['toxic_chemical', 'Toxic chemical'],
  ['incendiary', 'Incendiary weapon'],
  ['small_arms', 'Small arms'],
  ['ied', 'Improvised explosive device'],
  ['starvation', 'Starvation'],
  ['unknown', 'Unknown'],
] as const;
export const MEANS = idsOf(MEANS_TERMS);
export type Means = (typeof MEANS)[number];

/** The agent, recorded only alongside the means toxic_chemical; kept apart so `means` stays one flat list. */
export const TOXIC_AGENT_TERMS = [
  ['chlorine', 'Chlorine'],
  ['sarin', 'Sarin'],
  ['mustard', 'Sulphur mustard'],
  ['unknown', 'Unidentified agent'],
] as const;
export const TOXIC_AGENTS = idsOf(TOXIC_AGENT_TERMS);
export type ToxicAgent = (typeof TOXIC_AGENTS)[number];

/** What an act hit or was aimed at; each suggests legal provisions (see qualifications/catalogue.ts). */
export const TARGET_OBJECT_TERMS = [
  ['hospital', 'Hospital'],
  ['primary_health_facility', 'Primary health facility'],
  ['medical_transport', 'Medical transport (ambulances, medical convoys)'],
  ['medical_personnel', 'Medical personnel'],
  ['patients', 'Patients, wounded or sick'],
  ['school', 'School'],
  ['market', 'Market'],
  ['bakery_or_food_distribution', 'Bakery or food distribution point'],
  ['water_facility', 'Water facility'],
  ['power_infrastructure', 'Power infrastructure'],
  ['humanitarian_convoy', 'Humanitarian convoy'],
  ['humanitarian_warehouse', 'Humanitarian warehouse'],
  ['humanitarian_personnel', 'Humanitarian personnel'],
  ['un_premises', 'United Nations premises'],
  ['civil_defence', 'Civil defence (personnel or facility)'],
  ['place_of_worship', 'Place of worship'],
  ['cultural_property', 'Cultural property'],
  ['displacement_camp', 'Camp or shelter for displaced people'],
  ['residential', 'Residential building or area'],
  ['agricultural', 'Agricultural land, crops or livestock'],
  ['military_objective', 'Military objective (as claimed)'],
] as const;
export const TARGET_OBJECTS = idsOf(TARGET_OBJECT_TERMS);
export type TargetObject = (typeof TARGET_OBJECTS)[number];

/** The legal character of the armed conflict; it decides which war-crime provisions can apply. */
export const CONFLICT_TYPE_TERMS = [
  ['international', 'International armed conflict'],
  ['non_international', 'Non-international armed conflict'],
] as const;
export const CONFLICT_TYPES = idsOf(CONFLICT_TYPE_TERMS);
export type ConflictType = (typeof CONFLICT_TYPES)[number];

/** Events outside the incidents that give them a tempo: talks, votes, ceasefires, sieges, offensives. */
export const CONTEXT_EVENT_KIND_TERMS = [
  ['peace_talks', 'Peace talks'],
  ['security_council_vote', 'Security Council vote'],
  ['ceasefire', 'Ceasefire'],
  ['siege_start', 'Siege begins'],
  ['siege_end', 'Siege ends'],
  ['offensive_start', 'Offensive begins'],
  ['other', 'Other'],
] as const;
export const CONTEXT_EVENT_KINDS = idsOf(CONTEXT_EVENT_KIND_TERMS);
export type ContextEventKind = (typeof CONTEXT_EVENT_KINDS)[number];
