import { defineWordings } from '../common/wording.js';

/**
 * Why a workflow change made against what its sender last saw was refused: someone else changed the incident in
 * between. Said after the field at fault (assignees or status), for the web app to say in the reader's language.
 */
export const workflowWordings = defineWordings('workflow', {
  takenSince: '{incident} was taken by {holders} since you loaded it (it is now {status}): reload it before changing it',
  releasedSince: '{incident} has had its assignees removed since you loaded it (it is now {status}): reload it before changing it',
  movedSince: '{incident} moved to {status} since you loaded it: reload it before changing it',
});
