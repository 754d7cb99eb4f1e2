import type { Verdict } from '../../../src/ledger/proofs/entry-verification.js';
import type { Reason } from '../../../src/common/reason.js';
import { reasonText as saidReason } from '../i18n/reason-text.js';
import { knowsWording } from '../i18n/wording.js';

/**
 * Why a check failed, as shown: the verifier's reason (src/ledger, worded by code) or one the page words itself
 * (a key that changed since it was pinned here), already in the reader's language.
 */
export type ShownReason = Reason | string;
export type ShownVerdict = Verdict | { status: 'failed'; reason: ShownReason };

/** The reason in the reader's language; a refusal that completes it (`cause`) said in that language too. */
export function reasonText(reason: ShownReason): string {
  return typeof reason === 'string' ? reason : saidReason(reason);
}

/** Whether the app can say this reason in the active language, or shows the verifier's English. */
export function reasonKnown(reason: ShownReason): boolean {
  return typeof reason === 'string' || knowsWording(reason);
}
