/**
 * The analysis results as the API returns them (GET /cases/{id}/analysis/{analysis}; src/analysis/ computes
 * them). Only the fields the pages read are declared; the server's types pull in Node modules, so the app
 * declares the JSON it receives, as api.ts does for the other endpoints.
 */
export const ANALYSES = ['tempo', 'sequence', 'compare', 'pattern', 'where'] as const;
export type AnalysisName = (typeof ANALYSES)[number];

export const VICTIM_FIGURES = ['killed', 'injured', 'missing', 'detained', 'displaced'] as const;
export type VictimFigure = (typeof VICTIM_FIGURES)[number];

export interface VictimTotal {
  min: number;
  max: number | null;
  qualifier: string;
  text: string;
  incidentIds: string[];
}
export type VictimTotals = Record<VictimFigure, VictimTotal>;

export interface Selection {
  selected: number;
  included: number;
  excluded: { reason: string; count: number; incidentIds: string[] }[];
}

export interface AnalysisEnvelope {
  analysis: AnalysisName;
  caseId: string;
  parameters: Record<string, unknown>;
  method: { name: string; version: string; assumptions: string[]; references: string[] };
  ledger: { size: number; root: string };
  selection: Selection;
}

export interface IdList {
  count: number;
  incidentIds: string[];
}

// ---- tempo ----

export interface TempoBin {
  start: string;
  end: string;
  certain: number;
  possible: number;
  expected: number;
  certainIds: string[];
  possibleIds: string[];
  victims: VictimTotals;
}

export interface EpochSide {
  days: number;
  certain: number;
  possible: number;
  certainIds: string[];
  possibleIds: string[];
  start?: string;
  end?: string;
}

export interface RatioInterval {
  estimate: number;
  low: number;
  high: number | null;
}

export interface Anchor {
  eventId?: string;
  title?: string;
  date: string;
}

export interface EpochChange {
  before: EpochSide;
  after: EpochSide;
  rateRatio: RatioInterval | null;
  rateRatioPossible: RatioInterval | null;
  tooFew?: string;
  tooFewPossible?: string;
}

export type TempoWindow = { anchor: Anchor } & EpochChange;
export type CombinedEpochs = ({ anchors: Anchor[] } & EpochChange) | { anchors: Anchor[]; notCombined: string };

export interface TempoResult extends AnalysisEnvelope {
  analysis: 'tempo';
  span: { start: string; end: string };
  series: TempoBin[];
  windows?: TempoWindow[];
  combined?: CombinedEpochs;
}

// ---- sequence ----

export interface SequencePlace {
  name: string;
  pcode: string;
  first: string;
  last: string;
  firstNoLaterThan: string;
  lastNoEarlierThan: string;
  incidents: number;
  incidentIds: string[];
  busiest: { start: string; end: string; incidents: number; incidentIds: string[]; possible: number } | null;
  busiestReason: string | null;
  activePeriod: { start: string; end: string; days: number };
}

export interface SequenceResult extends AnalysisEnvelope {
  analysis: 'sequence';
  level: string;
  places: SequencePlace[];
  overlap: number | null;
  overlapReason: string | null;
  notAtLevel: IdList;
}

// ---- compare ----

export interface AttributedCount {
  attributed: number;
  possiblyAttributed: number;
  attributedIds: string[];
  possiblyAttributedIds: string[];
}

export interface TermCount extends AttributedCount {
  term: string;
  label: string;
}

export interface TargetCategoryCount extends AttributedCount {
  category: string;
  label: string;
  protection: string;
}

export interface Interval {
  estimate: number;
  low: number;
  high: number;
}

export interface PartyComparison {
  actor: { id: string; name: string; actorKind: string };
  incidents: AttributedCount & { discountedOnly: number; discountedOnlyIds: string[] };
  byType: TermCount[];
  byMeans: TermCount[];
  byTarget: TermCount[];
  byTargetCategory: TargetCategoryCount[];
  protectedShare: Interval | null;
  protectedShareBasis: { attacks: number; onProtected: number; onProtectedIds: string[]; withoutTarget: number; withoutTargetIds: string[]; reason: string | null };
  victims: VictimTotals;
  victimsPossiblyAttributed: VictimTotals;
  standards: { standard: string; incidents: number; incidentIds: string[] }[];
}

export interface CompareResult extends AnalysisEnvelope {
  analysis: 'compare';
  parties: PartyComparison[];
}

// ---- pattern ----

export interface DistinctPlaces {
  count: number;
  codes: { code: string; name: string; incidents: number; incidentIds: string[] }[];
}

export interface AttributionStanding {
  incidents: number;
  incidentIds: string[];
  byStandard: { standard: string; incidents: number; incidentIds: string[] }[];
}

export interface PatternResult extends AnalysisEnvelope {
  analysis: 'pattern';
  incidents: IdList;
  places: { communities: DistinctPlaces; areas: DistinctPlaces; admin1: DistinctPlaces; admin2: DistinctPlaces; admin3: DistinctPlaces; unplaced: IdList };
  span: {
    first: string | null;
    last: string | null;
    days: number | null;
    certainlyCovers: { from: string; to: string; days: number } | null;
    dated: IdList;
    undated: IdList;
    reason: string | null;
  };
  regularity: {
    perWeek: number | null;
    weeks: number | null;
    weeksWithIncidents: { certain: number; possible: number } | null;
    longestGap: { days: number; from: string | null; to: string | null; before: string[]; after: string[] } | null;
    reason: string | null;
  };
  modusOperandi: { combinations: { type: string; means: string; target: string; incidents: number; incidentIds: string[] }[]; notDescribed: IdList };
  victims: VictimTotals;
  attributions: { actors: { actorId: string; name: string; attributed: AttributionStanding; possiblyAttributed: AttributionStanding }[]; unattributed: IdList };
  incidentList: { id: string; title: string; grade: string; first: string | null; last: string | null; place: string | null }[];
}

// ---- where ----

export interface AreaCount {
  pcode: string;
  name: string;
  incidents: number;
  incidentIds: string[];
  killed: VictimTotal;
}

export interface Wave {
  first: string;
  last: string;
  incidents: number;
  incidentIds: string[];
  /** The middle of the wave's points, and how far its farthest incident lies from it. */
  centre: { lat: number; lon: number };
  radiusKm: number;
  places: string[];
}

export interface WhereResult extends AnalysisEnvelope {
  analysis: 'where';
  areas: AreaCount[];
  notAtLevel: IdList;
  waves: Wave[];
  noWave: IdList;
  notLocated: IdList;
}

export type AnalysisResult = TempoResult | SequenceResult | CompareResult | PatternResult | WhereResult;

// ---- pins ----

export interface PinnedAnalysis {
  id: string;
  analysis: AnalysisName;
  title: string;
  parameters: Record<string, unknown>;
  resultSha256: string;
  treeSize: number;
  pinnedAt: string;
  pinnedBy: string;
  ledgerSeq: number;
}
