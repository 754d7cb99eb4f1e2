/** What tempo returns (tempo.ts computes it): declarations only, shared with the web app. */
import type { AnalysisEnvelope, RatioInterval, VictimTotals } from './analysis-result.js';

export interface TempoBin {
  start: string;
  end: string;
  certain: number;
  possible: number;
  /** If each incident were equally likely on every day of its interval (an assumption, not a finding). */
  expected: number;
  certainIds: string[];
  possibleIds: string[];
  /** Summed over the incidents certainly in the bin only. */
  victims: VictimTotals;
}

/** A context event (by id, with its title) or a plain date that windows are compared around. */
export interface Anchor {
  eventId?: string;
  title?: string;
  date: string;
}

export interface EpochSide {
  days: number;
  certain: number;
  possible: number;
  certainIds: string[];
  possibleIds: string[];
}

export interface WindowSide extends EpochSide {
  start: string;
  end: string;
}

export interface EpochChange<Side extends EpochSide> {
  before: Side;
  after: Side;
  /** After rate / before rate on the certain counts, with its 95% interval; null with `tooFew` saying why. */
  rateRatio: RatioInterval | null;
  rateRatioPossible: RatioInterval | null;
  tooFew?: string;
  tooFewPossible?: string;
}

export type TempoWindow = { anchor: Anchor } & EpochChange<WindowSide>;

/** The superposed epochs, or, when the windows overlap, the reason there is no combined figure. */
export type CombinedEpochs = ({ anchors: Anchor[] } & EpochChange<EpochSide>) | { anchors: Anchor[]; notCombined: string };

export interface TempoResult extends AnalysisEnvelope {
  analysis: 'tempo';
  /** From the earliest first day to the latest last day of the included incidents' dates. */
  span: { start: string; end: string };
  series: TempoBin[];
  /** One per anchor, in date order; only when `around` is given. */
  windows?: TempoWindow[];
  /** With two or more anchors: their windows superposed, or why they cannot be. */
  combined?: CombinedEpochs;
}
