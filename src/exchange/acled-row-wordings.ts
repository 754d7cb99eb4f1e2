import { defineWordings } from '../common/wording.js';

/**
 * Why an ACLED row was rejected, said after the column at fault (acled-row-parse.ts, acled-import.ts,
 * acled-batch-writer.ts). What the file holds comes as a value and is shown as written; so do column names,
 * ACLED's own labels and examples of its forms, which read the same in every language.
 */
export const acledRowWordings = defineWordings('acledRow', {
  required: 'is required',
  fatalitiesRequired: 'is required (0 when none were reported)',
  notADate: '"{value}" is not a calendar date in a form ACLED writes ({numeric} or {spelled})',
  yearMismatch: '{value} does not match {column} {date}',
  notOneToThree: '"{value}" is not 1, 2 or 3',
  noCounterpart: `ACLED "{eventType} / {subEventType}" events have no counterpart among Dossier's incident types; record them by hand if they belong in the case`,
  notActorCode: '"{value}" is not an ACLED actor code (1–8) or name ({names}…)',
  tooLong: 'is longer than {max} characters',
  sourceTooLong: 'names a source longer than {max} characters',
  unknownCountry: 'unknown country "{value}"',
  notANumber: '"{value}" is not a number',
  outOfRange: '{value} is out of range (-{limit} to {limit})',
  notWholeNumber: '"{value}" is not a whole number of zero or more',
  incomplete: 'is not a complete ACLED event',
  fieldCount: 'has {fields, plural, one {# field} other {# fields}} where the header has {columns}',
  databaseRefused: 'the database refused it: {reason}',
  lostReference: 'refers to {id}, introduced by row {row}, which could not be saved',
});
