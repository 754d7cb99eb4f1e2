import { useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { api, errorText } from '../api.js';
import { appMessages } from '../app.messages.js';
import { calendarDay } from '../format/dates.js';
import { useT } from '../i18n/LanguageProvider.js';
import { href } from '../route.js';
import { useLoaded } from '../use-loaded.js';
import { listText } from '../incidents/values.js';
import { termLabel, useVocabularies } from '../vocabularies.js';
import { movesFor, WORKING_ROLES, type TransitionTable } from './moves.js';
import { workflowMessages as m } from './workflow.messages.js';
import { roleLabel } from '../case-admin/roles.js';
import { useAssignableMembers } from './assignable.js';

export interface IncidentWorkflow {
  incidentId: string;
  status: string;
  statusSince: string;
  assignees: string[];
  dueDate: string | null;
  /** Incidents only: an evidence item is not cancelled as a duplicate. */
  duplicateOf?: string | null;
  cancelReason: string | null;
  duplicates?: string[];
}

/**
 * An incident's (or an evidence item's awaiting processing) place in the team's work, and the moves and
 * assignment open to the reader's role. Both follow the case's one transition table.
 */
export function WorkflowPanel({ caseId, incidentId, evidenceId, role }: { caseId: string; incidentId?: string; evidenceId?: string; role: string | undefined }) {
  const t = useT();
  const base = `/cases/${encodeURIComponent(caseId)}`;
  const url = evidenceId !== undefined ? `${base}/evidence/${encodeURIComponent(evidenceId)}/workflow` : `${base}/incidents/${encodeURIComponent(incidentId ?? '')}/workflow`;
  const [changed, setChanged] = useState<IncidentWorkflow>();
  const loaded = useLoaded(
    async () => {
      const [workflow, table] = await Promise.all([
        api<IncidentWorkflow>('GET', url),
        api<{ transitions: TransitionTable }>('GET', `${base}/workflow/transitions`),
      ]);
      return { workflow, transitions: table.transitions };
    },
    [caseId, incidentId, evidenceId],
  );
  const workflow = changed ?? loaded.value?.workflow;
  const change = async (body: Record<string, unknown>) => {
    setChanged(await api<IncidentWorkflow>('PUT', url, body));
  };
  return (
    <section aria-labelledby="workflow-title">
      <h2 id="workflow-title">{t(m.workflow)}</h2>
      {loaded.error && (
        <p role="alert" className="error">
          {loaded.error}
        </p>
      )}
      {!workflow || !loaded.value ? (
        !loaded.error && <p className="loading">{t(appMessages.loading)}</p>
      ) : (
        <>
          <WorkflowFacts caseId={caseId} workflow={workflow} />
          {role && WORKING_ROLES.includes(role) && (
            <div className="workflow-controls">
              <MoveForm key={workflow.status} moves={movesFor(loaded.value.transitions, workflow.status, role)} onMove={(body) => change({ ...body, expected: { status: workflow.status } })} />
              <AssignmentForm key={`${workflow.assignees.join(',')}|${workflow.dueDate}`} caseId={caseId} workflow={workflow} onSave={change} />
            </div>
          )}
        </>
      )}
    </section>
  );
}

function WorkflowFacts({ caseId, workflow }: { caseId: string; workflow: IncidentWorkflow }) {
  const t = useT();
  const vocabularies = useVocabularies();
  const intl = useIntl();
  const incidentLink = (id: string) => <a href={href({ page: 'incident', caseId, id })}>{id}</a>;
  return (
    <dl className="workflow-facts">
      <div>
        <dt>{t(m.status)}</dt>
        <dd data-testid="workflow-status">{termLabel(vocabularies, 'workflow_statuses', workflow.status)}</dd>
      </div>
      <div>
        <dt>{t(m.since)}</dt>
        <dd>
          <time dateTime={workflow.statusSince}>{calendarDay(workflow.statusSince)}</time>
        </dd>
      </div>
      <div>
        <dt>{t(m.assignees)}</dt>
        <dd dir="auto">{workflow.assignees.length ? listText(workflow.assignees) : t(m.nobody)}</dd>
      </div>
      <div>
        <dt>{t(m.dueDate)}</dt>
        <dd>{workflow.dueDate ? <time dateTime={workflow.dueDate}>{calendarDay(workflow.dueDate)}</time> : t(m.noDueDate)}</dd>
      </div>
      {workflow.duplicateOf && (
        <div>
          <dt>{t(m.duplicateOf)}</dt>
          <dd>{incidentLink(workflow.duplicateOf)}</dd>
        </div>
      )}
      {workflow.duplicates && workflow.duplicates.length > 0 && (
        <div>
          <dt>{t(m.duplicates)}</dt>
          <dd>{intl.formatList(workflow.duplicates.map((id) => <span key={id}>{incidentLink(id)}</span>))}</dd>
        </div>
      )}
      {workflow.cancelReason && (
        <div>
          <dt>{t(m.cancelReason)}</dt>
          <dd dir="auto">{workflow.cancelReason}</dd>
        </div>
      )}
    </dl>
  );
}

/** The refusal, named by the server's field, stays beside the form that caused it. */
function useRefusal() {
  const [error, setError] = useState<string>();
  const attempt = async (action: () => Promise<void>) => {
    setError(undefined);
    try {
      await action();
    } catch (caught) {
      setError(errorText(caught));
    }
  };
  const shown = error && (
    <p role="alert" className="error">
      {error}
    </p>
  );
  return { attempt, shown };
}

function MoveForm({ moves, onMove }: { moves: string[]; onMove: (body: Record<string, unknown>) => Promise<void> }) {
  const t = useT();
  const vocabularies = useVocabularies();
  const [to, setTo] = useState(moves[0] ?? '');
  const [reason, setReason] = useState('');
  const { attempt, shown } = useRefusal();
  if (moves.length === 0) return <p className="muted">{t(m.noMoves)}</p>;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void attempt(() => onMove(to === 'cancelled' ? { status: to, reason } : { status: to }));
  };
  return (
    <form className="card entry" onSubmit={submit} aria-label={t(m.move)}>
      <label>
        {t(m.moveTo)}
        <select value={to} onChange={(e) => setTo(e.target.value)}>
          {moves.map((status) => (
            <option key={status} value={status}>
              {termLabel(vocabularies, 'workflow_statuses', status)}
            </option>
          ))}
        </select>
      </label>
      {/* The server refuses a cancel without a reason; asking here says so before sending. */}
      {to === 'cancelled' && (
        <label className="wide">
          {t(m.reason)}
          <textarea value={reason} onChange={(e) => setReason(e.target.value)} rows={2} required dir="auto" />
        </label>
      )}
      <div className="actions">
        <button type="submit">{t(m.move)}</button>
      </div>
      {shown}
    </form>
  );
}

