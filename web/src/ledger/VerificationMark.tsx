import { FormattedMessage } from 'react-intl';
import { useT } from '../i18n/LanguageProvider.js';
import { ledgerMessages as m } from './ledger.messages.js';
import type { ShownReason, ShownVerdict } from './reason.js';
import { ReasonText } from './ReasonText.js';

/**
 * One entry's verdict as plain text: "Verified" with the tree it is in, or "Failed: why". Not a live region:
 * a table has one summary that is announced (EntryTable), not one announcement per row.
 */
export function VerificationMark({ verdict }: { verdict: ShownVerdict | 'checking' | undefined }) {
  const t = useT();
  if (verdict === undefined) return <span className="muted">{t(m.notChecked)}</span>;
  if (verdict === 'checking') return <span className="mark checking">{t(m.checking)}</span>;
  if (verdict.status === 'failed') return <FailedMark reason={verdict.reason} />;
  return (
    <span className="mark verified">
      {t(m.verified)}{' '}
      <span className="mark-detail">
        <FormattedMessage
          {...m.verifiedIn}
          values={{
            size: verdict.treeSize,
            root: (
              <code title={verdict.rootHex} dir="ltr">
                {verdict.rootHex.slice(0, 12)}…
              </code>
            ),
          }}
        />
      </span>
    </span>
  );
}

/** "Failed: why", in the reader's language, the reason isolated in its own direction (it names hashes). */
export function FailedMark({ reason, as: Tag = 'span' }: { reason: ShownReason; as?: 'span' | 'p' | 'dd' }) {
  return (
    <Tag className="mark failed">
      <FormattedMessage {...m.failed} values={{ reason: <ReasonText reason={reason} /> }} />
    </Tag>
  );
}
