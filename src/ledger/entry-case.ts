/** The case a ledger entry logs, looked up for the access check of routes addressed by an entry's index. */
import type { Db } from '../db/schema.js';

/** The entry's case (null for an entry of no case) and its action; undefined when no entry has that index. */
export async function ledgerEntryCase(db: Db, seq: number): Promise<{ caseId: string | null; action: string } | undefined> {
  const row = await db.selectFrom('ledger_entries').select(['case_id', 'action']).where('seq', '=', seq).executeTakeFirst();
  return row && { caseId: row.case_id, action: row.action };
}
