/**
 * Which kinds of target international humanitarian law protects *specially*, beyond the general protection
 * every civilian object has, each with the provisions that say so. "Specially protected" here means a treaty
 * or customary rule protects the object as such (medical units, schools and other buildings named in Rome
 * Statute art. 8(2)(b)(ix)/(e)(iv), humanitarian assistance, civil defence, objects indispensable to the
 * survival of the civilian population); markets, homes, power lines and camps are civilian objects, protected
 * from attack unless they become military objectives, but with no special protection of their own. The share
 * of a party's attacks on specially protected objects (compare.ts) counts the first group only.
 */
import type { TargetObject } from '../vocab/vocabularies.js';
import { TARGET_OBJECT_TERMS } from '../vocab/vocabularies.js';

export type Protection = 'specially_protected' | 'civilian_object' | 'not_protected';

/** The categories the issue names (hospital, school, market, water, residential, aid convoy, …), each a group of target terms. */
export type TargetCategory =
  | 'medical'
  | 'education'
  | 'worship_and_culture'
  | 'humanitarian'
  | 'civil_defence'
  | 'water'
  | 'food_and_agriculture'
  | 'market'
  | 'residential'
  | 'power'
  | 'displacement_camp'
  | 'military_objective';

export interface TargetProtection {
  term: TargetObject;
  category: TargetCategory;
  protection: Protection;
  /** The provisions, abbreviated as in LEGAL_SOURCES. */
  basis: readonly string[];
  note: string;
}

/** The abbreviations the bases use, with the instrument each stands for. */
export const LEGAL_SOURCES: Readonly<Record<string, string>> = {
  'GC I': 'Geneva Convention (I) for the Amelioration of the Condition of the Wounded and Sick in Armed Forces in the Field, 12 August 1949',
  'GC IV': 'Geneva Convention (IV) relative to the Protection of Civilian Persons in Time of War, 12 August 1949',
  'AP I': 'Protocol Additional to the Geneva Conventions (Protocol I), 8 June 1977 (international armed conflict)',
  'AP II': 'Protocol Additional to the Geneva Conventions (Protocol II), 8 June 1977 (non-international armed conflict)',
  'Hague Regulations': 'Regulations annexed to Hague Convention (IV) respecting the Laws and Customs of War on Land, 18 October 1907',
  'Hague 1954': 'Convention for the Protection of Cultural Property in the Event of Armed Conflict, The Hague, 14 May 1954',
  'Rome Statute': 'Rome Statute of the International Criminal Court, 17 July 1998 (art. 8(2)(e)(xix) as amended in 2019)',
  'UN Safety Convention': 'Convention on the Safety of United Nations and Associated Personnel, 9 December 1994',
  'UN Privileges Convention': 'Convention on the Privileges and Immunities of the United Nations, 13 February 1946',
  'CIHL': 'ICRC, Customary International Humanitarian Law, vol. I: Rules (Henckaerts & Doswald-Beck, 2005)',
};

const MEDICAL_UNIT = ['GC I art. 19', 'GC IV art. 18', 'AP I art. 12', 'AP II art. 11', 'CIHL Rule 28', 'Rome Statute art. 8(2)(b)(ix), 8(2)(b)(xxiv), 8(2)(e)(ii), 8(2)(e)(iv)'];
const RELIEF = ['AP I art. 70', 'CIHL Rule 32', 'Rome Statute art. 8(2)(b)(iii), 8(2)(e)(iii)'];
const INDISPENSABLE = ['AP I art. 54(2)', 'AP II art. 14', 'CIHL Rule 54', 'Rome Statute art. 8(2)(b)(xxv), 8(2)(e)(xix)'];
const CIVILIAN_OBJECT = ['AP I art. 52(1)', 'CIHL Rules 7, 10', 'Rome Statute art. 8(2)(b)(ii) (international armed conflict only)'];
const NOT_SPECIAL = 'a civilian object, protected from attack unless it becomes a military objective, but not specially protected';

const entry = (term: TargetObject, category: TargetCategory, protection: Protection, basis: readonly string[], note: string): TargetProtection => ({ term, category, protection, basis, note });

