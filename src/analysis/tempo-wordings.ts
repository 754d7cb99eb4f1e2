/**
 * What tempo says in words: its method (tempo.ts) and why a window has no rate ratio or the windows no
 * superposed figure (tempo-windows.ts). Each reason is said from figures the result itself carries, by the
 * functions below, so the web app finds the same wording again in any result, a pinned one included.
 * Names of result fields are values, not words: they read the same in every language.
 */
import { defineWordings, type Wording } from '../common/wording.js';
import { CONFIDENCE, MIN_INCIDENTS_FOR_RATIO } from './method-limits.js';
import type { MethodWording } from './method-wording.js';
import type { Anchor } from './tempo-result.js';

const COUNTED = '{counted, select, certain {certainly} other {possibly}}';
const OVERLAP = 'the windows of {earlier} and {later} overlap ({gap} days apart, windows of {window} days): an incident between them would count after one and before the other; ';

export const tempoWordings = defineWordings('analysis.tempo', {
  name: 'tempo',
  datedByInterval:
    'An incident is dated by the interval of whole days (UTC) its date allows. It is counted certain in a period when the whole interval lies in the period, and possible when the interval overlaps it; possible includes certain, and {certainIds} and {possibleIds} list the incidents each count counts.',
  expected: '{expected} is the count if each incident were equally likely on every day of its interval (a uniform spread: a modelling assumption, not a finding), shown beside the certain and possible bounds.',
  bins: 'Bins are days, ISO weeks (Monday to Sunday) or calendar months, every bin from the one holding the earliest first day to the one holding the latest last day of the included incidents, empty bins included. An incident whose interval does not lie within one bin is certain in no bin of that size; when that is so of every incident, the bin size is refused.',
  victims:
    "Victim figures per bin are summed over the incidents certainly in the bin, keeping bounds: minimums add; the maximum and best figure are unknown when any part's is; an incident with no victim figure adds nothing, and ''{none}'' means no incident certainly in the bin has a figure. Incidents only possibly in the bin are not summed.",
  anchorWindows:
    'Around an anchor, before is the {windowDays} days up to the day before the anchor, and after is the {windowDays} days from the anchor day on: the anchor day itself counts as after. A context event is anchored on the first day of its date interval.',
  refusedNotClipped:
    'A window that runs past the data (before the earliest first day or after the latest last day of the included incidents) is refused, not clipped, since a span without records is not a span without incidents.',
  poisson:
    'Incidents are counted as independent Poisson events at a constant rate within each period, exposure in days. The change is the after rate over the before rate, with the exact conditional {confidence}% interval, computed on the certain counts and repeated on the possible counts (upper bounds per period: an incident whose interval straddles the anchor is possible on both sides). Below {minimum} incidents in before and after together, or with none before, no ratio is given and {tooFew} says why; an upper bound is null when the data do not bound it.',
  superposed:
    'Several anchors are superposed (superposed epoch analysis): their windows aligned on the anchor, counts and days summed, the rate ratio computed on the sums. Anchors on the same day are superposed once. Windows of different anchors that overlap are not superposed, since an incident between them would count after one anchor and before the next; the combined figure then says so instead. An incident possible in several windows on one side is counted once there.',
  tooFew: `too few incidents to say: {total} ${COUNTED} dated in the {days} days before and after together, fewer than the {minimum} needed for a rate ratio`,
  noneBefore: `no incident ${COUNTED} dated in the {days} days before: the rate after ({after}) has nothing to be compared with, so no finite ratio`,
  overlapNarrower: `${OVERLAP}use {windowDays} of at most {separating} to superpose them`,
  overlapLeaveOne: `${OVERLAP}leave one of them out to superpose the rest`,
});

const say = tempoWordings.say;

export const TEMPO_METHOD_WORDING: MethodWording = {
  name: say('name'),
  assumptions: [
    say('datedByInterval', { certainIds: 'certainIds', possibleIds: 'possibleIds' }),
    say('expected', { expected: 'expected' }),
    say('bins'),
    say('victims', { none: 'none' }),
    say('anchorWindows', { windowDays: 'windowDays' }),
    say('refusedNotClipped'),
    say('poisson', { confidence: CONFIDENCE * 100, minimum: MIN_INCIDENTS_FOR_RATIO, tooFew: 'tooFew' }),
    say('superposed'),
  ],
};

export type Counted = 'certain' | 'possible';

/** Why there is no rate ratio on these counts (after and before, over `days` each), or null when there is one. */
export function noRatioWording(after: number, before: number, days: number, counted: Counted): Wording | null {
  const total = after + before;
  if (total < MIN_INCIDENTS_FOR_RATIO) return say('tooFew', { total, counted, days, minimum: MIN_INCIDENTS_FOR_RATIO });
  // The exact interval needs at least one incident before: with none, the ratio has no finite value.
  if (before === 0) return say('noneBefore', { counted, days, after });
  return null;
}

/** An anchor in the English the server writes (the web app has its own words for it). */
export function describeAnchor(anchor: Anchor): string {
  return anchor.eventId ? `event ${anchor.eventId} "${anchor.title}" (${anchor.date})` : `date ${anchor.date}`;
}

const dayNumber = (date: string): number => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

/**
 * Why the anchors' windows are not superposed (the closest two of different days overlap, and what window
 * would separate them), or null when no two overlap. `anchors` in date order, as the result lists them.
 */
export function notCombinedWording(anchors: readonly Anchor[], windowDays: number): Wording | null {
  let closest: { earlier: Anchor; later: Anchor; gap: number } | undefined;
  for (let index = 1; index < anchors.length; index++) {
    const [earlier, later] = [anchors[index - 1]!, anchors[index]!];
    const gap = dayNumber(later.date) - dayNumber(earlier.date);
    if (gap > 0 && (!closest || gap < closest.gap)) closest = { earlier, later, gap };
  }
  if (!closest || closest.gap >= 2 * windowDays) return null;
  const values = { earlier: describeAnchor(closest.earlier), later: describeAnchor(closest.later), gap: closest.gap, window: windowDays };
  const separating = Math.floor(closest.gap / 2);
  return separating >= 1 ? say('overlapNarrower', { ...values, windowDays: 'windowDays', separating }) : say('overlapLeaveOne', values);
}
