/** What every analysis result says about itself, in words: the incidents it stands on, its method, its data. */
import { translate } from '../i18n/active-locale.js';
import type { Message } from '../i18n/define-messages.js';
import type { AnalysisEnvelope, Selection } from './analysis-types.js';
import { analysisMessages as m } from './analysis.messages.js';
import { methodWordings, saidText } from './result-wordings.js';

const REASONS: Record<string, Message> = { below_grade: m.reasonBelowGrade, no_date: m.reasonNoDate, no_place: m.reasonNoPlace };

/** Why incidents were left out; a reason this page does not know yet is shown as the API names it. */
export const reasonText = (reason: string) => (REASONS[reason] ? translate(REASONS[reason]) : reason.replaceAll('_', ' '));

export function selectionText(selection: Selection): string {
  return translate(selection.excluded.length === 0 ? m.selectionNoneLeftOut : m.selectionLeftOut, { included: selection.included, selected: selection.selected });
}

/** The method's name in the reader's language where the app knows it (result-wordings.ts), and its version. */
export const methodText = (result: AnalysisEnvelope) => translate(m.methodVersion, { name: saidText(result.method.name, methodWordings(result).name), version: result.method.version });

/** The ledger point, its root shortened for reading; the full root is given beside it for copying. */
export function ledgerText(result: AnalysisEnvelope): string {
  return translate(m.ledgerPoint, { size: result.ledger.size, root: result.ledger.root.slice(0, 12) });
}
