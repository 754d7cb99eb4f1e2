import { defineWordings } from '../common/wording.js';

const NOT_KEPT = '{unfinished, select, yes {; the file "{name}" was not kept} other {}}';

/**
 * Why an upload was refused (an evidence file, a handed-over folder's file, an ACLED import's body): the
 * server's words after the field at fault, for the web app to say in the reader's language.
 */
export const uploadWordings = defineWordings('upload', {
  fileTooLarge: 'file {name} exceeds the upload size limit',
  importTooLarge: 'the file is larger than the import limit of {limit} bytes',
  connectionClosed: `the connection closed before the upload was complete${NOT_KEPT}`,
  cutShort: `ends before its closing boundary: the upload was cut short${NOT_KEPT}`,
  notMultipart: 'holds no part delimited by the boundary its content-type names: it is not a multipart form',
});
