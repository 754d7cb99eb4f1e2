import type { Verdict } from '../../../src/ledger/entry-verification.js';

/**
 * One entry's verdict as plain text: "Verified" with the tree it is in, or "Failed: why". Not a live region:
 * a table has one summary that is announced (EntryTable), not one announcement per row.
 */
export function VerificationMark({ verdict }: { verdict: Verdict | 'checking' | undefined }) {
  if (verdict === undefined) return <span className="muted">Not checked</span>;
  if (verdict === 'checking') return <span className="mark checking">Checking…</span>;
  if (verdict.status === 'failed') return <span className="mark failed">Failed: {verdict.reason}</span>;
  return (
    <span className="mark verified">
      Verified{' '}
      <span className="mark-detail">
        in the signed tree of {verdict.treeSize.toLocaleString('en-GB')}, root <code title={verdict.rootHex}>{verdict.rootHex.slice(0, 12)}…</code>
      </span>
    </span>
  );
}
