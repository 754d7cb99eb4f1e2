import { useState, type FormEvent } from 'react';
import { api, errorText } from '../api.js';
import { useVocabularies } from '../vocabularies.js';
import { ReadingsList, type Reading } from './readings.js';

/**
 * An incident typed as a witness or a report words it ("at least 14", "mid-July 2016", "‘Irbīn"): "Check"
 * shows how each value is read, "Save" stores it. The server decides who may save.
 */
export function NewIncident({ caseId, canWrite, onSaved }: { caseId: string; canWrite: boolean; onSaved: () => void }) {
  const types = useVocabularies()?.incident_types?.terms ?? [];
  const [readings, setReadings] = useState<Reading[]>([]);
  const [message, setMessage] = useState<{ kind: 'error' | 'saved'; text: string } | undefined>();
  const entry = (form: HTMLFormElement) => {
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    return {
      title: text('title'),
      types: [text('type')],
      ...(text('date') ? { date: text('date') } : {}),
      ...(text('place') ? { place: text('place') } : {}),
      ...(text('killed') ? { figures: { killed: text('killed') } } : {}),
    };
  };
  const send = async (form: HTMLFormElement, save: boolean) => {
    const path = `/cases/${encodeURIComponent(caseId)}/incidents/entry${save ? '' : '/read'}`;
    try {
      const result = await api<{ readings: Reading[] }>('POST', path, entry(form));
      setReadings(result.readings);
      setMessage(save ? { kind: 'saved', text: 'Saved.' } : undefined);
      if (save) {
        form.reset();
        onSaved();
      }
    } catch (caught) {
      setMessage({ kind: 'error', text: errorText(caught) });
    }
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    void send(event.currentTarget, submitter?.value === 'save');
  };
  return (
    <form className="card entry" onSubmit={submit} aria-labelledby="new-incident-title">
      <h2 id="new-incident-title">New incident</h2>
      {!canWrite && <p className="muted">Your role in this case reads records but does not write them: the server will refuse to save.</p>}
      <label>
        Title
        <input name="title" required dir="auto" />
      </label>
      <label>
        Type
        <select name="type" required defaultValue="">
          <option value="" disabled>
            Choose…
          </option>
          {types.map((t) => (
            <option key={t.id} value={t.id}>
              {t.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        When (in words)
        <input name="date" placeholder="mid-July 2016" />
      </label>
      <label>
        Where
        <input name="place" placeholder="Douma, ‘Irbīn, دوما" dir="auto" />
      </label>
      <label>
        Killed (in words)
        <input name="killed" placeholder="at least 14" />
      </label>
      <div className="actions">
        <button type="submit" value="check" className="secondary">
          Check
        </button>
        <button type="submit" value="save">
          Save
        </button>
      </div>
      <ReadingsList readings={readings} />
      {message && (
        <p role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind === 'error' ? 'error' : 'ok'}>
          {message.text}
        </p>
      )}
    </form>
  );
}
