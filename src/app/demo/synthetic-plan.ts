/**
 * The synthetic demo incidents as plain data, before they become records: what happened, when, where, to whom
 * and by whom, drawn from a seeded generator so the plan is the same on every start. Pure: no database, no
 * clock. The patterns the analyses should find are planted here (see the storylines below); synthetic.ts
 * turns each plan into labelled records.
 */
import type { AttributionStatus, TargetObject } from '../../vocab/vocabularies.js';
import { CAMPAIGN_TOWNS, dayInWords, dayNumber, isoDate, monthInWords, SECOND_SQUADRON_FORMED, SIEGE, SYNTHETIC_SPAN } from './synthetic-calendar.js';
import { attackDay, figure, governmentInvolvement, gradesOf, reportedDate, targetsOf, victimsOf, words, type TargetWeights } from './synthetic-draws.js';
import { SeededRandom } from '../seeded-random.js';
import type { IncidentPlan, InvolvementPlan, SyntheticActorKey } from './incident-plan.js';

/** The fixed seed: change it and every synthetic record changes. */
export const SYNTHETIC_SEED = 20_140_106;

/** Towns the air force strikes (weights: how often), opposition-held in the story; Idleb is the campaign's alone. */
const AIR_TOWNS: readonly (readonly [string, number])[] = [
  ['C1007', 20], // Aleppo
  ['C2338', 10], // Duma
  ['C2342', 6], // Harasta
  ['C2321', 6], // Arbin
  ['C2320', 5], // Zamalka
  ['C2319', 5], // Kafr Batna
  ['C2870', 7], // Ar-Rastan
  ['C2882', 6], // Talbiseh
  ['C5993', 7], // Dar'a
  ['C6030', 3], // Da'el
  ['C2429', 4], // Az-Zabdani
  ['C1022', 5], // Atareb
  ['C1130', 4], // Haritan
  ['C3463', 5], // Kafr Zeita
];

/** Government-held towns the opposition group shells, in the story. */
const SHELLED_TOWNS: readonly (readonly [string, number])[] = [
  ['C1001', 12], // Damascus
  ['C1007', 12], // Aleppo
  ['C2304', 6], // Jaramana
  ['C2528', 6], // Homs
  ['C2987', 5], // Hama
  ['C5993', 4], // Dar'a
];

/** Helicopter barrel bombs: markets most of all (the repeated modus operandi), homes, and protected objects less often. */
const BARREL_TARGETS: TargetWeights = [['market', 40], ['residential', 25], ['hospital', 9], ['school', 9], ['bakery_or_food_distribution', 7], ['water_facility', 5], ['place_of_worship', 5]];
const CAMPAIGN_BARREL_TARGETS: TargetWeights = [['market', 55], ['residential', 20], ['hospital', 10], ['school', 10], ['bakery_or_food_distribution', 5]];
/** Jets: hospitals, schools and health centres far more often than the armed group's fire. */
const JET_TARGETS: TargetWeights = [
  ['hospital', 20],
  ['residential', 22],
  ['school', 14],
  ['primary_health_facility', 10],
  ['market', 10],
  ['water_facility', 8],
  ['bakery_or_food_distribution', 8],
  ['civil_defence', 4],
  ['military_objective', 4],
];
const ALLIED_TARGETS: TargetWeights = [['residential', 50], ['hospital', 20], ['market', 10], ['military_objective', 20]];
/** The armed group's shelling: homes and military positions; a protected object now and then. */
const SHELLING_TARGETS: TargetWeights = [['residential', 58], ['military_objective', 20], ['market', 12], ['school', 6], ['hospital', 4]];

/** Every synthetic incident, in a fixed order: the storylines one after another. */
export function planSyntheticIncidents(seed = SYNTHETIC_SEED): IncidentPlan[] {
  const random = new SeededRandom(seed);
  return [...airCampaign(random, 110), ...alliedStrikes(random, 10), ...idlebCampaign(random, 12), ...shelling(random, 50), ...siegeOfDarayya(random, 10)];
}

function helicopterSquadron(random: SeededRandom, day: number): SyntheticActorKey {
  return day >= dayNumber(`${SECOND_SQUADRON_FORMED}-01`) && random.chance(0.5) ? 'squadron2' : 'squadron1';
}

function barrelBombing(random: SeededRandom, day: number, targets: TargetObject[], storyline: IncidentPlan['storyline'], pcode: string): IncidentPlan {
  const { date, latest } = reportedDate(random, day);
  return {
    storyline,
    what: `Barrel bombs on ${words(targets[0]!)} in {place}`,
    narrative: `Helicopters dropped barrel bombs on ${targets.map(words).join(' and ')} in {place}.`,
    types: ['barrel_bomb'],
    date,
    pcode,
    acts: [{ type: 'barrel_bomb', means: ['barrel_bomb'], targets, involvement: governmentInvolvement(random, [helicopterSquadron(random, day)]), victims: victimsOf(random, targets, 14) }],
    grades: gradesOf(random, latest),
  };
}

