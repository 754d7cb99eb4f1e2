/**
 * The analysis results as the API returns them (GET /cases/{id}/analysis/{analysis}): the server's own
 * declarations (src/analysis/*-result.ts, which import nothing that needs Node), so a change to a result's
 * shape is a type error here too. Only what the web app adds is declared in this file.
 */
export { ANALYSES, type AnalysisEnvelope, type AnalysisName, type IdList, type PinnedAnalysis, type Selection, type VictimTotal, type VictimTotals } from '../../../src/analysis/analysis-result.js';
export type { AttributedCount, CompareResult, PartyComparison, TargetCategoryCount, TermCount } from '../../../src/analysis/compare-result.js';
export type { AttributionStanding, DistinctPlaces, PatternResult } from '../../../src/analysis/pattern-result.js';
export type { SequencePlace, SequenceResult } from '../../../src/analysis/sequence-result.js';
export type { Anchor, CombinedEpochs, EpochChange, EpochSide, TempoBin, TempoResult, TempoWindow, WindowSide } from '../../../src/analysis/tempo-result.js';
export type { AreaCount, Wave, WhereResult } from '../../../src/analysis/where-result.js';
export { VICTIM_FIGURES, type VictimFigure } from '../../../src/incidents/victim-figure-kinds.js';

import type { AnalysisName } from '../../../src/analysis/analysis-result.js';
import type { CompareResult } from '../../../src/analysis/compare-result.js';
import type { PatternResult } from '../../../src/analysis/pattern-result.js';
import type { SequenceResult } from '../../../src/analysis/sequence-result.js';
import type { TempoResult } from '../../../src/analysis/tempo-result.js';
import type { WhereResult } from '../../../src/analysis/where-result.js';

/** Any result, told apart by its `analysis` (a pinned result can be any of them). */
export type AnalysisResult = TempoResult | SequenceResult | CompareResult | PatternResult | WhereResult;

