/** What every analysis result says about itself, in words: the incidents it stands on, its method, its data. */
import type { AnalysisEnvelope, Selection } from './analysis-types.js';

const REASONS: Record<string, string> = { below_grade: 'below the minimum grade', no_date: 'no date', no_place: 'no place' };

export const reasonText = (reason: string) => REASONS[reason] ?? reason.replaceAll('_', ' ');

export function selectionText(selection: Selection): string {
  const counted = `Counts ${selection.included.toLocaleString('en-GB')} of the ${selection.selected.toLocaleString('en-GB')} incidents the filters select`;
  if (selection.excluded.length === 0) return `${counted}; none left out.`;
  return `${counted}; left out:`;
}

export const methodText = (result: AnalysisEnvelope) => `${result.method.name}, version ${result.method.version}`;

/** The ledger point, its root shortened for reading; the full root is given beside it for copying. */
export function ledgerText(result: AnalysisEnvelope): string {
  return `tree size ${result.ledger.size.toLocaleString('en-GB')}, root ${result.ledger.root.slice(0, 12)}…`;
}
