import { defineWordings } from '../common/wording.js';

/**
 * Why a media program (ffmpeg, ffprobe, pdftoppm, tesseract, sharp) made nothing of an item: derivative-files.ts,
 * ffmpeg.ts, src/text/ocr.ts. Programs, packages, commands, times and what a program printed are values, as they
 * are; `problem` is the English of a refusal that completes another (src/common/reason.ts).
 */
export const mediaToolWordings = defineWordings('mediaTool', {
  notInstalled: '{program} is not installed here ({install})',
  noModel: '{program} has no model for {languages} here ({install})',
  timedOut: '{program} did not finish within {seconds} s',
  printedTooMuch: '{program} printed more than it should',
  /** What the program itself printed on failing, in its own words. */
  toolSaid: '{output}',
  noReading: '{program} gave no reading',
  withCommand: '{problem} ({command})',
  cannotReadVideo: '{program} could not read the video: {problem}',
  noVideoStream: '{program} found no video stream in the file',
  noKeyframe: '{program} found no keyframe in the video',
  nothingToTile: 'no keyframes to tile',
  cannotReadImage: '{program} could not read the image: {problem}',
});

/** Why an item has no derivatives (src/evidence/derivatives.ts). `part` names the derivative by a code. */
export const derivativeWordings = defineWordings('derivative', {
  notMade: 'no derivatives are made of {mediaType}',
  partFailed: '{part, select, thumbnail {thumbnail} keyframe {keyframe} contactSheet {contact-sheet} preview {preview} other {{part}}}: {problem}',
});

/** The install command named in a reason: a command, the same in every language. */
export const installCommand = (packages: readonly string[]) => `apt-get install ${packages.join(' ')}`;
