import { useEffect, useState } from 'react';
import type { Verdict } from '../../../src/ledger/proofs/entry-verification.js';
import { verdictsAgainstLeaves, type WholeLogResult } from '../../../src/ledger/proofs/log-verification.js';
import { errorText } from '../api.js';
import { useT } from '../i18n/LanguageProvider.js';
import { EntrySearchForm } from './EntrySearchForm.js';
import { EntryTable } from './EntryTable.js';
import { searchLedger, type EntrySearch, type SearchPage } from './ledger-api.js';
import { ledgerMessages as m } from './ledger.messages.js';
import { TreeHead } from './TreeHead.js';
import type { ShownVerdict } from './reason.js';
import { useSignedHead } from './use-signed-head.js';
import { WholeLogCheck } from './WholeLogCheck.js';
import './ledger.css';

const PAGE_SIZE = 50;

/**
 * The custody ledger as its reader may see it (one case's entries, or those of every case they may read):
 * the signed tree head, a search, the entries page by page, and a verification of the whole log in the browser.
 */
export function LedgerPage({ caseId }: { caseId?: string }) {
  const t = useT();
  const Heading = caseId ? 'h2' : 'h1';
  const Subheading = caseId ? 'h3' : 'h2';
  const head = useSignedHead();
  const [search, setSearch] = useState<EntrySearch>({});
  /** The `from` of each page visited, so "Previous" can go back. */
  const [cursors, setCursors] = useState<number[]>([0]);
  const [page, setPage] = useState<SearchPage | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [proved, setProved] = useState<Extract<WholeLogResult, { status: 'verified' }> | undefined>();
  const [verdicts, setVerdicts] = useState<ReadonlyMap<number, Verdict>>(new Map());

  useEffect(() => {
    let current = true;
    searchLedger({ ...search, case: caseId, from: cursors.at(-1), limit: PAGE_SIZE }).then(
      (next) => {
        if (!current) return;
        setPage(next);
        setError(undefined);
      },
      (e: unknown) => current && setError(errorText(e)),
    );
    return () => {
      current = false;
    };
  }, [caseId, search, cursors]);

  // The rows shown are checked against the leaves the whole-log check proved, not merely trusted to be those it saw.
  useEffect(() => {
    let current = true;
    if (!proved || !page) {
      setVerdicts(new Map());
      return;
    }
    void verdictsAgainstLeaves(page.items, proved).then((next) => current && setVerdicts(next));
    return () => {
      current = false;
    };
  }, [proved, page]);

  const first = (cursors.length - 1) * PAGE_SIZE + 1;
  // Under a key other than the pinned one nothing verifies, whatever an earlier check proved.
  const keyChanged = head.status === 'failed' && head.keyChange ? head.reason : undefined;
  const shown: ReadonlyMap<number, ShownVerdict> =
    keyChanged && page ? new Map(page.items.map((entry) => [entry.seq, { status: 'failed', reason: keyChanged }])) : verdicts;
  return (
    <section aria-labelledby="ledger-title" className="ledger">
      <Heading id="ledger-title">{t(caseId ? m.titleOfCase : m.title)}</Heading>
      <p className="lead">{t(m.lead)}</p>
      <div className="ledger-checks">
        <TreeHead state={head} Heading={Subheading} />
        <WholeLogCheck caseId={caseId} Heading={Subheading} onResult={(result) => setProved(result.status === 'verified' ? result : undefined)} />
      </div>
      <EntrySearchForm
        onSearch={(next) => {
          setSearch(next);
          setCursors([0]);
        }}
      />
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {!page && !error && <p className="loading">{t(m.loadingEntries)}</p>}
      {page && (
        <>
          <p className="muted" aria-live="polite">
            {page.total === 0 ? t(m.noEntriesMatch) : t(m.entriesRange, { first, last: first + page.items.length - 1, total: page.total })}
          </p>
          <EntryTable label={t(m.ledgerEntries)} entries={page.items} verdicts={shown} showCase={!caseId} showEvidence />
          <nav aria-label={t(m.ledgerPages)} className="pager">
            <button type="button" className="secondary" disabled={cursors.length === 1} onClick={() => setCursors(cursors.slice(0, -1))}>
              {t(m.previousPage)}
            </button>
            <button type="button" className="secondary" disabled={page.next === null} onClick={() => page.next !== null && setCursors([...cursors, page.next])}>
              {t(m.nextPage)}
            </button>
          </nav>
        </>
      )}
    </section>
  );
}
