import { defineWordings } from '../common/wording.js';

const NOT_CSV = (problem: string) =>
  `the file is not valid CSV (${problem}); {imported, plural, one {the # good row before the fault was imported} other {the # good rows before the fault were imported}}`;

/**
 * Why an ACLED file was refused whole, or stopped part-way (acled-import.ts, acled-header.ts): said without the
 * field the error names (`header`, `file`). csv-parse's own description of a fault comes as `problem`, in English.
 */
export const acledFileWordings = defineWordings('acledFile', {
  empty: 'the file is empty: an ACLED file starts with a header row',
  columnTwice: 'column "{column}" appears twice (columns {first} and {second}): which one holds the value is not clear',
  missingColumns: '{count, plural, one {missing column} other {missing columns}} {names}; an ACLED file needs {needed}',
  notCsv: NOT_CSV('{problem}'),
  strayQuote: NOT_CSV('a quote inside an unquoted field at line {line}: quote the whole field and double the quotes inside it'),
});
