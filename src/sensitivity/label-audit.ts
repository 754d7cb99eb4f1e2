import type { Db } from '../db/schema.js';
import { decodeEntry } from '../ledger/entry.js';

export interface LabelAudit {
  ok: boolean;
  checked: number;
  problems: { record: string; problem: string }[];
}

const PAGE = 2000;
const MAX_PROBLEMS = 100;

/**
 * Replays the ledger's label entries and compares the outcome with the labels stored, so a label set or removed
 * in the database (not through Dossier) is named, as is a gap in an entry's "from" (an entry gone missing).
 * Only labels on items and incidents: the case's own label list and dismissed suggestions change no label.
 */
export async function auditLabels(db: Db): Promise<LabelAudit> {
  const audit: LabelAudit = { ok: true, checked: 0, problems: [] };
  const report = (key: string, problem: string) => {
    audit.ok = false;
    if (audit.problems.length < MAX_PROBLEMS) audit.problems.push({ record: `${key} label`, problem });
  };
  const logged = new Map<string, string>();
  for (let after = -1; ; ) {
    const rows = await db.selectFrom('ledger_entries').select(['seq', 'entry']).where('action', '=', 'label').where('seq', '>', after).orderBy('seq').limit(PAGE).execute();
    if (rows.length === 0) break;
    for (const row of rows) {
      const entry = decodeEntry(row.entry);
      if (typeof entry === 'string' || (entry.details.kind !== 'evidence' && entry.details.kind !== 'incident')) continue;
      const key = keyOf(String(entry.details.kind), String(entry.details.id), String(entry.subject.case), String(entry.details.label));
      const before = logged.get(key) ?? 'none';
      if (entry.details.from !== before) report(key, `ledger entry ${row.seq} moves it from ${String(entry.details.from)}, but the entries before it left ${before}`);
      logged.set(key, String(entry.details.to));
    }
    after = Number(rows[rows.length - 1]!.seq);
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
