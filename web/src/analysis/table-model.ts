/**
 * A table of an analysis as plain text cells, built once from the result's rows: the page draws it and the
 * CSV download writes it, so what is downloaded is what is shown. A cell that counts incidents carries their
 * ids, which the page lists under the count.
 */
import { spreadsheetSafe } from '../../../src/common/spreadsheet-safe.js';
import { translate } from '../i18n/active-locale.js';
import { tableMessages } from './analysis-tables.messages.js';
import { figureText } from './figures.js';

export interface Cell {
  text: string;
  /** The incidents a count counts: listed (and linked) under it on the page. */
  incidentIds?: readonly string[];
}

export type CellValue = Cell | string | number | null;

export interface TableColumn<Row> {
  header: string;
  value: (row: Row) => CellValue;
  /** Right-aligned, tabular figures. */
  numeric?: boolean;
}

export interface TableModel {
  /** The table's accessible name, and the CSV file's name. */
  label: string;
  headers: string[];
  numeric: boolean[];
  rows: Cell[][];
  /** Said in place of the rows when there are none. */
  empty: string;
}

/** What a missing figure shows: a dash, never an empty cell or a zero. */
export const NO_FIGURE = '—';

export function cellOf(value: CellValue): Cell {
  if (value === null) return { text: NO_FIGURE };
  if (typeof value === 'number') return { text: figureText(value) };
  if (typeof value === 'string') return { text: value };
  return value;
}

/** A count with the incident ids it counts. */
export function countCell(count: number, incidentIds: readonly string[]): Cell {
  return { text: figureText(count), incidentIds };
}

export function tableModel<Row>(label: string, columns: readonly TableColumn<Row>[], rows: readonly Row[], empty = translate(tableMessages.nothingToList)): TableModel {
  return {
    label,
    headers: columns.map((column) => column.header),
    numeric: columns.map((column) => Boolean(column.numeric)),
    rows: rows.map((row) => columns.map((column) => cellOf(column.value(row)))),
    empty,
  };
}

/**
 * RFC 4180: fields with a comma, quote or line break quoted, quotes doubled, lines ended by CRLF. Text a
 * spreadsheet would run as a formula gets a leading apostrophe (common/spreadsheet-safe.ts), since quoting
 * alone does not stop Excel; numbers, negative ones included, are written as they are.
 */
export function csvField(text: string): string {
  const safe = spreadsheetSafe(text);
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function csvOf(model: TableModel): string {
  const lines = [model.headers, ...model.rows.map((row) => row.map((cell) => cell.text))];
  return lines.map((line) => line.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/**
 * A file name from the table's label, in its language: "Incidents per week" → "incidents-per-week.csv",
 * "Incidents par période" → "incidents-par-periode.csv", an Arabic label in Arabic letters.
 */
export function csvFileName(label: string): string {
  const slug = label
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return `${slug || 'table'}.csv`;
}
