import { useEffect, useId, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { verifyWholeLog, type WholeLogResult, type WholeLogStep } from '../../../src/ledger/proofs/log-verification.js';
import type { Message } from '../i18n/define-messages.js';
import { useT } from '../i18n/LanguageProvider.js';
import { keyChangeReason } from './key-pinning.js';
import { ledgerSource } from './ledger-api.js';
import { ledgerMessages as m } from './ledger.messages.js';
import { trustKey, usePinChanges } from './pinned-keys.js';
import type { ShownReason } from './reason.js';
import { FailedMark } from './VerificationMark.js';

/** The steps the verifier (src/ledger/proofs/log-verification.ts) reports, and this page's own first one, in words. */
const STEPS: Record<WholeLogStep | 'starting', Message> = {
  starting: m.stepStarting,
  checkingHead: m.stepCheckingHead,
  fetchingLeaves: m.stepFetchingLeaves,
  recomputing: m.stepRecomputing,
  checkingEntries: m.stepCheckingEntries,
  done: m.stepDone,
};

/** The verifier's result, or the page's own refusal of a head signed under a key other than the pinned one. */
type ShownResult = WholeLogResult | { status: 'failed'; reason: ShownReason };

/**
 * "Verify the whole log": runs in the browser, shows its progress, and says what it proved or what failed
 * first. A head signed by another key than the one pinned in this browser fails it, however well it verifies.
 */
export function WholeLogCheck({ caseId, Heading, onResult }: { caseId?: string | undefined; Heading: 'h2' | 'h3'; onResult: (result: ShownResult) => void }) {
  const t = useT();
  const intl = useIntl();
  const progressId = useId();
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<{ step: WholeLogStep | 'starting'; fraction: number }>({ step: 'starting', fraction: 0 });
  const [result, setResult] = useState<ShownResult | undefined>();
  const pinChanges = usePinChanges();
  // A result under a key the reader has since accepted or replaced says nothing any more: run again.
  useEffect(() => setResult(undefined), [pinChanges]);

  const run = async () => {
    setRunning(true);
    setResult(undefined);
    setProgress({ step: 'starting', fraction: 0 });
    const outcome = underPinnedKey(await verifyWholeLog(ledgerSource(caseId), (step, fraction) => setProgress({ step, fraction })));
    setResult(outcome);
    setRunning(false);
    onResult(outcome);
  };

  return (
    <section className="card whole-log" aria-labelledby="whole-log-title">
      <Heading id="whole-log-title">{t(m.verifyWholeLog)}</Heading>
      <p>{t(caseId ? m.wholeLogAboutCase : m.wholeLogAbout)}</p>
      <button type="button" onClick={() => void run()} disabled={running}>
        {t(m.verifyWholeLog)}
      </button>
      {running && (
        <div className="progress">
          <label htmlFor={progressId}>{t(STEPS[progress.step])}</label>
          <progress id={progressId} max={1} value={progress.fraction}>
            {intl.formatNumber(progress.fraction, { style: 'percent' })}
          </progress>
        </div>
      )}
      <div role="status" className="whole-log-result">
        {result?.status === 'verified' && (
          <p className="mark verified">
            {t(m.allVerified, { entries: result.entries, size: result.treeSize })}
            <span className="mark-detail">
              {' '}
              <FormattedMessage
                {...m.rootDetail}
                values={{
                  root: (
                    <code title={result.rootHex} dir="ltr">
                      {result.rootHex.slice(0, 16)}…
                    </code>
                  ),
                }}
              />
            </span>
          </p>
        )}
        {result?.status === 'failed' && <FailedMark as="p" reason={result.reason} />}
      </div>
    </section>
  );
}

/** The outcome, failed if the head it checked was signed under another key than the one pinned for the log. */
function underPinnedKey(outcome: WholeLogResult): ShownResult {
  if (!outcome.head) return outcome;
  const trust = trustKey(outcome.head.origin, outcome.head.verifierKey);
  return trust.status === 'changed' ? { status: 'failed', reason: keyChangeReason(trust.pin, trust.presented), head: outcome.head } : outcome;
}
