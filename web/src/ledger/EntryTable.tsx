import { useId } from 'react';
import type { Verdict } from '../../../src/ledger/entry-verification.js';
import { detailParts } from './entry-summary.js';
import type { CustodyEntry } from './ledger-api.js';
import { verdictSummary } from './verdict-summary.js';
import { VerificationMark } from './VerificationMark.js';

interface EntryTableProps {
  label: string;
  entries: readonly CustodyEntry[];
  /** By entry index; an entry without one shows "Not checked", or "Checking…" while `checking`. */
  verdicts: ReadonlyMap<number, Verdict>;
  checking?: boolean;
  showCase?: boolean;
  showEvidence?: boolean;
}

/**
 * Custody entries, oldest first, each with its verification mark, after one line that sums the marks up and is
 * the table's only live region. Scrolls sideways on a narrow screen.
 */
export function EntryTable({ label, entries, verdicts, checking = false, showCase = false, showEvidence = false }: EntryTableProps) {
  const summaryId = useId();
  return (
    <>
      <p id={summaryId} role="status" className="verification-summary">
        {verdictSummary(entries.map((entry) => verdicts.get(entry.seq)), checking)}
      </p>
      <div className="table-scroll">
        <table aria-label={label} aria-describedby={summaryId} className="ledger-entries">
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">When</th>
              <th scope="col">Action</th>
              <th scope="col">By</th>
              {showCase && <th scope="col">Case</th>}
              {showEvidence && <th scope="col">Evidence</th>}
              <th scope="col">Details</th>
              <th scope="col">Verification</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.seq}>
                <th scope="row">{entry.seq}</th>
                <td className="nowrap">
                  <time dateTime={entry.time}>
                    {entry.time.slice(0, 10)}
                    <br />
                    {entry.time.slice(11, 19)} UTC
                  </time>
                </td>
                <td>{entry.action}</td>
                <td dir="auto">{entry.actor}</td>
                {showCase && <td className="case">{entry.subject.case ?? <span className="muted">the ledger</span>}</td>}
                {showEvidence && <td>{entry.subject.evidence ? <code title={entry.subject.evidence}>{entry.subject.evidence.slice(0, 12)}…</code> : ''}</td>}
                <td className="details">
                  <ul>
                    {detailParts(entry).map((part) => (
                      <li key={part.label} title={part.full}>
                        <span className="muted">{part.label}</span> <span dir="auto">{part.text}</span>
                      </li>
                    ))}
                  </ul>
                </td>
                <td className="verification">
                  <VerificationMark verdict={verdicts.get(entry.seq) ?? (checking ? 'checking' : undefined)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
