import type { Verdict } from '../../../src/ledger/entry-verification.js';

/** One entry's verdict, announced politely: "Verified" with the tree it is in, or "Failed: why". */
export function VerificationMark({ verdict }: { verdict: Verdict | 'checking' | undefined }) {
  if (verdict === undefined) return <span className="muted">Not checked</span>;
  if (verdict === 'checking') {
    return (
      <span role="status" className="mark checking">
        Checking…
      </span>
    );
  }
  if (verdict.status === 'failed') {
    return (
      <span role="status" className="mark failed">
        Failed: {verdict.reason}
      </span>
    );
  }
  return (
    <span role="status" className="mark verified">
      Verified{' '}
      <span className="mark-detail">
        in the signed tree of {verdict.treeSize.toLocaleString('en-GB')}, root <code title={verdict.rootHex}>{verdict.rootHex.slice(0, 12)}…</code>
      </span>
    </span>
  );
}
