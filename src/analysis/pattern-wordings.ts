/**
 * What the pattern of conduct says in words: its method (pattern.ts), and why the time section has no span or
 * no regularity, said from figures the result itself carries so the web app finds the same wording again in
 * any result. Names of result fields are values, not words. The printed report (pattern-report.ts) stays in
 * English, as the record it is.
 */
import { defineWordings, type Wording } from '../common/wording.js';
import type { MethodWording } from './method-wording.js';

export const patternWordings = defineWordings('analysis.pattern', {
  name: 'Pattern of conduct: scale, spread, span, regularity, repeated modus operandi, victims and attributions',
  counted:
    'Every incident the selection includes is counted; those without a date are left out of the span and regularity only (listed under {undated}), those without a place are listed under {unplaced}.',
  span: 'The span takes the widest reading of uncertain dates: from the earliest day any incident can have happened to the latest. {certainlyCovers} is the narrowest reading: from the smallest latest-day to the largest earliest-day, when that is a positive stretch.',
  perWeek:
    "Incidents per week = dated incidents / (days of the span / {week}). Weeks are ISO weeks (Monday to Sunday, UTC); a week certainly has an incident when an incident's whole date interval lies in it, possibly when an interval touches it.",
  longestGap:
    'Longest gap: the longest run of days inside the span on which no dated incident can have happened (no date interval covers it). With uncertain dates this is a lower bound on the real pause; undated incidents are not placed in it.',
  modusOperandi:
    'Modus operandi: every (type, means, target) an incident records, each counted once per incident (an incident with two targets shows two combinations); only combinations found in two incidents or more are listed. Terms are vocabulary ids.',
  victims:
    "Victims: each incident's figure per kind of victim (the total its accepted claims support), summed keeping bounds: minimums add, the maximum only while every figure has one; an unknown figure makes the sum open-ended, and an incident with no figure (''{none}'') adds nothing and is not a zero.",
  attributions:
    'Attributions: per actor as named in the involvements (subordinate units are not folded into their superiors here), each incident under the highest standard of proof its involvements with that actor reached. Either-or involvements (one of several actors did it) count as possibly attributed to each actor named, never as attributed; an incident attributed to an actor outright is not also counted as possibly attributed to it.',
  noneDated: 'no selected incident is dated',
  noDatedIncident: 'no dated incident: regularity needs at least two',
  oneDatedIncident: 'only one dated incident: regularity needs at least two',
});

const say = patternWordings.say;

export const PATTERN_METHOD_WORDING: MethodWording = {
  name: say('name'),
  assumptions: [
    say('counted', { undated: 'span.undated', unplaced: 'places.unplaced' }),
    say('span', { certainlyCovers: 'certainlyCovers' }),
    say('perWeek', { week: 7 }),
    say('longestGap'),
    say('modusOperandi'),
    say('victims', { none: 'none' }),
    say('attributions'),
  ],
};

/** Why there is no span (no incident dated), or null when there is one. */
export const noSpanWording = (dated: number): Wording | null => (dated === 0 ? say('noneDated') : null);

/** Why there is no regularity (fewer than two dated incidents), or null when there is one. */
export const noRegularityWording = (dated: number): Wording | null => (dated === 0 ? say('noDatedIncident') : dated === 1 ? say('oneDatedIncident') : null);
