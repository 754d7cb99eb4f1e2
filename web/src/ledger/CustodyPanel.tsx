import { useEffect, useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { verifyEntries } from '../../../src/ledger/proofs/entry-verification.js';
import { errorText } from '../api.js';
import { translate } from '../i18n/active-locale.js';
import { useT } from '../i18n/LanguageProvider.js';
import { timeText } from './entry-summary.js';
import { EntryTable } from './EntryTable.js';
import { KeyChangeNotice } from './KeyChangeNotice.js';
import { custodyEntries, ledgerSource, type CustodyEntry } from './ledger-api.js';
import { ledgerMessages as m } from './ledger.messages.js';
import { usePinChanges } from './pinned-keys.js';
import { reasonText, type ShownVerdict } from './reason.js';
import { checkSignedHead, type HeadState } from './use-signed-head.js';
import './ledger.css';

/**
 * An evidence item's custody history, each entry proved in this browser: its leaf recomputed from the entry,
 * its inclusion proof walked with WebCrypto up to the root of a tree head whose signature was checked here
 * under the log key pinned in this browser. What the server lists is not proved complete.
 */
export function CustodyPanel({ caseId, evidence }: { caseId: string; evidence: { id: string; sha256: string } }) {
  const t = useT();
  const [entries, setEntries] = useState<CustodyEntry[] | undefined>();
  const [head, setHead] = useState<HeadState>({ status: 'checking' });
  const [verdicts, setVerdicts] = useState<ReadonlyMap<number, ShownVerdict>>(new Map());
  const [error, setError] = useState<string | undefined>();
  const pinChanges = usePinChanges();

  useEffect(() => {
    let current = true;
    setEntries(undefined);
    setVerdicts(new Map());
    const verify = async () => {
      // Entries first, then the head: every append signs a new head, so this head covers every entry listed.
      const listed = await custodyEntries(caseId, evidence.sha256);
      if (!current) return;
      setEntries(listed);
      const signed = await checkSignedHead();
      if (!current) return;
      setHead(signed);
      if (signed.status === 'failed') {
        const reason = signed.keyChange ? reasonText(signed.reason) : translate(m.headDoesNotVerify, { reason: reasonText(signed.reason) });
        const failed: ShownVerdict = { status: 'failed', reason };
        setVerdicts(new Map(listed.map((entry) => [entry.seq, failed])));
        return;
      }
      if (signed.status !== 'verified') return;
      await verifyEntries(ledgerSource(caseId), listed, signed.head.checkpoint, (entry, verdict) => {
        if (current) setVerdicts((before) => new Map(before).set(entry.seq, verdict));
      });
    };
    verify().catch((e: unknown) => current && setError(errorText(e)));
    return () => {
      current = false;
    };
  }, [caseId, evidence.sha256, pinChanges]);

  return (
    <section aria-labelledby="custody-title" className="custody">
      <h3 id="custody-title">{t(m.custodyHistory)}</h3>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {!entries && !error && <p className="loading">{t(m.loadingCustody)}</p>}
      {entries && entries.length === 0 && <p className="muted">{t(m.noCustodyEntries)}</p>}
      {entries && entries.length > 0 && (
        <>
          <p>
            {head.status === 'verified' ? (
              <FormattedMessage
                {...(head.pin.how === 'accepted' ? m.custodyAboutAccepted : m.custodyAboutFirstSeen)}
                values={{ size: head.head.checkpoint.treeSize, keyId: <code dir="ltr">{head.head.keyIdHex}</code>, time: timeText(head.pin.since) }}
              />
            ) : (
              t(m.custodyAbout)
            )}
          </p>
          {head.status === 'failed' && head.keyChange && <KeyChangeNotice change={head.keyChange} />}
          <EntryTable label={t(m.custodyEntries)} entries={entries} verdicts={verdicts} checking={!error} />
        </>
      )}
    </section>
  );
}
