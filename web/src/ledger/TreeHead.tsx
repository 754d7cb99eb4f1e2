import { FormattedMessage } from 'react-intl';
import { useT } from '../i18n/LanguageProvider.js';
import { timeText } from './entry-summary.js';
import { KeyChangeNotice } from './KeyChangeNotice.js';
import { pinHistory } from './key-pinning.js';
import { ledgerMessages as m } from './ledger.messages.js';
import { ReasonText } from './ReasonText.js';
import type { HeadState, WitnessCheck } from './use-signed-head.js';

/** The command that prints the log's key, named as typed (not words to translate). */
const LOG_KEY_COMMAND = 'dossier log key';

/**
 * The latest signed tree head: what it commits to, whether its signature verified here under the log key
 * pinned in this browser, and what that check cannot tell. Hashes, keys and the note stay left to right.
 */
export function TreeHead({ state, Heading }: { state: HeadState; Heading: 'h2' | 'h3' }) {
  const t = useT();
  return (
    <section className="card tree-head" aria-labelledby="tree-head-title">
      <Heading id="tree-head-title">{t(m.latestSignedTreeHead)}</Heading>
      {state.status === 'checking' && (
        <p role="status" className="mark checking">
          {t(m.checkingItsSignature)}
        </p>
      )}
      {state.status === 'failed' && (
        <>
          <p role="status" className="mark failed">
            <FormattedMessage {...m.failed} values={{ reason: <ReasonText reason={state.reason} /> }} />
          </p>
          {state.keyChange && <KeyChangeNotice change={state.keyChange} />}
        </>
      )}
      {state.status === 'verified' && (
        <>
          <p role="status" className="mark verified">
            <FormattedMessage {...m.signatureVerified} values={{ algorithm: 'Ed25519', keyId: <code dir="ltr">{state.head.keyIdHex}</code> }} />
          </p>
          <dl className="facts">
            <div>
              <dt>{t(m.size)}</dt>
              <dd>{t(m.entriesCount, { count: state.head.checkpoint.treeSize })}</dd>
            </div>
            <div>
              <dt>{t(m.rootHash)}</dt>
              <dd>
                <code className="hash" dir="ltr">
                  {state.head.rootHex}
                </code>
              </dd>
            </div>
            <div>
              <dt>{t(m.signedAt)}</dt>
              <dd>
                <time dateTime={state.signedAt}>{timeText(state.signedAt)}</time> <span className="muted">{t(m.serverClock)}</span>
              </dd>
            </div>
            <Witnesses check={state.witnesses} />
            <div>
              <dt>{t(m.origin)}</dt>
              <dd dir="ltr">{state.head.origin}</dd>
            </div>
            <div>
              <dt>{t(m.pinnedKey)}</dt>
              <dd>
                <code className="hash" dir="ltr">
                  {state.pin.verifierKey}
                </code>{' '}
                <span className="muted">{pinHistory(state.pin, true)}</span>
              </dd>
            </div>
          </dl>
          <details>
            <summary>{t(m.whatWasChecked)}</summary>
            <p>{t(m.checkedNote)}</p>
            <p>
              <FormattedMessage {...m.cannotTell} values={{ command: <code dir="ltr">{LOG_KEY_COMMAND}</code> }} />
            </p>
            <pre className="note" dir="ltr">
              {state.head.note}
            </pre>
          </details>
        </>
      )}
    </section>
  );
}

/**
 * Who vouches for this head besides the log: each witness's cosignature checked here under the key the server
 * names for it. A key the server names could be its own; compare them with the witnesses' published keys.
 */
function Witnesses({ check }: { check: WitnessCheck }) {
  const t = useT();
  const verified = check.verdicts.filter((v) => v.status === 'verified');
  if (check.problem) {
    return (
      <div>
        <dt>{t(m.witnesses)}</dt>
        <dd className="mark failed">
          <FormattedMessage {...m.witnessesNotChecked} values={{ problem: <ReasonText reason={check.problem} /> }} />
        </dd>
      </div>
    );
  }
  if (check.verdicts.length === 0) {
    return (
      <div>
        <dt>{t(m.witnesses)}</dt>
        <dd className="muted">{t(m.noWitnesses)}</dd>
      </div>
    );
  }
  const enough = verified.length >= check.quorum;
  const counts = { verified: verified.length, total: check.verdicts.length, quorum: check.quorum };
  return (
    <div>
      <dt>{t(m.witnesses)}</dt>
      <dd>
        <p className={`mark ${check.verdicts.some((v) => v.status === 'failed') ? 'failed' : enough ? 'verified' : 'checking'}`} role="status" aria-label={t(m.witnesses)}>
          {check.quorum > 0 ? t(m.cosignedByOfQuorum, counts) : t(m.cosignedBy, counts)}
        </p>
        <ul className="witnesses">
          {check.verdicts.map((v) => {
            const witness = <code dir="ltr">{v.witness}</code>;
            return (
              <li key={v.witness}>
                {v.status === 'verified' ? (
                  <FormattedMessage {...m.cosignatureVerified} values={{ witness, time: timeText(new Date(v.timestamp! * 1000)) }} />
                ) : v.status === 'missing' ? (
                  <FormattedMessage {...m.cosignatureMissing} values={{ witness }} />
                ) : (
                  <FormattedMessage {...m.cosignatureFails} values={{ witness }} />
                )}
              </li>
            );
          })}
        </ul>
      </dd>
    </div>
  );
}
