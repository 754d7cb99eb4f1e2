import type { AnalysisEnvelope, VictimTotal, VictimTotals } from './analysis-types.js';

/** The envelope every result comes in, for the shaping helpers' tests. */
export function envelope<A extends AnalysisEnvelope['analysis']>(analysis: A): Omit<AnalysisEnvelope, 'analysis'> & { analysis: A } {
  return {
    analysis,
    caseId: 'c1',
    parameters: {},
    method: { name: analysis, version: '1', assumptions: [], references: [] },
    ledger: { size: 42, root: 'ab'.repeat(32) },
    selection: { selected: 3, included: 2, excluded: [{ reason: 'no_date', count: 1, incidentIds: ['inc_x'] }] },
  };
}

/** No figure at all, as the server sums one (src/values/count-sum.ts): not a figure of zero, so no upper bound. */
export function noFigure(): VictimTotal {
  return { min: 0, max: null, best: null, qualifier: 'none', parts: 0, unknownParts: 0, text: 'no figure', incidentIds: [] };
}

/** A figure from `min` to `max` (null: open-ended), each incident giving one part of it. */
export function victimTotal(text: string, incidentIds: string[], min: number, max: number | null): VictimTotal {
  const qualifier = max === null ? 'at_least' : max === min ? 'exact' : 'range';
  return { min, max, best: qualifier === 'exact' ? min : null, qualifier, parts: incidentIds.length, unknownParts: 0, text, incidentIds };
}

export function noVictims(): VictimTotals {
  return { killed: noFigure(), injured: noFigure(), missing: noFigure(), detained: noFigure(), displaced: noFigure() };
}
