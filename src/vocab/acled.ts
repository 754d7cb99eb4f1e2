import { invalidField } from '../common/errors.js';
import { assertTerm, INCIDENT_TYPES, type ActorType, type IncidentType } from './vocabularies.js';

/**
 * Mappings between Dossier's vocabularies and ACLED's event typology and actor codes. ACLED is an export
 * format (DOMAIN.md principle 4): every mapping that loses detail says what it loses, so an export can
 * state what it dropped. ACLED labels are spelled exactly as ACLED spells them.
 */

// The tables below are shared by every caller; freezing them keeps one caller from corrupting another's export.
function frozenTable<T extends object>(table: T): T {
  for (const value of Object.values(table)) Object.freeze(value);
  return Object.freeze(table);
}

/** ACLED event types with their sub-event types. */
export const ACLED_SUB_EVENT_TYPES = frozenTable({
  Battles: ['Armed clash', 'Government regains territory', 'Non-state actor overtakes territory'],
  'Explosions/Remote violence': ['Chemical weapon', 'Air/drone strike', 'Suicide bomb', 'Shelling/artillery/missile attack', 'Remote explosive/landmine/IED', 'Grenade'],
  'Violence against civilians': ['Sexual violence', 'Attack', 'Abduction/forced disappearance'],
  Protests: ['Peaceful protest', 'Protest with intervention', 'Excessive force against protesters'],
  Riots: ['Violent demonstration', 'Mob violence'],
  'Strategic developments': [
    'Agreement',
    'Arrests',
    'Change to group/activity',
    'Disrupted weapons use',
    'Headquarters or base established',
    'Looting/property destruction',
    'Non-violent transfer of territory',
    'Other',
  ],
} as const);
export type AcledEventType = keyof typeof ACLED_SUB_EVENT_TYPES;
export type AcledSubEventType = (typeof ACLED_SUB_EVENT_TYPES)[AcledEventType][number];
export type AcledDisorderType = 'Political violence' | 'Demonstrations' | 'Strategic developments';

export interface AcledEventMapping {
  disorderType: AcledDisorderType;
  eventType: AcledEventType;
  subEventType: AcledSubEventType;
  /** True when the ACLED sub-event type means the same as the Dossier type; false means lossNote says what is lost. */
  exact: boolean;
  lossNote?: string;
}

const PV = 'Political violence';
const SD = 'Strategic developments';
const EXPLOSIONS = 'Explosions/Remote violence';
const VAC = 'Violence against civilians';

