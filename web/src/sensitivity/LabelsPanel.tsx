import { useEffect, useState } from 'react';
import { api, errorText } from '../api.js';
import { utcTime } from '../format/dates.js';
import { useT } from '../i18n/LanguageProvider.js';
import { useLoaded } from '../use-loaded.js';
import { LabelChips } from './LabelChips.js';
import { sensitivityMessages as m } from './sensitivity.messages.js';

type Reason = { code: 'graphic_words'; words: string[] } | { code: 'source_gone'; httpStatus: number };

/** An item's or incident's labels as GET …/labels answers. */
export interface SubjectLabels {
  labels: string[];
  history: Array<{ label: string; state: 'set' | 'removed'; at: string; actor: string; suggestionId: string | null; ledgerSeq: number }>;
  suggestions?: Array<{ id: string; label: string; reason: Reason; state: 'open' | 'accepted' | 'dismissed' }>;
  blurred?: boolean;
}

/**
 * The labels of an evidence item or an incident: shown to every reader; set, removed, and suggestions accepted or
 * dismissed by those who may annotate. Each change is a ledger entry; the history below shows every one.
 */
export function LabelsPanel({ caseId, kind, id, name, canLabel, names, usable, onChanged }: {
  caseId: string;
  kind: 'evidence' | 'incidents';
  id: string;
  name: string;
  canLabel: boolean;
  names: (code: string) => string;
  usable: string[];
  onChanged?: (labels: SubjectLabels) => void;
}) {
  const t = useT();
  const base = `/cases/${encodeURIComponent(caseId)}/${kind}/${encodeURIComponent(id)}`;
  const { value: state, error: unread, reload } = useLoaded(() => api<SubjectLabels>('GET', `${base}/labels`), [base]);
  // Each answer read is passed on, for a page that follows the labels (the item's blur).
  useEffect(() => {
    if (state) onChanged?.(state);
  }, [state]);
  const [choice, setChoice] = useState('');
  const [failed, setFailed] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const error = failed ?? unread;
  const act = async (work: () => Promise<unknown>) => {
    setBusy(true);
    setFailed(undefined);
    try {
      await work();
      await reload();
    } catch (caught) {
      setFailed(errorText(caught));
    } finally {
      setBusy(false);
    }
  };
  const reasonText = (reason: Reason) => (reason.code === 'graphic_words' ? t(m.graphicWords, { words: reason.words.join(', ') }) : t(m.sourceGone, { status: reason.httpStatus }));
  const open = state?.suggestions?.filter((s) => s.state === 'open') ?? [];
  const addable = usable.filter((code) => !state?.labels.includes(code));
  return (
    <section className="card labels-panel" aria-label={t(m.labelsOf, { name })}>
      <h3>{t(m.labels)}</h3>
      {state && (state.labels.length === 0 ? <p className="muted">{t(m.noLabels)}</p> : canLabel ? (
        <ul className="label-chips">
          {state.labels.map((label) => (
            <li key={label} className={label === 'graphic_violence' ? 'label-chip graphic' : 'label-chip'}>
              {names(label)}{' '}
              <button type="button" className="link" disabled={busy} aria-label={t(m.removeLabel, { label: names(label) })} onClick={() => void act(() => api('DELETE', `${base}/labels/${encodeURIComponent(label)}`))}>
                {t(m.remove)}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <LabelChips labels={state.labels} names={names} />
      ))}
      {open.length > 0 && (
        <div className="label-suggestions">
          <h4>{t(m.suggested)}</h4>
          <ul>
            {open.map((suggestion) => (
              <li key={suggestion.id}>
                {t(m.because, { label: names(suggestion.label), reason: reasonText(suggestion.reason) })}{' '}
                {canLabel && (
                  <>
                    <button type="button" disabled={busy} aria-label={t(m.acceptLabel, { label: names(suggestion.label) })} onClick={() => void act(() => api('POST', `${base}/suggestions/${suggestion.id}/accept`))}>
                      {t(m.accept)}
                    </button>{' '}
                    <button type="button" className="link" disabled={busy} aria-label={t(m.dismissLabel, { label: names(suggestion.label) })} onClick={() => void act(() => api('POST', `${base}/suggestions/${suggestion.id}/dismiss`))}>
                      {t(m.dismiss)}
                    </button>
                  </>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      {canLabel && addable.length > 0 && (
        <form
          className="add-label"
          onSubmit={(event) => {
            event.preventDefault();
            if (choice) void act(() => api('PUT', `${base}/labels/${encodeURIComponent(choice)}`)).then(() => setChoice(''));
          }}
        >
          <label>
            {t(m.addLabel)}{' '}
            <select value={choice} onChange={(event) => setChoice(event.currentTarget.value)}>
              <option value="" />
              {addable.map((code) => (
                <option key={code} value={code}>
                  {names(code)}
                </option>
              ))}
            </select>
          </label>{' '}
          <button type="submit" disabled={busy || !choice}>
            {t(m.add)}
          </button>
          <p className="muted">{t(m.labelLogged)}</p>
        </form>
      )}
      {state && state.history.length > 0 && (
        <details>
          <summary>{t(m.history)}</summary>
          <ol>
            {state.history.map((change) => (
              <li key={change.ledgerSeq}>{t(change.state === 'set' ? m.historySet : m.historyRemoved, { time: utcTime(change.at), actor: change.actor, label: names(change.label) })}</li>
            ))}
          </ol>
        </details>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </section>
  );
}
