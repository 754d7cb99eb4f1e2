/**
 * What every audit of stored rows against the ledger shares: the report (ok, how many rows were checked,
 * the problems found, capped so a badly damaged database still gives a readable answer), the reading of
 * rows a page at a time, the ledger's entries of some actions replayed in order, and the comparison of stored
 * values with logged ones. Each audit (evidence records, record revisions, workflows, labels, comments) states
 * only which rows it reads and what it compares.
 */
import { canonicalJson } from '../common/canonical-json.js';
import type { Db } from '../db/schema.js';
import { decodeEntry, type LedgerEntry } from './entry.js';

export interface RowProblem {
  /** What is wrong, named as the audit names it: `case:<id>`, `incident:<id>@2`, `ledger entry 12`… */
  record: string;
  problem: string;
}

export interface RowAudit {
  ok: boolean;
  checked: number;
  problems: RowProblem[];
}

export type ReportProblem = (record: string, problem: string) => void;

/** Rows read at once: memory holds one page (and, for batches, one entry's versions) at most. */
export const AUDIT_PAGE = 2000;
const MAX_PROBLEMS = 100;

/** A fresh report and its `report` function: every problem makes it fail, the first hundred are kept. */
export function startRowAudit(): { audit: RowAudit; report: ReportProblem } {
  const audit: RowAudit = { ok: true, checked: 0, problems: [] };
  const report: ReportProblem = (record, problem) => {
    audit.ok = false;
    if (audit.problems.length < MAX_PROBLEMS) audit.problems.push({ record, problem });
  };
  return { audit, report };
}

/** Pages read by offset, in the order the query gives, until one comes back empty. */
export async function* pagesByOffset<Row>(read: (limit: number, offset: number) => Promise<Row[]>): AsyncGenerator<Row[]> {
  for (let offset = 0; ; offset += AUDIT_PAGE) {
    const rows = await read(AUDIT_PAGE, offset);
    if (rows.length === 0) return;
    yield rows;
  }
}

/** Pages read by key, each after the last key of the one before (none for the first), until one comes back empty. */
export async function* pagesByKey<Row, Key>(read: (limit: number, after: Key | undefined) => Promise<Row[]>, keyOf: (row: Row) => Key): AsyncGenerator<Row[]> {
  for (let after: Key | undefined; ; ) {
    const rows = await read(AUDIT_PAGE, after);
    if (rows.length === 0) return;
    yield rows;
    after = keyOf(rows[rows.length - 1]!);
  }
}

export type FieldPair = [field: string, stored: unknown, logged: unknown];

/**
 * Reports each field whose stored value differs from the logged one, compared as canonical JSON. With
 * `absent: 'distinct'` a missing value differs from null; with `'as-null'` the two are taken as one.
 */
export function compareFields(report: ReportProblem, record: string, pairs: readonly FieldPair[], absent: 'distinct' | 'as-null'): void {
  const text = (value: unknown) => (value !== undefined ? canonicalJson(value) : absent === 'distinct' ? '(absent)' : canonicalJson(null));
  for (const [field, stored, logged] of pairs) {
    if (text(stored) !== text(logged)) report(record, `${field} differs from what was logged`);
  }
}

/**
 * The ledger's entries of these actions, in the ledger's order, decoded, a page at a time. A malformed entry is
 * passed over: the ledger's own audit names it.
 */
export async function* loggedEntries(db: Db, actions: readonly string[]): AsyncGenerator<{ seq: number; entry: LedgerEntry }> {
  for (let after = -1; ; ) {
    const rows = await db.selectFrom('ledger_entries').select(['seq', 'entry']).where('action', 'in', [...actions]).where('seq', '>', after).orderBy('seq').limit(AUDIT_PAGE).execute();
    if (rows.length === 0) return;
    for (const row of rows) {
      const entry = decodeEntry(row.entry);
      if (typeof entry !== 'string') yield { seq: Number(row.seq), entry };
    }
    after = Number(rows[rows.length - 1]!.seq);
  }
}
