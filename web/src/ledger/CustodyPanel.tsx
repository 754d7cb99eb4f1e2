import { useEffect, useState } from 'react';
import { verifyEntries, type Verdict } from '../../../src/ledger/entry-verification.js';
import { EntryTable } from './EntryTable.js';
import { KeyChangeNotice } from './KeyChangeNotice.js';
import { pinHistory } from './key-pinning.js';
import { custodyEntries, ledgerSource, type CustodyEntry } from './ledger-api.js';
import { usePinChanges } from './pinned-keys.js';
import { checkSignedHead, type HeadState } from './use-signed-head.js';
import './ledger.css';

/**
 * An evidence item's custody history, each entry proved in this browser: its leaf recomputed from the entry,
 * its inclusion proof walked with WebCrypto up to the root of a tree head whose signature was checked here
 * under the log key pinned in this browser. What the server lists is not proved complete.
 */
export function CustodyPanel({ caseId, evidence }: { caseId: string; evidence: { id: string; sha256: string } }) {
  const [entries, setEntries] = useState<CustodyEntry[] | undefined>();
  const [head, setHead] = useState<HeadState>({ status: 'checking' });
  const [verdicts, setVerdicts] = useState<ReadonlyMap<number, Verdict>>(new Map());
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
        const reason = signed.keyChange ? signed.reason : `the signed tree head does not verify (${signed.reason})`;
        const failed: Verdict = { status: 'failed', reason };
        setVerdicts(new Map(listed.map((entry) => [entry.seq, failed])));
        return;
      }
      if (signed.status !== 'verified') return;
      await verifyEntries(ledgerSource(caseId), listed, signed.head.checkpoint, (entry, verdict) => {
        if (current) setVerdicts((before) => new Map(before).set(entry.seq, verdict));
      });
    };
    verify().catch((e: Error) => current && setError(e.message));
    return () => {
      current = false;
    };
  }, [caseId, evidence.sha256, pinChanges]);

  return (
    <section aria-labelledby="custody-title" className="custody">
      <h3 id="custody-title">Custody history</h3>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {!entries && !error && <p className="loading">Loading the custody entries…</p>}
      {entries && entries.length === 0 && <p className="muted">The ledger has no entry about this file in this case.</p>}
      {entries && entries.length > 0 && (
        <>
          <p>
            Your browser checks each entry itself: it hashes the entry, follows its inclusion proof to the root of the latest signed tree head
            {head.status === 'verified' ? ` (${head.head.checkpoint.treeSize.toLocaleString('en-GB')} entries)` : ''}, and checks that head’s signature
            under the log key pinned in this browser
            {head.status === 'verified' ? ` (key id ${head.head.keyIdHex}, ${pinHistory(head.pin)})` : ''}. It cannot tell whether the server left
            entries out of this list, nor whether the pinned key is your organisation’s: compare it with the key published out of band.
          </p>
          {head.status === 'failed' && head.keyChange && <KeyChangeNotice change={head.keyChange} />}
          <EntryTable label="Custody entries" entries={entries} verdicts={verdicts} checking={!error} />
        </>
      )}
    </section>
  );
}
