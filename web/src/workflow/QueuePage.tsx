import { useState } from 'react';
import { api, errorText } from '../api.js';
import { appMessages } from '../app.messages.js';
import { calendarDay } from '../format/dates.js';
import type { Message } from '../i18n/define-messages.js';
import { useT } from '../i18n/LanguageProvider.js';
import { href } from '../route.js';
import { listText } from '../incidents/values.js';
import { useLoaded } from '../use-loaded.js';
import { termLabel, useVocabularies } from '../vocabularies.js';
import { REVIEWING_ROLES, WORKING_ROLES } from './moves.js';
import { TransitionEditor } from './TransitionEditor.js';
import { workflowMessages as m } from './workflow.messages.js';

export interface QueueRow {
  id: string;
  kind?: 'incident' | 'evidence';
  title: string;
  status: string;
  statusSince: string;
  assignees: string[];
  dueDate: string | null;
}

type QueueView = 'mine' | 'review' | 'unclaimed' | 'all';
/** Incidents, or evidence items awaiting processing: the same statuses and views over each. */
type QueueSubject = 'incidents' | 'evidence';

const VIEWS: { view: QueueView; label: Message; reviewersOnly?: boolean }[] = [
  { view: 'mine', label: m.viewMine },
  { view: 'review', label: m.viewReview, reviewersOnly: true },
  { view: 'unclaimed', label: m.viewUnclaimed },
  { view: 'all', label: m.viewAll },
];


function queuePage(caseId: string, subject: QueueSubject, view: QueueView, cursor?: string) {
  const query = new URLSearchParams({ subject, view, limit: '50' });
  if (cursor) query.set('cursor', cursor);
  return api<{ items: QueueRow[]; nextCursor?: string }>('GET', `/cases/${encodeURIComponent(caseId)}/queue?${query}`);
}

/** The incidents to work on, oldest first in their status: one's own, those awaiting review, those nobody took, all. */
export function QueuePage({ caseId, role, username }: { caseId: string; role: string | undefined; username: string }) {
  const t = useT();
  const [view, setView] = useState<QueueView>('mine');
  const [subject, setSubject] = useState<QueueSubject>('incidents');
  const [version, setVersion] = useState(0);
  // Only those who complete incidents (reviewers and owners) have incidents awaiting their review.
  const shownViews = VIEWS.filter((entry) => !entry.reviewersOnly || REVIEWING_ROLES.includes(role ?? ''));
  return (
    <>
      <section aria-labelledby="queue-title">
        <h2 id="queue-title">{t(m.queue)}</h2>
        <div role="group" aria-label={t(m.queueSubjects)} className="tabs">
          {(
            [
              ['incidents', m.subjectIncidents],
              ['evidence', m.subjectEvidence],
            ] as const
          ).map(([id, label]) => (
            <button key={id} type="button" className={id === subject ? undefined : 'secondary'} aria-pressed={id === subject} onClick={() => setSubject(id)}>
              {t(label)}
            </button>
          ))}
        </div>
        <div role="group" aria-label={t(m.queueViews)} className="tabs">
          {shownViews.map((entry) => (
            <button key={entry.view} type="button" className={entry.view === view ? undefined : 'secondary'} aria-pressed={entry.view === view} onClick={() => setView(entry.view)}>
              {t(entry.label)}
            </button>
          ))}
        </div>
        <QueueTable key={`${subject}|${view}|${version}`} caseId={caseId} subject={subject} view={view} canClaim={WORKING_ROLES.includes(role ?? '')} username={username} onClaimed={() => setVersion((v) => v + 1)} />
      </section>
      {/* The case's moves are its owners' to set (case:manage on the server). */}
      {role === 'owner' && <TransitionEditor caseId={caseId} />}
    </>
  );
}

