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

const CREATED_WORDS: Record<string, [string, string]> = {
  incidents: ['incident', 'incidents'],
  acts: ['act', 'acts'],
  victimGroups: ['victim group', 'victim groups'],
  actors: ['actor', 'actors'],
  involvements: ['involvement', 'involvements'],
  sources: ['source', 'sources'],
  claims: ['claim', 'claims'],
};

function count(n: number, [one, many]: [string, string]): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The report in one sentence: rows read, imported, rejected, and what was created. */
export function importSummary(report: ImportReport): string {
  const rejected = rejectedRows(report).length;
  const created = Object.entries(report.created)
    .filter(([, n]) => n > 0)
    .map(([key, n]) => count(n, CREATED_WORDS[key] ?? [key, key]));
  const parts = [`${count(report.rows, ['row', 'rows'])} read`, `${report.imported} imported`, `${rejected} rejected`];
  return `${parts.join(', ')}.${created.length ? ` Created ${created.join(', ')}.` : ''}`;
}
