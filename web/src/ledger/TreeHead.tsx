import { timeText } from './entry-summary.js';
import type { HeadState } from './use-signed-head.js';

/** The latest signed tree head: what it commits to, and whether its signature verified here. */
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
        <p role="status" className="mark failed">
          Failed: {state.reason}
        </p>
      )}
      {state.status === 'verified' && (
        <>
          <p role="status" className="mark verified">
            Signature verified in your browser (Ed25519, key {state.head.keyIdHex})
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
            <div>
              <dt>Origin</dt>
              <dd>{state.head.origin}</dd>
            </div>
          </dl>
          <details>
            <summary>The log’s public key and the signed note</summary>
            <p>Compare the key with the one your organisation publishes: a verification is only as good as the key it trusts.</p>
            <code className="hash">{state.head.verifierKey}</code>
            <pre className="note">{state.head.note}</pre>
          </details>
        </>
      )}
    </section>
  );
}
