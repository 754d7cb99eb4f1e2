import { canonicalJson } from '../common/canonical-json.js';
import type { Database } from '../db/database.js';
import type { Db } from '../db/schema.js';
import type { CustodyLedger } from '../ledger/log.js';
import { checkedTransitionTable, DEFAULT_TRANSITIONS, type TransitionTable } from './transitions.js';

export interface CaseTransitions {
  caseId: string;
  transitions: TransitionTable;
  /** False while the case follows the default table. */
  custom: boolean;
}

export async function transitionsOf(db: Db, caseId: string): Promise<CaseTransitions> {
  const row = await db.selectFrom('case_workflows').select('transitions').where('case_id', '=', caseId).executeTakeFirst();
  return row ? { caseId, transitions: JSON.parse(row.transitions) as TransitionTable, custom: true } : { caseId, transitions: DEFAULT_TRANSITIONS, custom: false };
}

/** Replaces a case's table (its owners' decision, checked by the route); the old and new tables go to the ledger. */
export async function setCaseTransitions(deps: { database: Database; ledger: CustodyLedger }, actor: string, caseId: string, input: unknown): Promise<CaseTransitions> {
  const transitions = checkedTransitionTable(input);
  return deps.database.writeTransaction(async (trx) => {
    const before = await transitionsOf(trx, caseId);
    if (canonicalJson(before.transitions) === canonicalJson(transitions)) return { caseId, transitions, custom: before.custom };
    const [entry] = await deps.ledger.append(trx, [
      { actor, action: 'workflow', subject: { case: caseId }, details: { transitions: { from: before.transitions, to: transitions } } },
    ]);
    const row = { transitions: JSON.stringify(transitions), updated_at: entry!.time, updated_by: actor };
    if (before.custom) await trx.updateTable('case_workflows').set(row).where('case_id', '=', caseId).execute();
    else await trx.insertInto('case_workflows').values({ case_id: caseId, ...row }).execute();
    return { caseId, transitions, custom: true };
  });
}