function QueueTable({
  caseId,
  subject,
  view,
  canClaim,
  username,
  onClaimed,
}: {
  caseId: string;
  subject: QueueSubject;
  view: QueueView;
  canClaim: boolean;
  username: string;
  onClaimed: () => void;
}) {
  const t = useT();
  const vocabularies = useVocabularies();
  const firstPage = useLoaded(() => queuePage(caseId, subject, view), [caseId, subject, view]);
  const [more, setMore] = useState<{ rows: QueueRow[]; next?: string; loading: boolean }>({ rows: [], loading: false });
  const [error, setError] = useState<string>();

  const rows = firstPage.value && [...firstPage.value.items, ...more.rows];
  const next = more.rows.length ? more.next : firstPage.value?.nextCursor;
  const loadMore = async () => {
    if (more.loading || !next) return;
    setMore((current) => ({ ...current, loading: true }));
    try {
      const page = await queuePage(caseId, subject, view, next);
      setMore((current) => ({ rows: [...current.rows, ...page.items], ...(page.nextCursor ? { next: page.nextCursor } : {}), loading: false }));
    } catch (caught) {
      setMore((current) => ({ ...current, loading: false }));
      setError(errorText(caught));
    }
  };
  // Claiming assigns me and starts the work in one change. It carries what this table showed, so the server
  // refuses it (naming who holds it) if someone claimed the incident since, rather than taking it from them.
  const claim = async (row: QueueRow) => {
    setError(undefined);
    try {
      const expected = { status: row.status, assignees: row.assignees };
      const path = row.kind === 'evidence' ? 'evidence' : 'incidents';
      await api('PUT', `/cases/${encodeURIComponent(caseId)}/${path}/${encodeURIComponent(row.id)}/workflow`, { status: 'in_progress', assignees: [username], expected });
      onClaimed();
    } catch (caught) {
      setError(errorText(caught));
    }
  };
  const shownError = firstPage.error ?? error;

  return (
    <>
      {shownError && (
        <p role="alert" className="error">
          {shownError}
        </p>
      )}
      {rows === undefined ? (
        !firstPage.error && <p className="loading">{t(appMessages.loading)}</p>
      ) : rows.length === 0 ? (
        <p>{t(m.emptyQueue)}</p>
      ) : (
        <>
          <p className="muted">{t(subject === 'evidence' ? m.shownEvidence : m.shown, { count: rows.length })}</p>
          <table aria-label={t(m.queue)}>
            <thead>
              <tr>
                <th scope="col">{t(subject === 'evidence' ? m.evidenceItem : m.incident)}</th>
                <th scope="col">{t(m.status)}</th>
                <th scope="col">{t(m.assignees)}</th>
                <th scope="col">{t(m.dueDate)}</th>
                <th scope="col">{t(m.since)}</th>
                {view === 'unclaimed' && canClaim && <th scope="col">{t(m.actions)}</th>}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <td dir="auto">
                    <a href={href(row.kind === 'evidence' ? { page: 'evidence-item', caseId, id: row.id } : { page: 'incident', caseId, id: row.id })}>{row.title}</a>
                  </td>
                  <td>{termLabel(vocabularies, 'workflow_statuses', row.status)}</td>
                  <td dir="auto">{row.assignees.length ? listText(row.assignees) : t(m.nobody)}</td>
                  <td>{row.dueDate ? <time dateTime={row.dueDate}>{calendarDay(row.dueDate)}</time> : t(m.noDueDate)}</td>
                  <td>
                    <time dateTime={row.statusSince}>{calendarDay(row.statusSince)}</time>
                  </td>
                  {view === 'unclaimed' && canClaim && (
                    <td>
                      <button type="button" className="secondary" aria-label={t(m.claimIncident, { title: row.title })} onClick={() => void claim(row)}>
                        {t(m.claim)}
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {next && (
        <button type="button" className="secondary" disabled={more.loading} onClick={() => void loadMore()}>
          {t(m.more)}
        </button>
      )}
    </>
  );
}
