import { activeIntl, translate } from '../i18n/active-locale.js';
import { createdMessages, exchangeMessages as m } from './exchange.messages.js';

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

/** "1 incident", "3 victim groups", in the reader's language; a kind nothing was made of is left out. */
function createdInWords(created: Readonly<Record<string, number>>): string[] {
  return Object.entries(created)
    .filter(([, n]) => n > 0)
    .map(([kind, count]) => (Object.hasOwn(createdMessages, kind) ? translate(createdMessages[kind as keyof typeof createdMessages], { count }) : `${activeIntl().formatNumber(count)} ${kind}`));
}

/** The report in one sentence: rows read, imported, rejected, and what was created. */
export function importSummary(report: ImportReport): string {
  const summary = translate(m.importSummary, { rows: report.rows, imported: report.imported, rejected: rejectedRows(report).length });
  const created = createdInWords(report.created);
  return created.length ? translate(m.created, { summary, records: activeIntl().formatList(created, { type: 'unit', style: 'short' }) }) : summary;
}
