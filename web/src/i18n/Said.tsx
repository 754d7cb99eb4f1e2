import type { Wording } from '../../../src/common/wording.js';
import type { MessageValues } from './active-locale.js';
import { knowsWording, wordingText } from './wording.js';

/** A server wording in the reader's language; one the app cannot translate yet is marked as the English it is. */
export function Said({ wording, values }: { wording: Wording; values?: MessageValues }) {
  return knowsWording(wording) ? <>{wordingText(wording, values)}</> : <span lang="en" dir="ltr">{wording.text}</span>;
}
