/**
 * What the campaign sequence says in words: its method (sequence.ts), and why a place has no busiest month or
 * the places no overlap figure, said from figures the result itself carries so the web app finds the same
 * wording again in any result. Names of result fields are values, not words.
 */
import { defineWordings, type Wording } from '../common/wording.js';
import type { MethodWording } from './method-wording.js';

export const sequenceWordings = defineWordings('analysis.sequence', {
  name: 'Campaign sequence: first, last and busiest month per place; overlap of interquartile active periods',
  dates:
    "An incident's date is the interval [earliest, latest] in whole UTC days. A place's `{first}` is the earliest day its first incident can have happened and `{last}` the latest day its last incident can have happened (the widest reading); `{firstNoLaterThan}` and `{lastNoEarlierThan}` give the narrowest reading (the smallest latest day and the largest earliest day).",
  busiest:
    'Busiest period: the calendar month (UTC) with the most incidents whose whole date interval lies in it; ties go to the earlier month. Incidents that merely overlap the month are reported as `{possible}`, never added to the count. Null when no incident of the place lies wholly in one month.',
  activePeriod:
    "Active period of a place: from the first to the third quartile (linear interpolation) of its incidents' date midpoints, rounded outward to whole days; a single stray incident does not stretch it. The midpoint of an uncertain date is a point estimate of it, used only for the active period.",
  overlap:
    'Overlap = (sum over pairs of places of the days their active periods share) / (sum over pairs of the days of the shorter period), periods counted inclusive of both ends. 0 when no two periods share a day, 1 when every shorter period lies within the longer. Null below two places.',
  grouping:
    'Places are grouped by the code the incident carries at the chosen level (an OCHA P-code, or a named area id); incidents placed without that level are listed under {notAtLevel}, not guessed into a place.',
  noBusiestMonth: 'no incident of this place is dated within a single calendar month',
  onePlace: 'only {places} place at level {level}: overlap needs at least two',
});

const say = sequenceWordings.say;

export const SEQUENCE_METHOD_WORDING: MethodWording = {
  name: say('name'),
  assumptions: [
    say('dates', { first: 'first', last: 'last', firstNoLaterThan: 'firstNoLaterThan', lastNoEarlierThan: 'lastNoEarlierThan' }),
    say('busiest', { possible: 'possible' }),
    say('activePeriod'),
    say('overlap'),
    say('grouping', { notAtLevel: 'notAtLevel' }),
  ],
};

/** Why a place has no busiest month (none of its incidents lies wholly in one), or null when it has one. */
export const noBusiestWording = (busiest: object | null): Wording | null => (busiest === null ? say('noBusiestMonth') : null);

/** Why there is no overlap figure (fewer than two places at the level), or null when there is one. */
export const noOverlapWording = (places: number, level: string): Wording | null => (places < 2 ? say('onePlace', { places, level }) : null);
