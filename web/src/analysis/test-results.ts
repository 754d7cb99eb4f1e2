import type { AnalysisEnvelope, VictimTotals } from './analysis-types.js';

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

export function noVictims(): VictimTotals {
  const none = () => ({ min: 0, max: 0, qualifier: 'none', text: 'no figure', incidentIds: [] });
  return { killed: none(), injured: none(), missing: none(), detained: none(), displaced: none() };
}
