import { useState, type FormEvent } from 'react';
import { api, errorText } from '../api.js';
import { useT } from '../i18n/LanguageProvider.js';
import { termLabel, useVocabularies } from '../vocabularies.js';
import { useAssignableMembers } from './assignable.js';
import { WORKFLOW_STATUSES } from './moves.js';
import { workflowMessages as m } from './workflow.messages.js';
import './workflow.css';

/** An incident of the table as the bulk actions need it: where it stood before the change. */
export interface SelectedIncident {
  id: string;
  workflowStatus?: string | undefined;
  workflowAssignees?: string[] | undefined;
}

interface WorkflowAfter {
  incidentId: string;
  status: string;
  assignees: string[];
}

type Outcome = { changed: number; unchanged: number } | { error: string };

/**
 * The same change to every selected incident, all or none: a status or an assignee through the workflow's bulk
 * route, a tag through the incidents' bulk route. Each changed incident is its own ledger entry on the server;
 * a refusal (a move the workflow forbids for one of them, a sealed incident) changes none and says which.
 */
export function BulkActions({ caseId, selected, canWork, canTag, onChanged }: { caseId: string; selected: SelectedIncident[]; canWork: boolean; canTag: boolean; onChanged: () => void }) {
  const t = useT();
  const vocabularies = useVocabularies();
  const members = useAssignableMembers(caseId);
  const [status, setStatus] = useState('in_progress');
  const [reason, setReason] = useState('');
  const [member, setMember] = useState('');
  const [tag, setTag] = useState('');
  const [outcome, setOutcome] = useState<Outcome>();
  const base = `/cases/${encodeURIComponent(caseId)}`;
  const incidentIds = selected.map((row) => row.id);
  const none = selected.length === 0;

  const attempt = async (action: () => Promise<{ changed: number; unchanged: number }>) => {
    setOutcome(undefined);
    try {
      setOutcome(await action());
      onChanged();
    } catch (caught) {
      setOutcome({ error: errorText(caught) });
    }
  };
  const changeWorkflow = (change: Record<string, unknown>) =>
    attempt(async () => {
      const { items } = await api<{ items: WorkflowAfter[] }>('POST', `${base}/workflow/bulk`, { incidentIds, ...change });
      const before = new Map(selected.map((row) => [row.id, row]));
      const changed = items.filter((after) => {
        const was = before.get(after.incidentId);
        return was?.workflowStatus !== after.status || (was.workflowAssignees ?? []).join('\n') !== after.assignees.join('\n');
      }).length;
      return { changed, unchanged: items.length - changed };
    });
  const changeTags = (change: { add?: string[]; remove?: string[] }) =>
    attempt(async () => {
      const { items } = await api<{ items: { changed: boolean }[] }>('POST', `${base}/incidents/bulk-tags`, { incidentIds, ...change });
      const changed = items.filter((item) => item.changed).length;
      return { changed, unchanged: items.length - changed };
    });
  const setStatusOfAll = (event: FormEvent) => {
    event.preventDefault();
    void changeWorkflow(status === 'cancelled' ? { status, reason } : { status });
  };
  const assignable = members.value ?? [];
  const chosenMember = member || assignable[0]?.username || '';

  return (
    <section aria-labelledby="bulk-title" className="card bulk-actions">
      <h3 id="bulk-title">{t(m.bulkActions)}</h3>
      <p className="muted">{none ? t(m.selectSome) : t(m.selected, { count: selected.length })}</p>
      {canWork && (
        <form onSubmit={setStatusOfAll} className="inline" aria-label={t(m.setStatus)}>
          <label>
            {t(m.newStatus)}
            <select value={status} onChange={(e) => setStatus(e.target.value)}>
              {WORKFLOW_STATUSES.map((id) => (
                <option key={id} value={id}>
                  {termLabel(vocabularies, 'workflow_statuses', id)}
                </option>
              ))}
            </select>
          </label>
          {status === 'cancelled' && (
            <label>
              {t(m.reason)}
              <input value={reason} onChange={(e) => setReason(e.target.value)} required dir="auto" />
            </label>
          )}
          <button type="submit" disabled={none}>
            {t(m.setStatus)}
          </button>
        </form>
      )}
      {canWork && (
        <div className="inline" role="group" aria-label={t(m.assignees)}>
          <label>
            {t(m.member)}
            <select value={chosenMember} onChange={(e) => setMember(e.target.value)}>
              {assignable.map((one) => (
                <option key={one.username} value={one.username}>
                  {one.username}
                </option>
              ))}
            </select>
          </label>
          <button type="button" disabled={none || !chosenMember} onClick={() => void changeWorkflow({ addAssignees: [chosenMember] })}>
            {t(m.addAssignee)}
          </button>
          <button type="button" className="secondary" disabled={none || !chosenMember} onClick={() => void changeWorkflow({ removeAssignees: [chosenMember] })}>
            {t(m.removeAssignee)}
          </button>
        </div>
      )}
      {canTag && (
        <div className="inline" role="group" aria-label={t(m.tags)}>
          <label>
            {t(m.tag)}
            <input value={tag} onChange={(e) => setTag(e.target.value)} maxLength={60} dir="auto" />
          </label>
          <button type="button" disabled={none || tag.trim() === ''} onClick={() => void changeTags({ add: [tag.trim()] })}>
            {t(m.addTag)}
          </button>
          <button type="button" className="secondary" disabled={none || tag.trim() === ''} onClick={() => void changeTags({ remove: [tag.trim()] })}>
            {t(m.removeTag)}
          </button>
        </div>
      )}
      {outcome && 'error' in outcome && (
        <p role="alert" className="error">
          {outcome.error}
        </p>
      )}
      <p role="status">{outcome && !('error' in outcome) ? t(m.bulkDone, { count: outcome.changed, unchanged: outcome.unchanged }) : ''}</p>
      {members.error && (
        <p role="alert" className="error">
          {members.error}
        </p>
      )}
    </section>
  );
}