function jetStrike(random: SeededRandom, day: number, targets: TargetObject[], storyline: IncidentPlan['storyline'], pcode: string): IncidentPlan {
  const { date, latest } = reportedDate(random, day);
  const eitherOr = random.chance(0.2);
  const means = random.weighted([['unguided_bomb', 60], ['guided_munition', 25], ['cluster_munition', 15]] as const);
  return {
    storyline,
    what: `Air strike on ${words(targets[0]!)} in {place}`,
    narrative: `${eitherOr ? 'Government or allied jets' : 'Government jets'} struck ${targets.map(words).join(' and ')} in {place}.`,
    types: ['air_strike'],
    date,
    pcode,
    acts: [
      {
        type: 'air_strike',
        means: [means],
        targets,
        involvement: governmentInvolvement(random, eitherOr ? ['squadron3', 'allied'] : ['squadron3'], eitherOr),
        victims: victimsOf(random, targets, 10),
      },
    ],
    grades: gradesOf(random, latest),
  };
}

/** Storyline 1: the air force across the opposition-held towns, barrel bombs and jets, over the whole span. */
function airCampaign(random: SeededRandom, count: number): IncidentPlan[] {
  return Array.from({ length: count }, () => {
    const day = attackDay(random, SYNTHETIC_SPAN);
    const pcode = random.weighted(AIR_TOWNS);
    return random.chance(0.55) ? barrelBombing(random, day, targetsOf(random, BARREL_TARGETS), 'air_campaign', pcode) : jetStrike(random, day, targetsOf(random, JET_TARGETS), 'air_campaign', pcode);
  });
}

/** Storyline 1b: the allied air force on its own, from its arrival in the autumn of 2015. */
function alliedStrikes(random: SeededRandom, count: number): IncidentPlan[] {
  const span = { first: dayNumber('2015-10-01'), last: SYNTHETIC_SPAN.last };
  return Array.from({ length: count }, () => {
    const day = attackDay(random, span);
    const targets = targetsOf(random, ALLIED_TARGETS);
    const { date, latest } = reportedDate(random, day);
    const involvement: InvolvementPlan = { actors: ['allied'], eitherOr: false, factualRole: 'carried_out', attributionStatus: random.pick(['alleged_by_source', 'denied'] as const) };
    return {
      storyline: 'air_campaign' as const,
      what: `Allied air strike on ${words(targets[0]!)} in {place}`,
      narrative: `Allied aircraft struck ${targets.map(words).join(' and ')} in {place} with guided munitions.`,
      types: ['air_strike'],
      date,
      pcode: random.weighted(AIR_TOWNS),
      acts: [{ type: 'air_strike', means: ['guided_munition'], targets, involvement, victims: victimsOf(random, targets, 10) }],
      grades: gradesOf(random, latest),
    } satisfies IncidentPlan;
  });
}

/**
 * Storyline 2: the campaign that moves through four towns of Idleb one after another (sequence should find
 * them in order with little overlap), mostly barrel bombs on markets (the modus operandi pattern should list).
 */
function idlebCampaign(random: SeededRandom, perTown: number): IncidentPlan[] {
  return CAMPAIGN_TOWNS.flatMap((town) =>
    Array.from({ length: perTown }, () => {
      const day = attackDay(random, town);
      return random.chance(0.8)
        ? barrelBombing(random, day, targetsOf(random, CAMPAIGN_BARREL_TARGETS), 'idleb_campaign', town.pcode)
        : jetStrike(random, day, targetsOf(random, JET_TARGETS), 'idleb_campaign', town.pcode);
    }),
  );
}

