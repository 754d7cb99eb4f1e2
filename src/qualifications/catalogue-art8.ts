import { warCrime, type Amendment, type Provision } from './catalogue-types.js';

/**
 * War crimes, Rome Statute art. 8(2): grave breaches (a) and other serious violations (b) in international
 * armed conflict; (c) and (e) in non-international armed conflict. Where the Statute has the same crime for
 * both types of conflict, the elements are written once below and shared. Summaries are ours, after the ICC
 * Elements of Crimes.
 */
type Drafts = Parameters<typeof warCrime>[1]['elements'];

const GRAVE_BREACH_PROTECTED_PERSONS: Drafts = [
  ['circumstance', 'The persons were protected under one or more of the Geneva Conventions of 1949.'],
  ['mental', 'The perpetrator was aware of the facts that established that protected status.'],
];
const ATTACKING_CIVILIANS: Drafts = [
  ['conduct', 'The perpetrator directed an attack.'],
  ['circumstance', 'The object of the attack was a civilian population as such or individual civilians not taking direct part in hostilities.'],
  ['mental', 'The perpetrator intended those civilians to be the object of the attack.'],
];
const ATTACKING_HUMANITARIAN_MISSION: Drafts = [
  ['conduct', 'The perpetrator directed an attack.'],
  ['circumstance', 'The object was personnel, installations, material, units or vehicles of a humanitarian assistance or peacekeeping mission under the UN Charter.'],
  ['mental', 'The perpetrator intended them to be the object of the attack.'],
  ['circumstance', 'They were entitled to the protection the law of armed conflict gives civilians or civilian objects.'],
  ['mental', 'The perpetrator was aware of the facts that established that protection.'],
];
const ATTACKING_PROTECTED_BUILDINGS: Drafts = [
  ['conduct', 'The perpetrator directed an attack.'],
  ['circumstance', 'The object was one or more buildings dedicated to religion, education, art, science or charity, historic monuments, hospitals or places where the sick and wounded are collected, and they were not military objectives.'],
  ['mental', 'The perpetrator intended those buildings to be the object of the attack.'],
];
const ATTACKING_EMBLEM_USERS: Drafts = [
  ['conduct', 'The perpetrator attacked persons, buildings, medical units or transports or other objects that were using, as international law allows, a distinctive emblem or other identification showing protection under the Geneva Conventions.'],
  ['mental', 'The perpetrator intended those persons or objects, so identified, to be the object of the attack.'],
];
const POISON: Drafts = [
  ['conduct', 'The perpetrator used a substance, or a weapon that releases a substance when used.'],
  ['circumstance', 'In the ordinary course of events the substance causes death or serious damage to health through its toxic properties.'],
];
const GASES: Drafts = [
  ['conduct', 'The perpetrator used a gas or other analogous substance or device.'],
  ['circumstance', 'In the ordinary course of events it causes death or serious damage to health through its asphyxiating or toxic properties.'],
];
const STARVATION: Drafts = [
  ['conduct', 'The perpetrator deprived civilians of objects indispensable to their survival, including by wilfully impeding relief supplies.'],
  ['mental', 'The perpetrator intended to starve civilians as a method of warfare.'],
];
const adversaryProperty = (adversary: string): Drafts => [
  ['conduct', 'The perpetrator destroyed or seized certain property.'],
  ['circumstance', `The property belonged to ${adversary}.`],
  ['circumstance', 'The law of armed conflict protected that property from destruction or seizure.'],
  ['mental', 'The perpetrator was aware of the facts that established the status of the property.'],
  ['circumstance', 'Military necessity did not require the destruction or seizure.'],
];

const PROTECTED_BUILDING_NOTES = [
  'A hospital loses its protection only when used, outside its humanitarian function, for acts harmful to the enemy, and (under IHL) normally only after a warning has gone unheeded: assess any military-objective claim as a claim.',
];
const EMBLEM_NOTES = ['Needs the emblem or another recognised identification to have been in use; for unmarked hospitals consider 8(2)(b)(ix) or (e)(iv).'];

