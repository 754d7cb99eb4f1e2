/**
 * Before and after an anchor: before is [anchor − windowDays, anchor − 1], after is [anchor, anchor +
 * windowDays − 1] (the anchor's own day counts as after). The change is the ratio of the after rate to the
 * before rate, an exact Poisson rate ratio on the certain counts, repeated on the possible counts. Several
 * anchors are also superposed (Chree's superposed epochs): their windows aligned on the anchor and summed.
 */
import { countInPeriod, type DatedIndex } from './day-bins.js';
import { isoDay } from './snapshot.js';
import type { RatioInterval } from './analysis-result.js';
import { poissonRateRatio } from './statistics.js';
import { compareText, type AnchorDay } from './tempo-anchors.js';
import type { CombinedEpochs, EpochChange, EpochSide, TempoWindow, WindowSide } from './tempo-result.js';
import { noRatioWording, notCombinedWording, type Counted } from './tempo-wordings.js';


export function tempoWindow(incidents: DatedIndex, { anchor, day }: AnchorDay, windowDays: number): TempoWindow {
  const side = (first: number): WindowSide => {
    const period = { first, last: first + windowDays - 1 };
    const { certainIds, possibleIds } = countInPeriod(incidents.overlapping(period), period);
    return { start: isoDay(period.first), end: isoDay(period.last), days: windowDays, certain: certainIds.length, possible: possibleIds.length, certainIds, possibleIds };
  };
  return { anchor, ...epochChange(side(day - windowDays), side(day)) };
}

/**
 * Superposes the windows: anchors on the same day are superposed once (their windows are the same days). When
 * windows of different days overlap, an incident between two anchors would count after one and before the
 * next, so there is no combined figure, and `notCombined` says which anchors and what window would separate them.
 */
export function combineWindows(windows: readonly TempoWindow[], anchors: readonly AnchorDay[], windowDays: number): CombinedEpochs {
  const listed = anchors.map(({ anchor }) => anchor);
  const notCombined = notCombinedWording(listed, windowDays);
  if (notCombined) return { anchors: listed, notCombined: notCombined.text };
  const days = [...new Set(anchors.map(({ day }) => day))];
  const once = days.map((day) => windows[anchors.findIndex((anchor) => anchor.day === day)]!);
  return { anchors: listed, ...epochChange(sumSides(once.map((window) => window.before)), sumSides(once.map((window) => window.after))) };
}

/**
 * Sides of windows that do not overlap: certain incidents cannot repeat (each lies wholly in one side), but a
 * long-dated incident can be possible in several, and is counted once.
 */
function sumSides(sides: readonly WindowSide[]): EpochSide {
  const certainIds = sides.flatMap((side) => side.certainIds).sort(compareText);
  const possibleIds = [...new Set(sides.flatMap((side) => side.possibleIds))].sort(compareText);
  const days = sides.reduce((total, side) => total + side.days, 0);
  return { days, certain: certainIds.length, possible: possibleIds.length, certainIds, possibleIds };
}

function epochChange<Side extends EpochSide>(before: Side, after: Side): EpochChange<Side> {
  const certain = ratioOrReason(after.certain, before.certain, before.days, 'certain');
  const possible = ratioOrReason(after.possible, before.possible, before.days, 'possible');
  return {
    before,
    after,
    rateRatio: certain.ratio,
    rateRatioPossible: possible.ratio,
    ...(certain.reason ? { tooFew: certain.reason } : {}),
    ...(possible.reason ? { tooFewPossible: possible.reason } : {}),
  };
}

function ratioOrReason(after: number, before: number, days: number, counted: Counted): { ratio: RatioInterval | null; reason?: string } {
  const reason = noRatioWording(after, before, days, counted);
  if (reason) return { ratio: null, reason: reason.text };
  // Enough incidents, at least one of them before: the exact interval has a finite estimate.
  const ratio = poissonRateRatio(after, days, before, days)!;
  return { ratio: { estimate: round4Significant(ratio.estimate), low: round4Significant(ratio.low), high: ratio.high === null ? null : round4Significant(ratio.high) } };
}

/** Four significant digits, so the same counts give the same bytes whatever the last bits of the maths. */
export const round4Significant = (value: number): number => (value === 0 ? 0 : Number(value.toPrecision(4)));
