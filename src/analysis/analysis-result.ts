/**
 * The envelope every analysis result comes in: what was asked (parameters), how it was computed (method and
 * its version, assumptions, references), on which data (the ledger's signed size and root) and over which
 * incidents (selection); and the figures several results share. Declarations only, importing nothing that
 * needs Node, so the web app reads results through these same types (as do tempo-result.ts and its siblings).
 * Serialised by analysis-json.ts.
 */
import type { VictimFigure } from '../incidents/victim-figure-kinds.js';
import type { CountTotal } from '../values/count-sum.js';
import type { LedgerPoint } from './snapshot.js';

export const ANALYSES = ['tempo', 'sequence', 'compare', 'pattern', 'where'] as const;
export type AnalysisName = (typeof ANALYSES)[number];

export interface AnalysisMethod {
  name: string;
  /** Bumped whenever the computation changes what it returns for the same data. */
  version: string;
  assumptions: string[];
  references: string[];
}

export interface AnalysisEnvelope {
  analysis: AnalysisName;
  caseId: string;
  parameters: Record<string, unknown>;
  method: AnalysisMethod;
  ledger: LedgerPoint;
  selection: Selection;
}

export type ExclusionReason = 'below_grade' | 'no_date' | 'no_place';

export interface Selection {
  /** Incidents the filters selected. */
  selected: number;
  /** Incidents the analysis counts. */
  included: number;
  /** Incidents left out, by reason (an incident is listed under the first reason that applies, in this order). */
  excluded: { reason: ExclusionReason; count: number; incidentIds: string[] }[];
}

/** Some incidents, counted and named. */
export interface IdList {
  count: number;
  incidentIds: string[];
}

export type VictimTotal = CountTotal & {
  /** In words, as the case summary gives it: "at least 16 (1 of 3 figures unknown)", "no figure". */
  text: string;
  /** The incidents that have a figure (known or unknown) for this kind of victim. */
  incidentIds: string[];
};
export type VictimTotals = Record<VictimFigure, VictimTotal>;

/** A proportion's interval (statistics.ts computes them). */
export interface Interval {
  estimate: number;
  low: number;
  high: number;
}

/** A ratio's interval: its upper bound is null when the data do not bound it (no events in the reference period). */
export interface RatioInterval {
  estimate: number;
  low: number;
  high: number | null;
}

/** Incidents under the strongest standard of proof their attributions reached. */
export interface StandardCount {
  /** A standard of proof, or a word saying none was given ('not_assessed' in compare, 'not_stated' in pattern). */
  standard: string;
  incidents: number;
  incidentIds: string[];
}

/** An analysis pinned to a case, as the pins list gives it (pinned-analyses.ts keeps it and its result). */
export interface PinnedAnalysis {
  id: string;
  caseId: string;
  analysis: AnalysisName;
  title: string;
  parameters: Record<string, unknown>;
  resultSha256: string;
  treeSize: number;
  pinnedAt: string;
  pinnedBy: string;
  ledgerSeq: number;
}
