import { useState, type FormEvent } from 'react';
import { api, errorText } from '../api.js';
import { appMessages } from '../app.messages.js';
import { useT } from '../i18n/LanguageProvider.js';
import { termLabel, useVocabularies } from '../vocabularies.js';
import { incidentMessages as m } from './incidents.messages.js';
import type { Incident } from './incident-file.js';
import { ReadingsList, type Reading } from './readings.js';

const sameSet = (a: string[], b: string[]) => a.length === b.length && [...a].sort().join() === [...b].sort().join();

/**
 * Changes an incident, with its dates and places typed in words and read by the server before saving, as for a new
 * one. Only what was changed is sent, with the revision it was read at, so a colleague's edit is never overwritten.
 */
export function EditIncident({ caseId, incident, canWrite, onDone }: { caseId: string; incident: Incident; canWrite: boolean; onDone: (saved: boolean) => void }) {
  const t = useT();
  const vocabularies = useVocabularies();
  const [readings, setReadings] = useState<Reading[]>([]);
  const [error, setError] = useState<string | undefined>();
  const initial = {
    title: incident.title,
    narrative: incident.narrative ?? '',
    date: incident.date?.asReported ?? incident.date?.edtf ?? '',
    place: incident.place?.asReported ?? incident.place?.names?.en ?? '',
  };
  const base = `/cases/${encodeURIComponent(caseId)}/incidents`;
  // The types are picked from the vocabulary: the form waits for it, so a save never sends an empty list.
  if (!vocabularies) return <p className="loading">{t(appMessages.loading)}</p>;
  const terms = vocabularies.incident_types?.terms ?? [];
  const choices = [...terms.map((term) => term.id), ...incident.types.filter((id) => !terms.some((term) => term.id === id))];

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const save = ((event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null)?.value === 'save';
    const data = new FormData(event.currentTarget);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    const types = data.getAll('types').map(String);
    const changed = (name: keyof typeof initial) => text(name) !== initial[name];
    try {
      const read = await api<{ readings: Reading[]; incident: Record<string, unknown> }>('POST', `${base}/entry/read`, {
        title: text('title'),
        types,
        ...(changed('date') && text('date') ? { date: text('date') } : {}),
        ...(changed('place') && text('place') ? { place: text('place') } : {}),
      });
      setReadings(read.readings);
      setError(undefined);
      if (!save) return;
      const patch: Record<string, unknown> = {};
      if (changed('title')) patch.title = text('title');
      if (!sameSet(types, incident.types)) patch.types = types;
      if (changed('narrative')) patch.narrative = text('narrative') || null;
      if (changed('date')) patch.date = text('date') ? read.incident.date : null;
      if (changed('place')) patch.place = text('place') ? read.incident.place : null;
      if (Object.keys(patch).length > 0) await api('PATCH', `${base}/${encodeURIComponent(incident.id)}`, patch, { 'if-match': `"${incident.rev}"` });
      onDone(true);
    } catch (caught) {
      setError(errorText(caught));
    }
  };

  return (
    <form className="card entry" aria-labelledby="edit-incident-title" onSubmit={(e) => void submit(e)}>
      <h2 id="edit-incident-title">{t(m.editIncident)}</h2>
      {!canWrite && <p className="muted">{t(m.readOnlyRole)}</p>}
      <label>
        {t(m.title)}
        <input name="title" defaultValue={initial.title} required dir="auto" />
      </label>
      <label>
        {t(m.whenInWords)}
        <input name="date" defaultValue={initial.date} placeholder={t(m.whenExamples)} />
      </label>
      <label>
        {t(m.where)}
        <input name="place" defaultValue={initial.place} dir="auto" />
      </label>
      <fieldset className="types">
        <legend>{t(m.types)}</legend>
        {choices.map((id) => (
          <label key={id} className="check">
            <input type="checkbox" name="types" value={id} defaultChecked={incident.types.includes(id)} />
            {termLabel(vocabularies, 'incident_types', id)}
          </label>
        ))}
      </fieldset>
      <label className="wide">
        {t(m.narrative)}
        <textarea name="narrative" defaultValue={initial.narrative} rows={5} dir="auto" />
      </label>
      <div className="actions">
        <button type="submit" value="check" className="secondary">
          {t(m.check)}
        </button>
        <button type="submit" value="save">
          {t(m.saveChanges)}
        </button>
        <button type="button" className="secondary" onClick={() => onDone(false)}>
          {t(m.cancel)}
        </button>
      </div>
      <ReadingsList readings={readings} />
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </form>
  );
}
