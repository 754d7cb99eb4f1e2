import { defineWordings } from '../common/wording.js';

/** Why an item's text could not be read (evidence-text.ts); a reader program's own reasons are in src/media/tool-wordings.ts. */
export const evidenceTextWordings = defineWordings('evidenceText', {
  pdfUnreadable: "the PDF's text cannot be read: {problem}",
  tooLarge: 'the document is {size} bytes; text is read from documents of up to {max} bytes',
});
