import { becauseOf, type Reason } from '../../common/reason.js';
import { defineWordings } from '../../common/wording.js';
import { wordingOf } from './worded-error.js';

/**
 * Why the browser's verifier (entry-verification.ts, log-verification.ts) failed an entry or the whole log, for
 * a reader who may read French or Arabic. Entry numbers, sizes and hashes are values, shown as they are.
 */
export const ledgerCheckWordings = defineWordings('ledgerCheck', {
  proofForOtherEntry: 'the proof is for entry {proved}, not entry {seq}',
  proofForOtherSize: 'the proof is for a tree of {proved} entries, not the signed {size}',
  proofLeadsElsewhere: 'entry {seq} and its proof lead to root {root}, not the signed root',
  noValidIndex: 'the entry has no valid index ({seq})',
  notCovered: 'entry {seq} is not covered by the signed tree of {size} entries',
  proofNotFetched: 'its inclusion proof could not be fetched: {problem}',
  badHash: 'hash {index} sent by the server is not 32 bytes of hex',
  headDoesNotVerify: 'the signed tree head does not verify: {problem}',
  tooFewLeaves: 'the server sent {count} leaf hashes for a signed tree of {size}',
  badLeafHash: 'at leaf {at}: hash {index} sent by the server is not 32 bytes of hex',
  leavesGiveOtherRoot: 'the log’s {count} leaf hashes give root {root}, not the signed root {signed}',
  outOfOrder: 'the server listed entry {seq} out of order',
  altered: 'entry {seq} as shown does not hash to leaf {seq} of the signed tree: it was altered',
  notItsLeaf: 'entry {seq} as shown does not hash to its leaf in the signed tree',
  initOtherKey: 'the ledger’s first entry commits to a different signing key than the one the server gave',
  initOtherOrigin: 'the ledger’s first entry commits to a different origin than the signed tree head',
  /** An error no wording foresaw (the network, the server's answer), as it said itself. */
  unforeseen: '{problem}',
});

type Key = keyof typeof ledgerCheckWordings.english;

/** A reason that says what failed, with the error that made it fail as its cause. */
export function reasonFrom(key: Key, error: unknown): Reason {
  const cause = wordingOf(error);
  return becauseOf(ledgerCheckWordings.say(key, { problem: cause?.text ?? (error instanceof Error ? error.message : String(error)) }), cause);
}

/** An error as a reason: its own wording when it has one. */
export function reasonOf(error: unknown): Reason {
  return wordingOf(error) ?? reasonFrom('unforeseen', error);
}
