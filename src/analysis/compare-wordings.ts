/**
 * What parties compared says in words: its method (compare.ts), and why a party has no protected share, said
 * from the figures the result itself carries so the web app finds the same wording again in any result. Names
 * of result fields and of the module listing each target's legal basis are values, not words.
 */
import { defineWordings, type Wording } from '../common/wording.js';
import { CONFIDENCE, MIN_ATTACKS_FOR_SHARE } from './method-limits.js';
import type { MethodWording } from './method-wording.js';

export const compareWordings = defineWordings('analysis.compare', {
  name: 'parties-compared',
  party:
    'A party includes the units and persons under it in the dated chain of command on the incident’s dates: an actor under it on every day the incident may have happened on counts as the party; on some of those days only, as possibly the party. Links whose own dates are uncertain are read at their widest.',
  attributed:
    'An incident is attributed to a party when an involvement names it (or an actor certainly under it), whatever the factual role; an either-or involvement counts as possibly attributed to each party it names, and as attributed only when every actor it names was certainly under that party, so it is never attributed to two parties that do not command one another.',
  discounted: 'Involvements whose attribution status is "{discounted}" are not counted; incidents named only in them are listed apart ({discountedOnly}).',
  byTerm: 'Counts by type, means, target and category count each incident once per term; an incident with several terms counts under each, so they do not add up to the incident total.',
  share:
    "The share of attacks on specially protected objects is over the attributed incidents that record a target (those without one are listed apart, not counted as unprotected); an incident counts when at least one of its targets is specially protected ({module} lists each target's legal basis; markets, homes, power, camps are civilian objects without special protection). Wilson score interval at {confidence}% confidence; no share below {minimum} attacks. Shares and bounds rounded to 4 decimals.",
  victims: 'Victim figures are summed with their bounds: an incident without a figure adds nothing, an unknown figure makes the total open-ended.',
  standard: 'The standard of proof of an attributed incident is the strongest one its attributing involvements reached; "{notAssessed}" where none states one.',
  parties:
    'With no actor asked for, every actor an included incident names (outside discounted attributions) is a party, ordered by name; otherwise the parties are in the order asked.',
  tooFewAttacks: 'too few incidents to say: {attacks} attributed {attacks, plural, one {incident records} other {incidents record}} a target, fewer than the minimum of {minimum}',
});

const say = compareWordings.say;

export const COMPARE_METHOD_WORDING: MethodWording = {
  name: say('name'),
  assumptions: [
    say('party'),
    say('attributed'),
    say('discounted', { discounted: 'discounted', discountedOnly: 'discountedOnly' }),
    say('byTerm'),
    say('share', { module: 'protected-objects.ts', confidence: CONFIDENCE * 100, minimum: MIN_ATTACKS_FOR_SHARE }),
    say('victims'),
    say('standard', { notAssessed: 'not_assessed' }),
    say('parties'),
  ],
};

/** Why a party has no protected share (too few attributed attacks recording a target), or null when it has one. */
export const noShareWording = (attacks: number): Wording | null => (attacks < MIN_ATTACKS_FOR_SHARE ? say('tooFewAttacks', { attacks, minimum: MIN_ATTACKS_FOR_SHARE }) : null);
