import { pinHistory } from './key-pinning.js';
import { acceptKey } from './pinned-keys.js';
import type { KeyChange } from './use-signed-head.js';

/**
 * The log now presents another key than the one pinned here. Every verification fails until the reader
 * accepts the new key, which they should only do once it matches the key their organisation publishes.
 */
export function KeyChangeNotice({ change }: { change: KeyChange }) {
  return (
    <div className="key-change">
      <p>
        The server now presents another key for the log <strong>{change.origin}</strong> than the one this browser pinned. A new key is expected only when your
        organisation replaces it; a server that was taken over would present a key of its own.
      </p>
      <dl className="facts">
        <div>
          <dt>Pinned key</dt>
          <dd>
            <code className="hash">{change.pin.verifierKey}</code> <span className="muted">({pinHistory(change.pin)})</span>
          </dd>
        </div>
        <div>
          <dt>Key presented now</dt>
          <dd>
            <code className="hash">{change.presented}</code>
          </dd>
        </div>
      </dl>
      <p>Compare the new key with the one your organisation publishes (on its website, in print, from a colleague) before you accept it.</p>
      <button type="button" className="secondary" onClick={() => acceptKey(change.origin, change.presented)}>
        Accept the new key (compare it with the published key first)
      </button>
    </div>
  );
}
