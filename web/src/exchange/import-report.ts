import { createdInWords } from '../../../src/exchange/created-words.js';

/** The server's answer to an ACLED import (src/exchange/acled-import.ts). */
export interface ImportReport {
  rows: number;
  imported: number;
  rejected: { row: number; eventId?: string; field: string; problem: string }[];
  created: Record<string, number>;
  notes: string[];
}

export interface RejectedRow {
  row: number;
  eventId: string | undefined;
  problems: { field: string; problem: string }[];
}

/** One entry per rejected row (the server gives one per problem), in file order. */
export function rejectedRows(report: ImportReport): RejectedRow[] {
  const rows = new Map<number, RejectedRow>();
  for (const { row, eventId, field, problem } of report.rejected) {
    const entry = rows.get(row) ?? { row, eventId, problems: [] };
    entry.problems.push({ field, problem });
    entry.eventId ??= eventId;
    rows.set(row, entry);
  }
  return [...rows.values()].sort((a, b) => a.row - b.row);
}

function count(n: number, [one, many]: [string, string]): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The report in one sentence: rows read, imported, rejected, and what was created. */
export function importSummary(report: ImportReport): string {
  const rejected = rejectedRows(report).length;
  const created = createdInWords(report.created, { omitNone: true });
  const parts = [`${count(report.rows, ['row', 'rows'])} read`, `${report.imported} imported`, `${rejected} rejected`];
  return `${parts.join(', ')}.${created.length ? ` Created ${created.join(', ')}.` : ''}`;
}
