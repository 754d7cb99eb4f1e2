/**
 * An error whose message is a wording's English (src/common/wording.ts), carrying the wording itself: the CLI and
 * the API print the message as before, and the web app, which runs these verifiers in the browser, says the
 * same thing in the reader's language from the code and values.
 */
import { DossierError, type ErrorCode } from '../../common/errors.js';
import type { Wording } from '../../common/wording.js';

export class WordedError extends DossierError {
  constructor(
    code: ErrorCode,
    readonly wording: Wording,
  ) {
    super(code, wording.text);
  }
}

/** The wording an error carries, if it is one of these. */
export function wordingOf(error: unknown): Wording | undefined {
  return error instanceof WordedError ? error.wording : undefined;
}
