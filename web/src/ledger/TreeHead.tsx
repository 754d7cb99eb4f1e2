import { timeText } from './entry-summary.js';
import { KeyChangeNotice } from './KeyChangeNotice.js';
import { pinHistory } from './key-pinning.js';
import type { HeadState, WitnessCheck } from './use-signed-head.js';

/**
 * The latest signed tree head: what it commits to, whether its signature verified here under the log key
 * pinned in this browser, and what that check cannot tell.
 */
export function TreeHead({ state, Heading }: { state: HeadState; Heading: 'h2' | 'h3' }) {
  return (
    <section className="card tree-head" aria-labelledby="tree-head-title">
      <Heading id="tree-head-title">Latest signed tree head</Heading>
      {state.status === 'checking' && (
        <p role="status" className="mark checking">
          Checking its signature…
        </p>
      )}
      {state.status === 'failed' && (
        <>
          <p role="status" className="mark failed">
            Failed: {state.reason}
          </p>
          {state.keyChange && <KeyChangeNotice change={state.keyChange} />}
        </>
      )}
      {state.status === 'verified' && (
        <>
          <p role="status" className="mark verified">
            Signature verified in your browser under the pinned key (Ed25519, key id {state.head.keyIdHex})
          </p>
          <dl className="facts">
            <div>
              <dt>Size</dt>
              <dd>{state.head.checkpoint.treeSize.toLocaleString('en-GB')} entries</dd>
            </div>
            <div>
              <dt>Root hash</dt>
              <dd>
                <code className="hash">{state.head.rootHex}</code>
              </dd>
            </div>
            <div>
              <dt>Signed at</dt>
              <dd>
                {timeText(state.signedAt)} <span className="muted">(the server’s clock; the time is not signed)</span>
              </dd>
            </div>
            <Witnesses check={state.witnesses} />
            <div>
              <dt>Origin</dt>
              <dd>{state.head.origin}</dd>
            </div>
            <div>
              <dt>Pinned key</dt>
              <dd>
                <code className="hash">{state.pin.verifierKey}</code> <span className="muted">({pinHistory(state.pin)} in this browser)</span>
              </dd>
            </div>
          </dl>
          <details>
            <summary>What your browser checked, what it cannot, and the signed note</summary>
            <p>
              It checked the note’s signature under the key above, which it pinned the first time it saw this log: if the server ever presents another
              key, every verification here fails until you accept the new one.
            </p>
            <p>
              It cannot tell whether the key it first saw is your organisation’s: compare it with the key published out of band (on your organisation’s
              website, in print, or as <code>dossier log key</code> prints it). Nor can it tell whether the server withheld entries from you; and these
              checks run in the app this server sends.
            </p>
            <pre className="note">{state.head.note}</pre>
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
  const verified = check.verdicts.filter((v) => v.status === 'verified');
  if (check.problem) {
    return (
      <div>
        <dt>Witnesses</dt>
        <dd className="mark failed">Could not be checked: {check.problem}</dd>
      </div>
    );
  }
  if (check.verdicts.length === 0) {
    return (
      <div>
        <dt>Witnesses</dt>
        <dd className="muted">None configured: only the log itself vouches for this head</dd>
      </div>
    );
  }
  const enough = verified.length >= check.quorum;
  return (
    <div>
      <dt>Witnesses</dt>
      <dd>
        <p className={`mark ${check.verdicts.some((v) => v.status === 'failed') ? 'failed' : enough ? 'verified' : 'checking'}`} role="status" aria-label="Witnesses">
          Cosigned by {verified.length} of {check.verdicts.length} witnesses, checked in your browser{check.quorum > 0 ? ` (the policy asks for ${check.quorum})` : ''}
        </p>
        <ul className="witnesses">
          {check.verdicts.map((v) => (
            <li key={v.witness}>
              <code>{v.witness}</code>:{' '}
              {v.status === 'verified'
                ? `cosignature verified, made ${timeText(new Date(v.timestamp! * 1000).toISOString())}`
                : v.status === 'missing'
                  ? 'no cosignature on this head yet'
                  : 'its cosignature does NOT verify'}
            </li>
          ))}
        </ul>
      </dd>
    </div>
  );
}
