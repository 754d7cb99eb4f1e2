import type { Wording } from '../../../src/common/wording.js';
import type { ImportReport } from '../../../src/exchange/acled-import-report.js';
import { activeIntl, activeLocale, translate, type MessageValues } from '../i18n/active-locale.js';
import { termLabel, type Vocabularies } from '../vocabularies.js';
import { createdMessages, exchangeMessages as m } from './exchange.messages.js';

/** A row's problem: its English, and its wording where the server words it (a record field's own check does not). */
export interface RowProblem {
  field: string;
  problem: string;
  wording?: Wording;
}

/** The server's answer to an ACLED import, as the server types it. */
export type { ImportReport };

export interface RejectedRow {
  row: number;
  eventId: string | undefined;
  problems: RowProblem[];
}

/** One entry per rejected row (the server gives one per problem), in file order. */
export function rejectedRows(report: ImportReport): RejectedRow[] {
  const rows = new Map<number, RejectedRow>();
  for (const { row, eventId, field, problem, wording } of report.rejected) {
    const entry = rows.get(row) ?? { row, eventId, problems: [] };
    entry.problems.push({ field, problem, ...(wording ? { wording } : {}) });
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

/** A problem the server words in English only (a record field's own check): shown as the English it is. */
export function problemWording(problem: RowProblem): Wording {
  return problem.wording ?? { code: '', values: {}, text: problem.problem };
}

/**
 * The page's own words for a note's values: the incident types the server names by id (`acledNote.otherTypes`),
 * by their names in the reader's language, the alternatives as a choice ("a or b"); the rows a repair touched
 * (`csvText.*`) in the reader's digits.
 */
export function noteValues(note: Wording, vocabularies: Vocabularies | undefined): MessageValues {
  if (note.code === 'acledNote.otherTypes') {
    const type = (id: string) => termLabel(vocabularies, 'incident_types', id);
    const alternatives = String(note.values.alternatives ?? '').split(', ').filter(Boolean);
    return { incidentType: type(String(note.values.incidentType)), alternatives: activeIntl().formatList(alternatives.map(type), { type: 'disjunction' }) };
  }
  if (note.code === 'csvText.replaced' || note.code === 'csvText.controlRemoved') {
    const row = (text: string) => activeIntl().formatNumber(Number(text), { useGrouping: false });
    const rows = String(note.values.rows ?? '').split(', ').filter(Boolean);
    return { rows: rows.map(row).join(activeLocale() === 'ar' ? '، ' : ', '), last: row(String(note.values.last)) };
  }
  return {};
}
