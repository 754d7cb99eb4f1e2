import { useState, type FormEvent } from 'react';
import { api, errorText } from '../api.js';
import { appMessages } from '../app.messages.js';
import { useT } from '../i18n/LanguageProvider.js';
import { useLoaded } from '../use-loaded.js';
import { termLabel, useVocabularies } from '../vocabularies.js';
import { fullTable, withMove, WORKFLOW_STATUSES, type TransitionTable } from './moves.js';
import { workflowMessages as m } from './workflow.messages.js';
import './workflow.css';

interface CaseTransitions {
  transitions: TransitionTable;
  custom: boolean;
}

/**
 * The case's moves between statuses as a grid of from → to checkboxes, for its owners. The server checks the
 * table (every status reachable from "to do") and logs it; its refusal is shown beside the grid.
 */
export function TransitionEditor({ caseId }: { caseId: string }) {
  const t = useT();
  const vocabularies = useVocabularies();
  const url = `/cases/${encodeURIComponent(caseId)}/workflow/transitions`;
  const loaded = useLoaded(() => api<CaseTransitions>('GET', url), [caseId]);
  const [edited, setEdited] = useState<{ table: Record<string, string[]>; custom: boolean }>();
  const [said, setSaid] = useState<{ error?: string; done?: string }>({});
  const current = edited ?? (loaded.value && { table: fullTable(loaded.value.transitions), custom: loaded.value.custom });
  const label = (status: string) => termLabel(vocabularies, 'workflow_statuses', status);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!current) return;
    setSaid({});
    try {
      const saved = await api<CaseTransitions>('PUT', url, { transitions: current.table });
      setEdited({ table: fullTable(saved.transitions), custom: saved.custom });
      setSaid({ done: t(m.transitionsSaved) });
    } catch (caught) {
      setSaid({ error: errorText(caught) });
    }
  };

  return (
    <section aria-labelledby="transitions-title">
      <h2 id="transitions-title">{t(m.transitions)}</h2>
      {loaded.error && (
        <p role="alert" className="error">
          {loaded.error}
        </p>
      )}
      {!current ? (
        !loaded.error && <p className="loading">{t(appMessages.loading)}</p>
      ) : (
        <form onSubmit={save} aria-labelledby="transitions-title">
          <p className="muted">
            {t(m.transitionsLead)} {t(current.custom ? m.customTable : m.defaultTable)}
          </p>
          <table aria-label={t(m.transitions)} className="transition-grid">
            <thead>
              <tr>
                <th scope="col">
                  {t(m.fromStatus)} \ {t(m.toStatus)}
                </th>
                {WORKFLOW_STATUSES.map((to) => (
                  <th key={to} scope="col">
                    {label(to)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {WORKFLOW_STATUSES.map((from) => (
                <tr key={from}>
                  <th scope="row">{label(from)}</th>
                  {WORKFLOW_STATUSES.map((to) => (
                    <td key={to}>
                      {from === to ? (
                        <span aria-hidden="true">—</span>
                      ) : (
                        <input
                          type="checkbox"
                          aria-label={t(m.fromTo, { from: label(from), to: label(to) })}
                          checked={current.table[from]?.includes(to) ?? false}
                          onChange={(e) => setEdited({ table: withMove(current.table, from, to, e.target.checked), custom: current.custom })}
                        />
                      )}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <div className="actions">
            <button type="submit">{t(m.saveTransitions)}</button>
          </div>
          {said.error && (
            <p role="alert" className="error">
              {said.error}
            </p>
          )}
          <p role="status">{said.done}</p>
        </form>
      )}
    </section>
  );
}