const KAMPALA_2010: Amendment = { id: 'kampala_2010', name: 'Kampala amendment to article 8 (2010)', adopted: '2010-06-10' };
const STARVATION_2019: Amendment = { id: 'starvation_2019', name: 'Amendment to article 8 on starvation in non-international armed conflict (2019)', adopted: '2019-12-06' };
/** The amendments the catalogue's provisions were added by. */
export const AMENDMENTS: readonly Amendment[] = [KAMPALA_2010, STARVATION_2019];
const SYRIA_NOT_PARTY = 'Syria is not a State Party: the Court could act only on a Security Council referral or an art. 12(3) declaration, and whether the amendment would then apply is unsettled.';

export const ART8_IAC_PROVISIONS: readonly Provision[] = [
  warCrime('international', {
    id: 'rs-8-2-a-i',
    citation: 'Rome Statute art. 8(2)(a)(i)',
    title: 'Wilful killing (grave breach)',
    elements: [['consequence', 'The perpetrator killed one or more persons.'], ...GRAVE_BREACH_PROTECTED_PERSONS],
    counterpart: 'rs-8-2-c-i-1',
  }),
  warCrime('international', {
    id: 'rs-8-2-a-ii-1',
    citation: 'Rome Statute art. 8(2)(a)(ii)-1',
    title: 'Torture (grave breach)',
    elements: [
      ['conduct', 'The perpetrator inflicted severe physical or mental pain or suffering on one or more persons.'],
      ['mental', 'The perpetrator did so for a purpose such as getting information or a confession, punishing, intimidating or coercing, or for a reason based on discrimination.'],
      ...GRAVE_BREACH_PROTECTED_PERSONS,
    ],
    counterpart: 'rs-8-2-c-i-4',
  }),
  warCrime('international', {
    id: 'rs-8-2-a-iv',
    citation: 'Rome Statute art. 8(2)(a)(iv)',
    title: 'Extensive destruction or appropriation of property (grave breach)',
    elements: [
      ['conduct', 'The perpetrator destroyed or appropriated certain property.'],
      ['circumstance', 'Military necessity did not justify it.'],
      ['circumstance', 'The destruction or appropriation was extensive and carried out wantonly.'],
      ['circumstance', 'The property was protected under one or more of the Geneva Conventions of 1949.'],
      ['mental', 'The perpetrator was aware of the facts that established that protected status.'],
    ],
    otherConflictAdvice: 'consider 8(2)(e)(xii) destroying or seizing the property of an adversary',
  }),
  warCrime('international', {
    id: 'rs-8-2-a-vii-1',
    citation: 'Rome Statute art. 8(2)(a)(vii)-1',
    title: 'Unlawful deportation or transfer (grave breach)',
    elements: [['conduct', 'The perpetrator deported or transferred one or more persons to another State or place.'], ...GRAVE_BREACH_PROTECTED_PERSONS],
    counterpart: 'rs-8-2-e-viii',
  }),
  warCrime('international', {
    id: 'rs-8-2-b-i',
    citation: 'Rome Statute art. 8(2)(b)(i)',
    title: 'Attacking civilians',
    elements: ATTACKING_CIVILIANS,
    counterpart: 'rs-8-2-e-i',
  }),
  warCrime('international', {
    id: 'rs-8-2-b-ii',
    citation: 'Rome Statute art. 8(2)(b)(ii)',
    title: 'Attacking civilian objects',
    elements: [
      ['conduct', 'The perpetrator directed an attack.'],
      ['circumstance', 'The object of the attack was civilian objects, that is, objects that are not military objectives.'],
      ['mental', 'The perpetrator intended those civilian objects to be the object of the attack.'],
    ],
    otherConflictAdvice: 'non-international conflict has no crime of attacking civilian objects as such — consider 8(2)(e)(xii) destruction of property or (e)(iv) where the objects are protected',
  }),
  warCrime('international', {
    id: 'rs-8-2-b-iii',
    citation: 'Rome Statute art. 8(2)(b)(iii)',
    title: 'Attacking personnel or objects of a humanitarian assistance or peacekeeping mission',
    elements: ATTACKING_HUMANITARIAN_MISSION,
    counterpart: 'rs-8-2-e-iii',
  }),
  warCrime('international', {
    id: 'rs-8-2-b-iv',
    citation: 'Rome Statute art. 8(2)(b)(iv)',
    title: 'Disproportionate attack (excessive incidental death, injury or damage)',
    elements: [
      ['conduct', 'The perpetrator launched an attack.'],
      ['circumstance', 'The attack would cause incidental death or injury to civilians, damage to civilian objects, or widespread, long-term and severe damage to the natural environment, clearly excessive in relation to the concrete and direct overall military advantage anticipated.'],
      ['mental', 'The perpetrator knew the attack would cause such harm and that it would be clearly excessive.'],
    ],
    notes: ['The excess is judged on what the perpetrator could know at the time, not on the outcome.'],
    otherConflictAdvice: 'non-international conflict has no crime of launching a disproportionate attack — consider 8(2)(e)(i) where civilians were the object of the attack, or the harm itself (8(2)(c)(i) murder, art. 7)',
  }),
  warCrime('international', {
    id: 'rs-8-2-b-ix',
    citation: 'Rome Statute art. 8(2)(b)(ix)',
    title: 'Attacking hospitals, schools, places of worship and other protected buildings',
    elements: ATTACKING_PROTECTED_BUILDINGS,
    counterpart: 'rs-8-2-e-iv',
    notes: PROTECTED_BUILDING_NOTES,
  }),
  warCrime('international', {
    id: 'rs-8-2-b-xiii',
    citation: 'Rome Statute art. 8(2)(b)(xiii)',
    title: 'Destroying or seizing the enemy\'s property',
    elements: adversaryProperty('a hostile party'),
    counterpart: 'rs-8-2-e-xii',
  }),
  warCrime('international', {
    id: 'rs-8-2-b-xvii',
    citation: 'Rome Statute art. 8(2)(b)(xvii)',
    title: 'Employing poison or poisoned weapons',
    elements: POISON,
    counterpart: 'rs-8-2-e-xiii',
  }),
  warCrime('international', {
    id: 'rs-8-2-b-xviii',
    citation: 'Rome Statute art. 8(2)(b)(xviii)',
    title: 'Employing asphyxiating, poisonous or other gases',
    elements: GASES,
    counterpart: 'rs-8-2-e-xiv',
  }),
  warCrime('international', {
    id: 'rs-8-2-b-xxiv',
    citation: 'Rome Statute art. 8(2)(b)(xxiv)',
    title: 'Attacking persons or objects using the distinctive emblems of the Geneva Conventions',
    elements: ATTACKING_EMBLEM_USERS,
    counterpart: 'rs-8-2-e-ii',
    notes: EMBLEM_NOTES,
  }),
  warCrime('international', {
    id: 'rs-8-2-b-xxv',
    citation: 'Rome Statute art. 8(2)(b)(xxv)',
    title: 'Starvation of civilians as a method of warfare',
    elements: STARVATION,
    counterpart: 'rs-8-2-e-xix',
  }),
];

