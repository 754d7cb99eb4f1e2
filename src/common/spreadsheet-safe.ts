/**
 * CSV cells a spreadsheet program would run as a formula. Names, titles and notes come from imported data, so an
 * actor called `=cmd|' /C calc'!A1` or a source `@SUM(1+1)` must not reach Excel or LibreOffice as written: OWASP's
 * advice ("CSV Injection") is to prefix a cell starting with =, +, -, @, a tab or a carriage return with an
 * apostrophe, which the spreadsheet shows as text. Quoting the cell alone does not stop it. A plain number,
 * negative or signed (a longitude of -3.7), is data and is left as it is.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** Whether a spreadsheet would take `cell` for a formula. */
export function looksLikeFormula(cell: string): boolean {
  return FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell);
}

/** The cell as a spreadsheet shows it as text: an apostrophe before a formula, anything else unchanged. */
export function spreadsheetSafe(cell: string): string {
  return looksLikeFormula(cell) ? `'${cell}` : cell;
}

/** What an export's notes say when it neutralised cells, and how to have them verbatim. */
export function neutralisedInWords(cells: number, raw: string): string {
  return `${cells.toLocaleString('en-GB')} ${cells === 1 ? 'cell begins' : 'cells begin'} with =, +, -, @, a tab or a carriage return and would run as a spreadsheet formula: written with a leading apostrophe (${raw} writes them verbatim)`;
}
