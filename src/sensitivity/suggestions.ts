/**
 * Suggested labels, kept apart from labels: a suggestion is a hint of the intake heuristic (intake-heuristic.ts)
 * that waits, shown with an Accept button, until someone accepts it (then it is a label, logged as accepted from
 * it) or dismisses it. They are made by intake-suggestions.ts, in the intake's own transaction.
 */
import { DossierError } from '../common/errors.js';
import type { Db } from '../db/schema.js';
import type { CustodyLedger } from '../ledger/log.js';
import type { SuggestionReason } from './intake-heuristic.js';
import { changeLabelIn, resolveSubject, type LabelDeps, type LabelSubject, type LabelSubjectKind } from './labels.js';

export type SuggestionState = 'open' | 'accepted' | 'dismissed';

export interface LabelSuggestion {
  id: string;
  label: string;
  reason: SuggestionReason;
  madeAt: string;
  state: SuggestionState;
  decidedAt: string | null;
  decidedBy: string | null;
}

export async function listSuggestions(db: Db, caseId: string, subject: { kind: LabelSubjectKind; id: string }): Promise<LabelSuggestion[]> {
  const rows = await db.selectFrom('sensitivity_suggestions').selectAll().where('subject_kind', '=', subject.kind).where('subject_id', '=', subject.id).where('case_id', '=', caseId).orderBy('made_at').orderBy('id').execute();
  return rows.map((row) => ({
    id: row.id,
    label: row.label,
    reason: JSON.parse(row.reason) as SuggestionReason,
    madeAt: row.made_at,
    state: row.state as SuggestionState,
    decidedAt: row.decided_at,
    decidedBy: row.decided_by,
  }));
}

/** Open suggestions of a case's items, by item: the evidence list shows that an item has some waiting. */
export async function openSuggestionsOf(db: Db, caseId: string, kind: LabelSubjectKind): Promise<Map<string, string[]>> {
  const rows = await db.selectFrom('sensitivity_suggestions').select(['subject_id', 'label']).where('case_id', '=', caseId).where('subject_kind', '=', kind).where('state', '=', 'open').execute();
  const byId = new Map<string, string[]>();
  for (const row of rows) byId.set(row.subject_id, [...(byId.get(row.subject_id) ?? []), row.label].sort());
  return byId;
}

/**
 * Accepts (the label is set, its ledger entry naming the suggestion) or dismisses (logged too: a decision about
 * the case's material) an open suggestion, in one transaction. A suggestion decided already is a conflict.
 */
export async function decideSuggestion(deps: LabelDeps, actor: string, caseId: string, kind: LabelSubjectKind, ref: string, suggestionId: string, decision: 'accepted' | 'dismissed'): Promise<LabelSuggestion> {
  const subject = await resolveSubject(deps, caseId, kind, ref);
  await deps.database.writeTransaction(async (trx) => {
    const row = await trx
      .selectFrom('sensitivity_suggestions')
      .selectAll()
      .where('id', '=', suggestionId)
      .where('case_id', '=', caseId)
      .where('subject_kind', '=', subject.kind)
      .where('subject_id', '=', subject.id)
      .executeTakeFirst();
    if (!row) throw new DossierError('NOT_FOUND', `${kind} ${subject.id} has no suggestion ${suggestionId} in case ${caseId}`, { field: 'suggestionId', value: suggestionId });
    if (row.state !== 'open') throw new DossierError('CONFLICT', `suggestion ${suggestionId} was ${row.state} already, by ${row.decided_by}`, { field: 'suggestionId', value: suggestionId });
    const time = decision === 'accepted' ? await accept(trx, deps.ledger, actor, caseId, subject, row.label, suggestionId) : await dismiss(trx, deps.ledger, actor, caseId, subject, row.label, suggestionId);
    await trx.updateTable('sensitivity_suggestions').set({ state: decision, decided_at: time, decided_by: actor }).where('id', '=', suggestionId).execute();
  });
  const decided = await listSuggestions(deps.database.db, caseId, subject);
  return decided.find((suggestion) => suggestion.id === suggestionId)!;
}

async function accept(trx: Db, ledger: CustodyLedger, actor: string, caseId: string, subject: LabelSubject, label: string, suggestionId: string): Promise<string> {
  // A label someone set by hand meanwhile stands: accepting then only closes the suggestion.
  await changeLabelIn(trx, ledger, actor, caseId, subject, label, 'set', suggestionId);
  return new Date().toISOString();
}

async function dismiss(trx: Db, ledger: CustodyLedger, actor: string, caseId: string, subject: LabelSubject, label: string, suggestionId: string): Promise<string> {
  const [entry] = await ledger.append(trx, [
    { actor, action: 'label', subject: { case: caseId, ...(subject.sha256 ? { evidence: subject.sha256 } : {}) }, details: { kind: 'suggestion', subjectKind: subject.kind, id: subject.id, label, suggestion: suggestionId, to: 'dismissed' } },
  ]);
  return entry!.time;
}
