import { FormattedMessage } from 'react-intl';
import { useT } from '../i18n/LanguageProvider.js';
import { pinHistory } from './key-pinning.js';
import { ledgerMessages as m } from './ledger.messages.js';
import { acceptKey } from './pinned-keys.js';
import type { KeyChange } from './use-signed-head.js';

/**
 * The log now presents another key than the one pinned here. Every verification fails until the reader
 * accepts the new key, which they should only do once it matches the key their organisation publishes.
 */
export function KeyChangeNotice({ change }: { change: KeyChange }) {
  const t = useT();
  return (
    <div className="key-change">
      <p>
        <FormattedMessage
          {...m.keyChangeNotice}
          values={{
            origin: change.origin,
            b: (chunks) => <strong dir="ltr">{chunks}</strong>,
          }}
        />
      </p>
      <dl className="facts">
        <div>
          <dt>{t(m.pinnedKey)}</dt>
          <dd>
            <code className="hash" dir="ltr">
              {change.pin.verifierKey}
            </code>{' '}
            <span className="muted">({pinHistory(change.pin)})</span>
          </dd>
        </div>
        <div>
          <dt>{t(m.keyPresentedNow)}</dt>
          <dd>
            <code className="hash" dir="ltr">
              {change.presented}
            </code>
          </dd>
        </div>
      </dl>
      <p>{t(m.compareBeforeAccepting)}</p>
      <button type="button" className="secondary" onClick={() => acceptKey(change.origin, change.presented)}>
        {t(m.acceptNewKey)}
      </button>
    </div>
  );
}
