/**
 * The envelope every analysis result comes in: what was asked (parameters), how it was computed (method and
 * its version, assumptions, references), on which data (the ledger's signed size and root) and over which
 * incidents (selection). Serialised as canonical JSON, so the same question at the same tree size gives the
 * same bytes.
 */
import { canonicalJsonOfLargeValue } from '../common/canonical-json.js';
import type { Selection } from './selection.js';
import type { LedgerPoint } from './snapshot.js';

export interface AnalysisMethod {
  name: string;
  /** Bumped whenever the computation changes what it returns for the same data. */
  version: string;
  assumptions: string[];
  references: string[];
}

export interface AnalysisEnvelope {
  analysis: 'tempo' | 'sequence' | 'compare' | 'pattern' | 'where';
  caseId: string;
  parameters: Record<string, unknown>;
  method: AnalysisMethod;
  ledger: LedgerPoint;
  selection: Selection;
}

/** Results list every incident id they count: megabytes for a large case, so the faster path (same bytes). */
export function analysisJson(result: AnalysisEnvelope): string {
  return canonicalJsonOfLargeValue(result);
}
