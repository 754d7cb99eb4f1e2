import { useState, type FormEvent } from 'react';
import { api, errorText } from '../api.js';
import { useT } from '../i18n/LanguageProvider.js';
import { termLabel, useVocabularies } from '../vocabularies.js';
import { incidentMessages as m } from './incidents.messages.js';
import { ReadingsList, type Reading } from './readings.js';

/**
 * An incident typed as a witness or a report words it ("at least 14", "mid-July 2016", "‘Irbīn"): "Check"
 * shows how each value is read, "Save" stores it. The server decides who may save.
 */
export function NewIncident({ caseId, canWrite, onSaved }: { caseId: string; canWrite: boolean; onSaved: () => void }) {
  const t = useT();
  const vocabularies = useVocabularies();
  const types = vocabularies?.incident_types?.terms ?? [];
  const [readings, setReadings] = useState<Reading[]>([]);
  // A confirmation is kept as its kind and worded as it is shown; an error comes worded by errorText.
  const [message, setMessage] = useState<{ kind: 'error'; text: string } | { kind: 'saved' } | undefined>();
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
      setMessage(save ? { kind: 'saved' } : undefined);
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
      <h2 id="new-incident-title">{t(m.newIncident)}</h2>
      {!canWrite && <p className="muted">{t(m.readOnlyRole)}</p>}
      <label>
        {t(m.title)}
        <input name="title" required dir="auto" />
      </label>
      <label>
        {t(m.type)}
        <select name="type" required defaultValue="">
          <option value="" disabled>
            {t(m.choose)}
          </option>
          {types.map((term) => (
            <option key={term.id} value={term.id}>
              {termLabel(vocabularies, 'incident_types', term.id)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t(m.whenInWords)}
        <input name="date" placeholder={t(m.whenExample)} />
      </label>
      <label>
        {t(m.where)}
        <input name="place" placeholder={t(m.whereExample)} dir="auto" />
      </label>
      <label>
        {t(m.killedInWords)}
        <input name="killed" placeholder={t(m.killedExample)} />
      </label>
      <div className="actions">
        <button type="submit" value="check" className="secondary">
          {t(m.check)}
        </button>
        <button type="submit" value="save">
          {t(m.save)}
        </button>
      </div>
      <ReadingsList readings={readings} />
      {message && (
        <p role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind === 'error' ? 'error' : 'ok'}>
          {message.kind === 'saved' ? t(m.saved) : message.text}
        </p>
      )}
    </form>
  );
}
