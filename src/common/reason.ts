import type { Wording } from './wording.js';

/**
 * Why something failed, worded (wording.ts), where another refusal completes it: that refusal is its `cause`,
 * worded too, and the reason's `problem` value holds the cause's English. A reader in another language gets
 * both in their language (web/src/i18n/reason-text.ts).
 */
export interface Reason extends Wording {
  readonly cause?: Reason;
}

/** `reason`, completed by `cause` when there is one. */
export function becauseOf(reason: Wording, cause: Reason | undefined): Reason {
  return cause ? { ...reason, cause } : reason;
}