/** Storyline 3: the armed group's rockets and shells on government-held towns; rarely on protected objects. */
function shelling(random: SeededRandom, count: number): IncidentPlan[] {
  return Array.from({ length: count }, () => {
    const day = attackDay(random, SYNTHETIC_SPAN);
    const targets = targetsOf(random, SHELLING_TARGETS);
    const means = random.weighted([['rocket', 45], ['artillery', 35], ['mlrs', 20]] as const);
    const { date, latest } = reportedDate(random, day);
    const status = random.weighted([['alleged_by_source', 60], ['claimed_by_actor', 25], ['assessed_likely', 15]] as const);
    const involvement: InvolvementPlan = {
      actors: ['opposition'],
      eitherOr: false,
      factualRole: 'carried_out',
      attributionStatus: status,
      ...(status === 'assessed_likely' ? { standardReached: 'reasonable_grounds_to_believe' as const } : status === 'claimed_by_actor' ? { standardReached: 'reasonable_basis' as const } : {}),
    };
    return {
      storyline: 'shelling' as const,
      what: `${means === 'rocket' ? 'Rockets' : means === 'mlrs' ? 'Multiple-rocket-launcher fire' : 'Shelling'} on ${words(targets[0]!)} in {place}`,
      narrative: `The armed group fired ${means === 'artillery' ? 'shells' : 'rockets'} on ${targets.map(words).join(' and ')} in {place}.`,
      types: ['artillery_rocket_missile'],
      date,
      pcode: random.weighted(SHELLED_TOWNS),
      acts: [{ type: 'artillery_rocket_missile', means: [means], targets, involvement, victims: victimsOf(random, targets, 6) }],
      grades: gradesOf(random, latest),
    } satisfies IncidentPlan;
  });
}

/** Storyline 4: Darayya encircled and starved, bombed during the siege, its people moved out at the end. */
function siegeOfDarayya(random: SeededRandom, bombings: number): IncidentPlan[] {
  const siegeDates = { edtf: `${isoDate(SIEGE.first)}/${isoDate(SIEGE.last)}`, asReported: `from ${monthInWords(SIEGE.first)} until its surrender in ${monthInWords(SIEGE.last)}` };
  const armedForces = (status: AttributionStatus): InvolvementPlan => ({ actors: ['armedForces'], eitherOr: false, factualRole: 'carried_out', attributionStatus: status, standardReached: 'reasonable_grounds_to_believe' });
  const siege: IncidentPlan = {
    storyline: 'siege',
    what: 'Siege of {place}',
    narrative: 'Government forces encircled {place}; food and medicine were kept out until the town surrendered.',
    types: ['siege', 'denial_of_humanitarian_access'],
    date: siegeDates,
    pcode: SIEGE.pcode,
    acts: [
      {
        type: 'siege',
        means: ['starvation'],
        targets: ['bakery_or_food_distribution'],
        involvement: armedForces('assessed_likely'),
        victims: { description: 'People trapped in the town', protectedStatuses: ['civilian'], killed: { qualifier: 'vague', vague: 'dozens', asReported: 'dozens, of hunger and untreated illness' } },
      },
    ],
    grades: [{ grade: 'corroborated', assessedOn: isoDate(SIEGE.last + 60) }],
  };
  const during = Array.from({ length: bombings }, () => {
    const day = attackDay(random, SIEGE);
    return random.chance(0.2)
      ? cropBurning(random, day)
      : barrelBombing(random, day, targetsOf(random, CAMPAIGN_BARREL_TARGETS), 'siege', SIEGE.pcode);
  });
  const movedOut = SIEGE.last + 3;
  const displacement: IncidentPlan = {
    storyline: 'siege',
    what: 'People moved out of {place} after the surrender',
    narrative: 'After the surrender the remaining people of {place} were put on buses and moved to other governorates.',
    types: ['forced_displacement'],
    crossedBorder: 'no',
    date: { edtf: `${isoDate(movedOut)}/${isoDate(movedOut + 4)}`, asReported: `in the days after ${dayInWords(SIEGE.last)}` },
    pcode: SIEGE.pcode,
    acts: [
      {
        type: 'forced_displacement',
        means: ['unknown'],
        targets: ['residential'],
        involvement: armedForces('alleged_by_source'),
        victims: { description: 'People moved out of the town', protectedStatuses: ['civilian'], displaced: { qualifier: 'range', min: 4000, max: 8000, asReported: '4,000 to 8,000 people' } },
      },
    ],
    grades: [{ grade: 'confirmed', assessedOn: isoDate(movedOut + 90) }],
  };
  return [siege, ...during, displacement];
}

function cropBurning(random: SeededRandom, day: number): IncidentPlan {
  const { date, latest } = reportedDate(random, day);
  return {
    storyline: 'siege',
    what: 'Incendiary bombs on fields and orchards around {place}',
    narrative: 'Fields and orchards that fed the besieged town of {place} were set alight from the air.',
    types: ['attack_on_objects_indispensable', 'incendiary_attack'],
    date,
    pcode: SIEGE.pcode,
    acts: [
      {
        type: 'incendiary_attack',
        means: ['incendiary'],
        targets: ['agricultural'],
        involvement: governmentInvolvement(random, ['squadron1']),
        victims: { description: 'Farmers and their families', protectedStatuses: ['civilian'], killed: figure(random, 3) },
      },
    ],
    grades: gradesOf(random, latest),
  };
}