export const ACLED_EVENT_FOR_INCIDENT_TYPE: Readonly<Record<IncidentType, Readonly<AcledEventMapping>>> = frozenTable({
  air_strike: { disorderType: PV, eventType: EXPLOSIONS, subEventType: 'Air/drone strike', exact: true },
  barrel_bomb: { disorderType: PV, eventType: EXPLOSIONS, subEventType: 'Air/drone strike', exact: false, lossNote: 'ACLED does not distinguish barrel bombs from other air-dropped munitions; the weapon survives only in notes.' },
  artillery_rocket_missile: { disorderType: PV, eventType: EXPLOSIONS, subEventType: 'Shelling/artillery/missile attack', exact: true },
  chemical_attack: { disorderType: PV, eventType: EXPLOSIONS, subEventType: 'Chemical weapon', exact: false, lossNote: 'The agent (chlorine, sarin, mustard) and the delivery method (air-dropped, rocket) are lost; add them to notes.' },
  incendiary_attack: { disorderType: PV, eventType: EXPLOSIONS, subEventType: 'Air/drone strike', exact: false, lossNote: 'ACLED has no incendiary category; coded by the usual delivery (aircraft). Incendiaries fired by artillery or rockets belong under Shelling/artillery/missile attack.' },
  ied_or_mine: { disorderType: PV, eventType: EXPLOSIONS, subEventType: 'Remote explosive/landmine/IED', exact: true },
  direct_fire: { disorderType: PV, eventType: VAC, subEventType: 'Attack', exact: false, lossNote: 'Assumes the fire was aimed at civilians; fire between armed parties is Battles / Armed clash in ACLED. The weapon is lost.' },
  summary_execution: { disorderType: PV, eventType: VAC, subEventType: 'Attack', exact: false, lossNote: 'ACLED codes executions as attacks on civilians; the fact that victims were in custody and killed without trial is lost.' },
  enforced_disappearance: { disorderType: PV, eventType: VAC, subEventType: 'Abduction/forced disappearance', exact: false, lossNote: 'ACLED merges abductions by anyone with disappearances by the state; the refusal to acknowledge the detention or disclose the fate is lost.' },
  abduction: { disorderType: PV, eventType: VAC, subEventType: 'Abduction/forced disappearance', exact: true },
  arbitrary_detention: { disorderType: SD, eventType: SD, subEventType: 'Arrests', exact: false, lossNote: 'ACLED arrests are strategic developments, not violence; that the detention was arbitrary, and any ill-treatment, is lost.' },
  torture: { disorderType: PV, eventType: VAC, subEventType: 'Attack', exact: false, lossNote: 'ACLED has no torture category; the custody setting and the severe suffering inflicted are lost.' },
  sexual_violence: { disorderType: PV, eventType: VAC, subEventType: 'Sexual violence', exact: true },
  hostage_taking: { disorderType: PV, eventType: VAC, subEventType: 'Abduction/forced disappearance', exact: false, lossNote: 'The threat and the conditions set for release, which make it hostage taking, are lost.' },
  siege: { disorderType: SD, eventType: SD, subEventType: 'Other', exact: false, lossNote: 'ACLED has no siege type; export the siege\'s component events (shelling, strikes, blocked convoys) as their own rows. The encirclement and its duration survive only in notes.' },
  denial_of_humanitarian_access: { disorderType: SD, eventType: SD, subEventType: 'Other', exact: false, lossNote: 'ACLED has no type for blocking aid; who was denied what, and for how long, survives only in notes.' },
  attack_on_objects_indispensable: { disorderType: SD, eventType: SD, subEventType: 'Looting/property destruction', exact: false, lossNote: 'The objects being indispensable to survival is lost; when the act was a strike or shelling, prefer that act\'s type.' },
  forced_displacement: { disorderType: SD, eventType: SD, subEventType: 'Other', exact: false, lossNote: 'ACLED does not code displacement; the number displaced and whether they crossed a border are lost.' },
  pillage: { disorderType: SD, eventType: SD, subEventType: 'Looting/property destruction', exact: false, lossNote: 'ACLED merges looting with destruction; the appropriation for private or personal use is lost.' },
  destruction_of_property: { disorderType: SD, eventType: SD, subEventType: 'Looting/property destruction', exact: true },
  child_recruitment: { disorderType: SD, eventType: SD, subEventType: 'Other', exact: false, lossNote: 'ACLED has no type for recruiting or using children; the ages and the use made of them survive only in notes.' },
});

/** The ACLED event classification for one incident or act type. */
export function acledEventFor(incidentType: IncidentType): Readonly<AcledEventMapping> {
  assertTerm('incidentType', 'incident_types', incidentType);
  return ACLED_EVENT_FOR_INCIDENT_TYPE[incidentType];
}

/** ACLED actor ("inter") codes with ACLED's names for them. */
export const ACLED_INTER_CODES = Object.freeze({
  1: 'State forces',
  2: 'Rebel groups',
  3: 'Political militias',
  4: 'Identity militias',
  5: 'Rioters',
  6: 'Protesters',
  7: 'Civilians',
  8: 'External/Other forces',
} as const);
export type AcledInterCode = keyof typeof ACLED_INTER_CODES;

export interface AcledInterMapping {
  code: AcledInterCode;
  /** Why this code, where ACLED's choice is a convention rather than obvious. */
  note?: string;
}

export const ACLED_INTER_FOR_ACTOR_TYPE: Readonly<Record<ActorType, Readonly<AcledInterMapping>>> = frozenTable({
  state_armed_forces: { code: 1 },
  state_security: { code: 1 },
  state_intelligence: { code: 1 },
  external_state_force: { code: 8, note: 'A state\'s forces acting outside its territory (e.g. Russian forces in Syria) are external forces in ACLED.' },
  pro_government_militia: { code: 3, note: 'Coded as a political militia; a militia formally integrated into the state forces is coded 1 instead.' },
  rebel_group: { code: 2 },
  identity_militia: { code: 4 },
  private_military_company: { code: 8, note: 'Foreign private military companies are external/other forces in ACLED.' },
  unidentified_armed_group: { code: 3, note: 'ACLED codes unidentified armed groups as political militias.' },
  individual: { code: 7, note: 'A person with no recorded unit; when the person was posted to a unit at the time, export the unit\'s code instead.' },
});

export function acledInterFor(actorType: ActorType): Readonly<AcledInterMapping> {
  assertTerm('actorType', 'actor_types', actorType);
  return ACLED_INTER_FOR_ACTOR_TYPE[actorType];
}

