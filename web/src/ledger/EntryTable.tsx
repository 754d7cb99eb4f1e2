import { useId } from 'react';
import { useT } from '../i18n/LanguageProvider.js';
import { clockText, dayText, detailParts } from './entry-summary.js';
import type { CustodyEntry } from './ledger-api.js';
import { custodyActionMessages, ledgerMessages as m } from './ledger.messages.js';
import type { ShownVerdict } from './reason.js';
import { verdictSummary } from './verdict-summary.js';
import { VerificationMark } from './VerificationMark.js';

const VERBATIM = { lang: 'en', translate: 'no' } as const;

interface EntryTableProps {
  label: string;
  entries: readonly CustodyEntry[];
  /** By entry index; an entry without one shows "Not checked", or "Checking…" while `checking`. */
  verdicts: ReadonlyMap<number, ShownVerdict>;
  checking?: boolean;
  showCase?: boolean;
  showEvidence?: boolean;
}

/**
 * Custody entries, oldest first, each with its verification mark, after one line that sums the marks up and is
 * the table's only live region. Scrolls sideways on a narrow screen.
 */
export function EntryTable({ label, entries, verdicts, checking = false, showCase = false, showEvidence = false }: EntryTableProps) {
  const t = useT();
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
              <th scope="col">{t(m.when)}</th>
              <th scope="col">{t(m.action)}</th>
              <th scope="col">{t(m.by)}</th>
              {showCase && <th scope="col">{t(m.case)}</th>}
              {showEvidence && <th scope="col">{t(m.evidence)}</th>}
              <th scope="col">{t(m.details)}</th>
              <th scope="col">{t(m.verification)}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.seq}>
                <th scope="row">{entry.seq}</th>
                <td className="nowrap">
                  <time dateTime={entry.time}>
                    {dayText(entry.time)}
                    <br />
                    {clockText(entry.time)}
                  </time>
                </td>
                <ActionCell action={entry.action} />
                <td dir="auto">{entry.actor}</td>
                {showCase && <td className="case">{entry.subject.case ?? <span className="muted">{t(m.theLedger)}</span>}</td>}
                {showEvidence && <td>{entry.subject.evidence ? <code title={entry.subject.evidence} dir="ltr">{entry.subject.evidence.slice(0, 12)}…</code> : ''}</td>}
                <td className="details">
                  <ul>
                    {detailParts(entry).map((part) => (
                      <li key={part.label} title={part.full}>
                        {/* What the entry says is shown as it says it: marked English, so it is read and left as such. */}
                        <span className="muted" {...(part.labelIsKey ? VERBATIM : {})}>
                          {part.label}
                        </span>{' '}
                        <span dir="auto" {...VERBATIM}>
                          {part.text}
                        </span>
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

/** The action in the reader's language; its own name, as the log stores it, on hover when the two differ. */
function ActionCell({ action }: { action: string }) {
  const t = useT();
  const message = Object.hasOwn(custodyActionMessages, action) ? custodyActionMessages[action as keyof typeof custodyActionMessages] : undefined;
  // The log's own name for the action (an auditor's word) is kept as data, for those who compare with the CLI.
  return <td data-action={action}>{message ? t(message) : action}</td>;
}
