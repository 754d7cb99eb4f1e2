import { canonicalJsonOfLargeValue } from '../common/canonical-json.js';
import type { AnalysisEnvelope } from './analysis-result.js';

/**
 * A result as canonical JSON, so the same question at the same tree size gives the same bytes. Results list
 * every incident id they count: megabytes for a large case, so the faster path (same bytes).
 */
export function analysisJson(result: AnalysisEnvelope): string {
  return canonicalJsonOfLargeValue(result);
}