/** One entry per target term, in the vocabulary's order. */
export const TARGET_PROTECTIONS: readonly TargetProtection[] = [
  entry('hospital', 'medical', 'specially_protected', MEDICAL_UNIT, 'a medical unit; it loses protection only if used, outside its humanitarian function, to commit acts harmful to the enemy, and only after a warning (GC I art. 21, AP I art. 13)'),
  entry('primary_health_facility', 'medical', 'specially_protected', MEDICAL_UNIT, 'a medical unit (AP I art. 8(e)), protected like a hospital'),
  entry('medical_transport', 'medical', 'specially_protected', ['GC I art. 35', 'GC IV art. 21', 'AP I art. 21', 'AP II art. 11', 'CIHL Rule 29', 'Rome Statute art. 8(2)(b)(xxiv), 8(2)(e)(ii)'], 'ambulances and medical convoys'),
  entry('medical_personnel', 'medical', 'specially_protected', ['GC I art. 24', 'GC IV art. 20', 'AP I art. 15', 'AP II art. 9', 'CIHL Rule 25', 'Rome Statute art. 8(2)(b)(xxiv), 8(2)(e)(ii)'], 'medical personnel exclusively assigned to medical duties'),
  entry('patients', 'medical', 'specially_protected', ['GC I art. 12', 'GC IV art. 16', 'AP I art. 10', 'AP II art. 7', 'CIHL Rule 110', 'Rome Statute art. 8(2)(b)(ix), 8(2)(e)(iv)'], 'the wounded and sick, and the places where they are collected'),
  entry('school', 'education', 'specially_protected', ['CIHL Rule 38', 'Rome Statute art. 8(2)(b)(ix), 8(2)(e)(iv)'], 'a building dedicated to education, if it was not a military objective'),
  entry('market', 'market', 'civilian_object', CIVILIAN_OBJECT, NOT_SPECIAL),
  entry('bakery_or_food_distribution', 'food_and_agriculture', 'specially_protected', INDISPENSABLE, 'foodstuffs: an object indispensable to the survival of the civilian population'),
  entry('water_facility', 'water', 'specially_protected', INDISPENSABLE, 'drinking-water installations and supplies: an object indispensable to the survival of the civilian population'),
  entry(
    'power_infrastructure',
    'power',
    'civilian_object',
    CIVILIAN_OBJECT,
    `${NOT_SPECIAL}; a nuclear electrical generating station or a dam is specially protected as a work containing dangerous forces (AP I art. 56, AP II art. 15), which this term does not tell apart`,
  ),
  entry('humanitarian_convoy', 'humanitarian', 'specially_protected', RELIEF, 'a humanitarian relief object, while entitled to the protection given to civilian objects'),
  entry('humanitarian_warehouse', 'humanitarian', 'specially_protected', RELIEF, 'a humanitarian relief object, while entitled to the protection given to civilian objects'),
  entry('humanitarian_personnel', 'humanitarian', 'specially_protected', ['AP I art. 71(2)', 'CIHL Rule 31', 'Rome Statute art. 8(2)(b)(iii), 8(2)(e)(iii)'], 'humanitarian relief personnel, while entitled to the protection given to civilians'),
  entry(
    'un_premises',
    'humanitarian',
    'specially_protected',
    ['Rome Statute art. 8(2)(b)(iii), 8(2)(e)(iii)', 'CIHL Rule 33', 'UN Safety Convention art. 7', 'UN Privileges Convention art. II s. 3'],
    'premises of a humanitarian assistance or peacekeeping mission; the premises of the United Nations are inviolable',
  ),
  entry('civil_defence', 'civil_defence', 'specially_protected', ['AP I art. 62', 'AP I art. 61, 63–67'], 'civilian civil-defence organisations, their personnel, buildings and matériel (AP I: international armed conflict; elsewhere protected as civilians and civilian objects)'),
  entry('place_of_worship', 'worship_and_culture', 'specially_protected', ['Hague Regulations art. 27', 'AP I art. 53', 'AP II art. 16', 'CIHL Rule 38', 'Rome Statute art. 8(2)(b)(ix), 8(2)(e)(iv)'], 'a building dedicated to religion, if it was not a military objective'),
  entry('cultural_property', 'worship_and_culture', 'specially_protected', ['Hague 1954 art. 4', 'AP I art. 53', 'AP II art. 16', 'CIHL Rule 38', 'Rome Statute art. 8(2)(b)(ix), 8(2)(e)(iv)'], 'historic monuments and buildings dedicated to art or science'),
  entry(
    'displacement_camp',
    'displacement_camp',
    'civilian_object',
    [...CIVILIAN_OBJECT, 'AP II art. 17', 'CIHL Rule 131'],
    `${NOT_SPECIAL} as such; its residents are civilians and displaced persons, and a camp agreed as a hospital or safety zone (GC IV art. 14–15) is specially protected, which this term does not record`,
  ),
  entry('residential', 'residential', 'civilian_object', CIVILIAN_OBJECT, NOT_SPECIAL),
  entry('agricultural', 'food_and_agriculture', 'specially_protected', INDISPENSABLE, 'agricultural areas, crops and livestock: objects indispensable to the survival of the civilian population'),
  entry('military_objective', 'military_objective', 'not_protected', ['AP I art. 52(2)', 'CIHL Rule 8'], 'claimed to be a military objective: a claim to assess, not a finding; the rules on proportionality and precautions still apply (AP I art. 51(5)(b), 57)'),
];

export const TARGET_CATEGORY_LABELS: Readonly<Record<TargetCategory, string>> = {
  medical: 'Hospitals and medical care',
  education: 'Schools',
  worship_and_culture: 'Places of worship and cultural property',
  humanitarian: 'Aid convoys, humanitarian staff and premises, UN premises',
  civil_defence: 'Civil defence',
  water: 'Water',
  food_and_agriculture: 'Food: bakeries, food distribution, agriculture',
  market: 'Markets',
  residential: 'Homes and residential areas',
  power: 'Power infrastructure',
  displacement_camp: 'Camps and shelters for displaced people',
  military_objective: 'Military objectives (as claimed)',
};

const BY_TERM = new Map<string, TargetProtection>(TARGET_PROTECTIONS.map((protection) => [protection.term, protection]));

/** The protection a target term has; undefined for a term outside the vocabulary. */
export function targetProtection(term: string): TargetProtection | undefined {
  return BY_TERM.get(term);
}

/** True for the targets IHL protects specially; false for plain civilian objects, military objectives and unknown terms. */
export function isSpeciallyProtected(term: string): boolean {
  return BY_TERM.get(term)?.protection === 'specially_protected';
}

/** The categories in a fixed order (specially protected first), each with its terms in the vocabulary's order. */
export const TARGET_CATEGORIES: readonly { category: TargetCategory; label: string; protection: Protection; terms: readonly TargetObject[] }[] = (
  Object.keys(TARGET_CATEGORY_LABELS) as TargetCategory[]
).map((category) => {
  const terms = TARGET_OBJECT_TERMS.map(([id]) => id).filter((id) => BY_TERM.get(id)?.category === category);
  return { category, label: TARGET_CATEGORY_LABELS[category], protection: BY_TERM.get(terms[0]!)!.protection, terms };
});
