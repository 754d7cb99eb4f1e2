import { defineWordings } from '../common/wording.js';

/**
 * "row 3", "rows 3, 7 and 9", "rows 1, 2, …, 20 and 5 more rows": `rows` are the rows named but the last, `last`
 * the last named, `more` those left unnamed; `rowList` is `single`, `several`, or `more`.
 */
const ROWS = '{rowList, select, single {row {last}} several {rows {rows} and {last}} other {rows {rows}, {last} and {more, plural, one {# more row} other {# more rows}}}}';

/**
 * What reading a CSV file's bytes found (csv-text.ts): text that is not UTF-8, refused or replaced, and control
 * characters removed. The option, the query parameter and the replacement character come as values.
 */
export const csvTextWordings = defineWordings('csvText', {
  fieldNotUtf8:
    'is not valid UTF-8: the byte {byte} at offset {offset} of the field is not part of a well-formed UTF-8 character; ' +
    'save the file as UTF-8, or import it lossily ({option}, or {parameter}) to replace such bytes with {replacement}',
  nameNotUtf8: 'the name of column {column} is not UTF-8: the byte {byte} at offset {offset} of the name is not part of a well-formed UTF-8 character; save the file as UTF-8',
  utf16: 'the file is UTF-16 (it starts with a UTF-16 byte-order mark): save it as UTF-8',
  replaced: `{count, plural, one {# invalid UTF-8 sequence} other {# invalid UTF-8 sequences}} replaced with {replacement} (lossy import), in ${ROWS}`,
  controlRemoved: `{count, plural, one {# control character} other {# control characters}} (C0 other than tab and line breaks, or DEL) removed from field values, in ${ROWS}`,
});

/** The words csv-text.ts puts in its wordings as they are: an option, a query parameter, a character's name. */
export const CSV_TEXT_LITERALS = { option: '--lossy', parameter: 'lossy=true', replacement: 'U+FFFD' } as const;