/** Assignees picked from the case's members who read its records, rather than typed; and the due date. */
function AssignmentForm({ caseId, workflow, onSave }: { caseId: string; workflow: IncidentWorkflow; onSave: (body: Record<string, unknown>) => Promise<void> }) {
  const t = useT();
  const members = useAssignableMembers(caseId);
  const [assignees, setAssignees] = useState<string[]>(workflow.assignees);
  const [dueDate, setDueDate] = useState(workflow.dueDate ?? '');
  const { attempt, shown } = useRefusal();
  // Someone assigned who has since left the case (or lost the role) stays listed, so they can be taken off.
  const choices = [...(members.value ?? []), ...workflow.assignees.filter((name) => !members.value?.some((member) => member.username === name)).map((username) => ({ username, role: '' }))];
  const toggle = (username: string, on: boolean) => setAssignees((current) => (on ? [...current, username] : current.filter((name) => name !== username)));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // What the reader saw goes with the change: if someone else changed the assignees meanwhile, the server refuses.
    void attempt(() => onSave({ assignees, dueDate: dueDate || null, expected: { assignees: workflow.assignees } }));
  };
  return (
    <form className="card entry" onSubmit={submit} aria-label={t(m.saveAssignment)}>
      <fieldset className="wide">
        <legend>{t(m.assignees)}</legend>
        {members.error && (
          <p role="alert" className="error">
            {members.error}
          </p>
        )}
        {!members.value && !members.error && <p className="loading">{t(appMessages.loading)}</p>}
        {members.value && choices.length === 0 && <p className="muted">{t(m.noMembers)}</p>}
        {members.value &&
          choices.map((member) => (
            <label key={member.username} className="check">
              <input type="checkbox" checked={assignees.includes(member.username)} onChange={(e) => toggle(member.username, e.target.checked)} />
              <span dir="auto">{member.role ? t(m.memberWithRole, { username: member.username, role: roleLabel(member.role) }) : member.username}</span>
            </label>
          ))}
      </fieldset>
      <label>
        {t(m.dueDate)}
        <input type="date" value={dueDate} onChange={(e) => setDueDate(e.target.value)} />
      </label>
      <div className="actions">
        <button type="submit">{t(m.saveAssignment)}</button>
      </div>
      {shown}
    </form>
  );
}
