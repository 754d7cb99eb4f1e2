import type { Db } from '../db/schema.js';
import { loggedEntries, startRowAudit, type RowAudit } from '../ledger/row-audit.js';

export type LabelAudit = RowAudit;

/**
 * Replays the ledger's label entries and compares the outcome with the labels stored, so a label set or removed
 * in the database (not through Dossier) is named, as is a gap in an entry's "from" (an entry gone missing).
 * Only labels on items and incidents: the case's own label list and dismissed suggestions change no label.
 */
export async function auditLabels(db: Db): Promise<LabelAudit> {
  const { audit, report: reportRecord } = startRowAudit();
  const report = (key: string, problem: string) => reportRecord(`${key} label`, problem);
  const logged = new Map<string, string>();
  for await (const { seq, entry } of loggedEntries(db, ['label'])) {
    if (entry.details.kind !== 'evidence' && entry.details.kind !== 'incident') continue;
    const key = keyOf(String(entry.details.kind), String(entry.details.id), String(entry.subject.case), String(entry.details.label));
    const before = logged.get(key) ?? 'none';
    if (entry.details.from !== before) report(key, `ledger entry ${seq} moves it from ${String(entry.details.from)}, but the entries before it left ${before}`);
    logged.set(key, String(entry.details.to));
  }
  const stored = await db.selectFrom('sensitivity_labels').select(['subject_kind', 'subject_id', 'case_id', 'label', 'state']).execute();
  const seen = new Set<string>();
  for (const row of stored) {
    audit.checked++;
    const key = keyOf(row.subject_kind, row.subject_id, row.case_id, row.label);
    seen.add(key);
    const expected = logged.get(key);
    if (expected === undefined) report(key, `is stored ${row.state}, but no ledger entry set it`);
    else if (expected !== row.state) report(key, `is stored ${row.state}, but the ledger says ${expected}`);
  }
  for (const key of logged.keys()) if (!seen.has(key)) report(key, 'the ledger logs it, but it is not stored');
  return audit;
}

function keyOf(kind: string, id: string, caseId: string, label: string): string {
  return `${kind}:${id} in ${caseId}: ${label}`;
}
