import { defineWordings } from '../common/wording.js';

/**
 * The signs of editing read in an item's metadata (media-metadata.ts). Tags, the programs they name, times as
 * the file wrote them, and the names of standards and programs are values, shown as they are.
 */
export const editTraceWordings = defineWordings('editTrace', {
  editorNamed: '{tag} names an editor: {value}',
  savedAgain: 'saved again at {modified}, after capture at {captured}',
  history: '{standard} editing history: {history}',
  dataBlocks: '{program} data blocks present',
});
