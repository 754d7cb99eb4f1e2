import { useId, useState } from 'react';
import { verifyWholeLog, type WholeLogResult } from '../../../src/ledger/log-verification.js';
import { ledgerSource } from './ledger-api.js';

/** "Verify the whole log": runs in the browser, shows its progress, and says what it proved or what failed first. */
export function WholeLogCheck({ caseId, Heading, onResult }: { caseId?: string | undefined; Heading: 'h2' | 'h3'; onResult: (result: WholeLogResult) => void }) {
  const progressId = useId();
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState({ step: 'Starting', fraction: 0 });
  const [result, setResult] = useState<WholeLogResult | undefined>();

  const run = async () => {
    setRunning(true);
    setResult(undefined);
    setProgress({ step: 'Starting', fraction: 0 });
    const outcome = await verifyWholeLog(ledgerSource(caseId), (step, fraction) => setProgress({ step, fraction }));
    setResult(outcome);
    setRunning(false);
    onResult(outcome);
  };

  return (
    <section className="card whole-log" aria-labelledby="whole-log-title">
      <Heading id="whole-log-title">Verify the whole log</Heading>
      <p>
        Your browser checks the signed tree head, recomputes its root from every leaf hash of the log, and checks that each entry you may see
        {caseId ? ' in this case' : ''} hashes to its leaf. Nothing the server says is taken on trust.
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