function assertInterCode(field: string, code: unknown): asserts code is AcledInterCode {
  if (typeof code !== 'number' || !Number.isInteger(code) || code < 1 || code > 8) {
    throw invalidField(field, 'must be an ACLED inter code, a whole number from 1 to 8', code);
  }
}

/**
 * ACLED's two-digit interaction code: the two actors' inter codes, lower first (state forces 1 against
 * civilians 7 → 17, whichever is actor1); an event with one actor only is ten times its code (1 → 10).
 */
export function interactionCode(inter1: AcledInterCode, inter2?: AcledInterCode): number {
  assertInterCode('inter1', inter1);
  if (inter2 === undefined) return inter1 * 10;
  assertInterCode('inter2', inter2);
  return Math.min(inter1, inter2) * 10 + Math.max(inter1, inter2);
}

export interface AcledReverseMatch {
  /** The best Dossier type for the ACLED pair, or undefined when none fits (e.g. a peaceful protest). */
  incidentType: IncidentType | undefined;
  /** True when a person should check: other types fit too, or the best fit is loose. */
  ambiguous: boolean;
  /** Other Dossier types the same ACLED pair may stand for. */
  alternatives: IncidentType[];
}

interface ReverseEntry {
  /** The type to choose first, then the others the same pair may stand for. */
  types: readonly IncidentType[];
  /** The pair does not imply the type: an ACLED arrest need not be arbitrary, a clash is not aimed at civilians. */
  loose?: true;
}

/** Pairs not listed (protests, agreements, territorial changes...) match no Dossier type. */
const INCIDENT_TYPES_FOR_ACLED: Readonly<Record<string, ReverseEntry>> = {
  'Explosions/Remote violence|Air/drone strike': { types: ['air_strike', 'barrel_bomb', 'incendiary_attack'] },
  'Explosions/Remote violence|Shelling/artillery/missile attack': { types: ['artillery_rocket_missile', 'incendiary_attack'] },
  'Explosions/Remote violence|Chemical weapon': { types: ['chemical_attack'] },
  'Explosions/Remote violence|Remote explosive/landmine/IED': { types: ['ied_or_mine'] },
  'Explosions/Remote violence|Suicide bomb': { types: ['ied_or_mine'] },
  'Explosions/Remote violence|Grenade': { types: ['ied_or_mine', 'direct_fire'], loose: true },
  'Violence against civilians|Attack': { types: ['direct_fire', 'summary_execution', 'torture'] },
  'Violence against civilians|Abduction/forced disappearance': { types: ['abduction', 'enforced_disappearance', 'hostage_taking'] },
  'Violence against civilians|Sexual violence': { types: ['sexual_violence'] },
  'Battles|Armed clash': { types: ['direct_fire'], loose: true },
  'Protests|Excessive force against protesters': { types: ['direct_fire'], loose: true },
  'Strategic developments|Arrests': { types: ['arbitrary_detention'], loose: true },
  'Strategic developments|Looting/property destruction': { types: ['destruction_of_property', 'pillage', 'attack_on_objects_indispensable'] },
};
// "Other" says nothing about what happened: offer every type exported as Other, and choose none.
const OTHER_CANDIDATES: readonly IncidentType[] = INCIDENT_TYPES.filter((t) => ACLED_EVENT_FOR_INCIDENT_TYPE[t].subEventType === 'Other');

/** The Dossier incident type an ACLED event type and sub-event type most likely stand for. */
export function incidentTypeFromAcled(eventType: string, subEventType: string): AcledReverseMatch {
  const subTypes = (ACLED_SUB_EVENT_TYPES as Record<string, readonly string[]>)[eventType];
  if (!subTypes) throw invalidField('eventType', `unknown ACLED event type "${eventType}" (known: ${Object.keys(ACLED_SUB_EVENT_TYPES).join(', ')})`, eventType);
  if (!subTypes.includes(subEventType)) {
    throw invalidField('subEventType', `"${subEventType}" is not an ACLED sub-event type of ${eventType} (known: ${subTypes.join(', ')})`, subEventType);
  }
  if (eventType === 'Strategic developments' && subEventType === 'Other') {
    return { incidentType: undefined, ambiguous: true, alternatives: [...OTHER_CANDIDATES] };
  }
  const entry = INCIDENT_TYPES_FOR_ACLED[`${eventType}|${subEventType}`];
  const [best, ...alternatives] = entry?.types ?? [];
  if (best === undefined) return { incidentType: undefined, ambiguous: false, alternatives: [] };
  return { incidentType: best, ambiguous: alternatives.length > 0 || entry?.loose === true, alternatives };
}
