/**
 * One draw of each thing a synthetic incident needs: the day of an attack (following the talks), its date as a
 * source might give it, its targets, a victim figure of mixed precision, the victims, the grades and the
 * government's involvement. synthetic-plan.ts composes them into storylines.
 */
import type { Count } from '../../values/count.js';
import type { StandardOfProof, TargetObject, VictimProtectedStatus } from '../../vocab/vocabularies.js';
import { dayInWords, isoDate, lastDayOfMonth, monthInWords, talkTempo, type DayRange } from './synthetic-calendar.js';
import type { IncidentPlan, InvolvementPlan, SyntheticActorKey, VictimPlan } from './incident-plan.js';
import type { SeededRandom } from '../seeded-random.js';

/** Target kinds with how often each is drawn. */
export type TargetWeights = readonly (readonly [TargetObject, number])[];

/** How a narrative names a target. */
const PLACE_WORDS: Readonly<Partial<Record<TargetObject, string>>> = {
  market: 'a market',
  residential: 'homes',
  hospital: 'a hospital',
  school: 'a school',
  bakery_or_food_distribution: 'a bakery',
  water_facility: 'a water station',
  place_of_worship: 'a mosque',
  primary_health_facility: 'a health centre',
  civil_defence: 'a civil defence centre',
  military_objective: 'a military position (as claimed)',
  agricultural: 'fields and orchards',
};
export const words = (target: TargetObject): string => PLACE_WORDS[target] ?? target.replaceAll('_', ' ');

/**
 * A day in `span`, drawn so that attacks follow the talks (talkTempo): fewer in the weeks before a round,
 * more after. Rejection sampling keeps the storyline's count while shaping when its incidents happen.
 */
export function attackDay(random: SeededRandom, span: DayRange): number {
  for (;;) {
    const day = random.int(span.first, span.last);
    if (random.next() < talkTempo(day)) return day;
  }
}

/**
 * The date as a source might give it: mostly the day, sometimes about the day, the month only, or a few days;
 * with the latest day it allows, which the assessments come after.
 */
export function reportedDate(random: SeededRandom, day: number): { date: IncidentPlan['date']; latest: number } {
  const how = random.weighted([['day', 70], ['about', 8], ['month', 12], ['days', 10]] as const);
  if (how === 'day') return { date: { edtf: isoDate(day) }, latest: day };
  if (how === 'about') return { date: { edtf: `${isoDate(day)}~`, asReported: `around ${dayInWords(day)}` }, latest: day + 1 };
  if (how === 'month') return { date: { edtf: isoDate(day).slice(0, 7), asReported: `${monthInWords(day)}, day not given` }, latest: lastDayOfMonth(day) };
  const first = day - random.int(0, 4);
  const last = day + random.int(1, 5);
  return { date: { edtf: `${isoDate(first)}/${isoDate(last)}`, asReported: `between ${dayInWords(first)} and ${dayInWords(last)}` }, latest: last };
}

/** A figure of mixed precision: exact, at least, a range, about, a vague word, or unknown. */
export function figure(random: SeededRandom, typical: number): Count {
  const n = random.int(0, typical);
  const how = random.weighted([['exact', 30], ['at_least', 30], ['range', 15], ['approx', 8], ['vague', 7], ['unknown', 10]] as const);
  switch (how) {
    case 'exact':
      return { qualifier: 'exact', best: n, asReported: `${n}` };
    case 'at_least':
      return { qualifier: 'at_least', min: n, asReported: `at least ${n}` };
    case 'range': {
      const max = n + random.int(2, 10);
      return { qualifier: 'range', min: n, max, asReported: `${n} to ${max}` };
    }
    case 'approx':
      return { qualifier: 'approx', best: n, asReported: `about ${n}` };
    case 'vague': {
      const vague = random.pick(['several', 'dozens'] as const);
      return { qualifier: 'vague', vague, asReported: vague };
    }
    case 'unknown':
      return { qualifier: 'unknown', asReported: 'not given' };
  }
}

export function victimsOf(random: SeededRandom, targets: readonly TargetObject[], typical: number): VictimPlan {
  const target = targets[0]!;
  const protectedStatuses: VictimProtectedStatus[] =
    target === 'hospital' || target === 'primary_health_facility' ? ['medical_personnel', 'civilian'] : target === 'school' ? ['child', 'civilian'] : target === 'military_objective' ? ['unknown'] : ['civilian'];
  const description = target === 'military_objective' ? 'People at or near the position struck' : `People at ${words(target)}`;
  return {
    description,
    protectedStatuses,
    killed: figure(random, typical),
    ...(random.chance(0.6) ? { injured: figure(random, typical * 2) } : {}),
  };
}

/** Targets of one attack: one drawn by weight, and now and then homes around it as well. */
export function targetsOf(random: SeededRandom, weights: TargetWeights): TargetObject[] {
  const first = random.weighted(weights);
  return first !== 'residential' && first !== 'military_objective' && random.chance(0.2) ? [first, 'residential'] : [first];
}

/** Grades of mixed strength, a few revised after a first look; assessed some weeks after the latest possible day. */
export function gradesOf(random: SeededRandom, latestDay: number): IncidentPlan['grades'] {
  const grade = random.weighted([['single_source', 34], ['corroborated', 40], ['confirmed', 14], ['contested', 9], ['discounted', 3]] as const);
  const first = latestDay + random.int(14, 120);
  const final = { grade, assessedOn: isoDate(first + random.int(30, 200)) };
  if ((grade === 'corroborated' || grade === 'confirmed') && random.chance(0.15)) return [{ grade: 'single_source', assessedOn: isoDate(first) }, final];
  return [{ grade, assessedOn: isoDate(first) }];
}

/** The government's involvement as sources give it: mostly alleged, some assessed with a standard reached. */
export function governmentInvolvement(random: SeededRandom, actors: SyntheticActorKey[], eitherOr = false): InvolvementPlan {
  if (eitherOr) return { actors, eitherOr, factualRole: 'carried_out', attributionStatus: 'alleged_by_source' };
  const status = random.weighted([['alleged_by_source', 55], ['assessed_likely', 30], ['assessed_confirmed', 10], ['denied', 5]] as const);
  const standard: StandardOfProof | undefined =
    status === 'assessed_likely' ? random.pick(['reasonable_basis', 'reasonable_grounds_to_believe'] as const)
    : status === 'assessed_confirmed' ? random.pick(['reasonable_grounds_to_believe', 'clear_and_convincing'] as const)
    : status === 'alleged_by_source' && random.chance(0.4) ? 'credible_allegation'
    : undefined;
  return { actors, eitherOr: false, factualRole: 'carried_out', attributionStatus: status, ...(standard ? { standardReached: standard } : {}) };
}
