import { useEffect, useId, useState } from 'react';
import { verifyWholeLog, type WholeLogResult } from '../../../src/ledger/log-verification.js';
import { keyChangeReason } from './key-pinning.js';
import { ledgerSource } from './ledger-api.js';
import { trustKey, usePinChanges } from './pinned-keys.js';

/**
 * "Verify the whole log": runs in the browser, shows its progress, and says what it proved or what failed
 * first. A head signed by another key than the one pinned in this browser fails it, however well it verifies.
 */
export function WholeLogCheck({ caseId, Heading, onResult }: { caseId?: string | undefined; Heading: 'h2' | 'h3'; onResult: (result: WholeLogResult) => void }) {
  const progressId = useId();
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState({ step: 'Starting', fraction: 0 });
  const [result, setResult] = useState<WholeLogResult | undefined>();
  const pinChanges = usePinChanges();
  // A result under a key the reader has since accepted or replaced says nothing any more: run again.
  useEffect(() => setResult(undefined), [pinChanges]);

  const run = async () => {
    setRunning(true);
    setResult(undefined);
    setProgress({ step: 'Starting', fraction: 0 });
    const outcome = underPinnedKey(await verifyWholeLog(ledgerSource(caseId), (step, fraction) => setProgress({ step, fraction })));
    setResult(outcome);
    setRunning(false);
    onResult(outcome);
  };

  return (
    <section className="card whole-log" aria-labelledby="whole-log-title">
      <Heading id="whole-log-title">Verify the whole log</Heading>
      <p>
        Your browser checks the signed tree head’s signature under the log key pinned in this browser, recomputes its root from every leaf hash of the
        log, and checks that each entry you may see{caseId ? ' in this case' : ''} hashes to its leaf. It cannot tell whether the server withheld
        entries from you (a leaf hash shows nothing of its entry), nor whether the pinned key is your organisation’s: compare it with the key
        published out of band.
      </p>
      <button type="button" onClick={() => void run()} disabled={running}>
        Verify the whole log
      </button>
      {running && (
        <div className="progress">
          <label htmlFor={progressId}>{progress.step}…</label>
          <progress id={progressId} max={1} value={progress.fraction}>
            {Math.round(progress.fraction * 100)}%
          </progress>
        </div>
      )}
      <div role="status" className="whole-log-result">
        {result?.status === 'verified' && (
          <p className="mark verified">
            All {result.entries.toLocaleString('en-GB')} entries verified against the signed tree head of size {result.treeSize.toLocaleString('en-GB')}
            <span className="mark-detail">
              {' '}
              (root <code title={result.rootHex}>{result.rootHex.slice(0, 16)}…</code>)
            </span>
          </p>
        )}
        {result?.status === 'failed' && <p className="mark failed">Failed: {result.reason}</p>}
      </div>
    </section>
  );
}

/** The outcome, failed if the head it checked was signed under another key than the one pinned for the log. */
function underPinnedKey(outcome: WholeLogResult): WholeLogResult {
  if (!outcome.head) return outcome;
  const trust = trustKey(outcome.head.origin, outcome.head.verifierKey);
  return trust.status === 'changed' ? { status: 'failed', reason: keyChangeReason(trust.pin, trust.presented), head: outcome.head } : outcome;
}
