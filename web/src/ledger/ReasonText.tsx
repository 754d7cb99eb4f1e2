import { reasonKnown, reasonText, type ShownReason } from './reason.js';

/**
 * A failure's reason in its own direction (it names hashes and entry numbers, which must not be reordered inside
 * an Arabic line); one the app cannot translate yet is marked as the English it is.
 */
export function ReasonText({ reason }: { reason: ShownReason }) {
  return reasonKnown(reason) ? <bdi>{reasonText(reason)}</bdi> : <bdi lang="en">{reasonText(reason)}</bdi>;
}