export const ART8_NIAC_PROVISIONS: readonly Provision[] = [
  warCrime('non_international', {
    id: 'rs-8-2-c-i-1',
    citation: 'Rome Statute art. 8(2)(c)(i)-1',
    title: 'Murder of persons taking no active part in hostilities',
    elements: [
      ['consequence', 'The perpetrator killed one or more persons.'],
      ['circumstance', 'They were hors de combat, or civilians, medical or religious personnel taking no active part in hostilities.'],
      ['mental', 'The perpetrator was aware of the facts that established that status.'],
    ],
    counterpart: 'rs-8-2-a-i',
  }),
  warCrime('non_international', {
    id: 'rs-8-2-c-i-4',
    citation: 'Rome Statute art. 8(2)(c)(i)-4',
    title: 'Torture of persons taking no active part in hostilities',
    elements: [
      ['conduct', 'The perpetrator inflicted severe physical or mental pain or suffering on one or more persons.'],
      ['mental', 'The perpetrator did so for a purpose such as getting information or a confession, punishing, intimidating or coercing, or for a reason based on discrimination.'],
      ['circumstance', 'They were hors de combat, or civilians, medical or religious personnel taking no active part in hostilities.'],
      ['mental', 'The perpetrator was aware of the facts that established that status.'],
    ],
    counterpart: 'rs-8-2-a-ii-1',
  }),
  warCrime('non_international', { id: 'rs-8-2-e-i', citation: 'Rome Statute art. 8(2)(e)(i)', title: 'Attacking civilians', elements: ATTACKING_CIVILIANS, counterpart: 'rs-8-2-b-i' }),
  warCrime('non_international', {
    id: 'rs-8-2-e-ii',
    citation: 'Rome Statute art. 8(2)(e)(ii)',
    title: 'Attacking persons or objects using the distinctive emblems of the Geneva Conventions',
    elements: ATTACKING_EMBLEM_USERS,
    counterpart: 'rs-8-2-b-xxiv',
    notes: EMBLEM_NOTES,
  }),
  warCrime('non_international', {
    id: 'rs-8-2-e-iii',
    citation: 'Rome Statute art. 8(2)(e)(iii)',
    title: 'Attacking personnel or objects of a humanitarian assistance or peacekeeping mission',
    elements: ATTACKING_HUMANITARIAN_MISSION,
    counterpart: 'rs-8-2-b-iii',
  }),
  warCrime('non_international', {
    id: 'rs-8-2-e-iv',
    citation: 'Rome Statute art. 8(2)(e)(iv)',
    title: 'Attacking hospitals, schools, places of worship and other protected buildings',
    elements: ATTACKING_PROTECTED_BUILDINGS,
    counterpart: 'rs-8-2-b-ix',
    notes: PROTECTED_BUILDING_NOTES,
  }),
  warCrime('non_international', {
    id: 'rs-8-2-e-viii',
    citation: 'Rome Statute art. 8(2)(e)(viii)',
    title: 'Ordering the displacement of civilians',
    elements: [
      ['conduct', 'The perpetrator ordered a displacement of a civilian population.'],
      ['circumstance', 'Neither the security of the civilians involved nor military necessity justified the order.'],
      ['circumstance', 'The perpetrator was in a position to bring about the displacement by giving the order.'],
    ],
    counterpart: 'rs-8-2-a-vii-1',
  }),
  warCrime('non_international', {
    id: 'rs-8-2-e-xii',
    citation: 'Rome Statute art. 8(2)(e)(xii)',
    title: 'Destroying or seizing the property of an adversary',
    elements: adversaryProperty('an adversary'),
    counterpart: 'rs-8-2-b-xiii',
  }),
  warCrime('non_international', {
    id: 'rs-8-2-e-xiii',
    citation: 'Rome Statute art. 8(2)(e)(xiii)',
    title: 'Employing poison or poisoned weapons',
    elements: POISON,
    counterpart: 'rs-8-2-b-xvii',
    amendment: KAMPALA_2010,
    notes: [`Added by the ${KAMPALA_2010.name}; applies only for States that ratified it. ${SYRIA_NOT_PARTY}`],
  }),
  warCrime('non_international', {
    id: 'rs-8-2-e-xiv',
    citation: 'Rome Statute art. 8(2)(e)(xiv)',
    title: 'Employing asphyxiating, poisonous or other gases',
    elements: GASES,
    counterpart: 'rs-8-2-b-xviii',
    amendment: KAMPALA_2010,
    notes: [`Added by the ${KAMPALA_2010.name}; applies only for States that ratified it. ${SYRIA_NOT_PARTY}`],
  }),
  warCrime('non_international', {
    id: 'rs-8-2-e-xix',
    citation: 'Rome Statute art. 8(2)(e)(xix)',
    title: 'Starvation of civilians as a method of warfare',
    elements: STARVATION,
    counterpart: 'rs-8-2-b-xxv',
    amendment: STARVATION_2019,
    notes: [`Added by the ${STARVATION_2019.name}; applies only for States that ratified it. ${SYRIA_NOT_PARTY}`],
  }),
];
