import type { Reason } from '../../../src/common/reason.js';
import { wordingText } from './wording.js';

/** A server reason in the reader's language, the refusal that completes it (`cause`, its `problem`) included. */
export function reasonText(reason: Reason): string {
  return wordingText(reason, reason.cause ? { problem: reasonText(reason.cause) } : {});
}
