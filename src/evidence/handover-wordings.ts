import { defineWordings } from '../common/wording.js';

/** What is wrong with a handed-over file's path or modification time (handed-over-file.ts), said after the field. */
export const handoverWordings = defineWordings('handover', {
  pathEmpty: 'is empty: send the file’s path in the folder handed over',
  pathTooLong: 'must be at most {max} characters',
  pathNul: 'contains a NUL character',
  notAnInstant: 'must be an ISO 8601 instant with its offset, such as {example}',
  noSuchInstant: 'is not a day and time that exists',
  offsetTooFar: 'has an offset beyond ±23:59',
});
