import { useId, useState, type FormEvent } from 'react';
import { FormattedMessage } from 'react-intl';
import { api, errorText } from '../api.js';
import { mayInRole, roleLabel } from '../case-admin/roles.js';
import { useT } from '../i18n/LanguageProvider.js';
import { ReadingsList, type Reading } from '../incidents/readings.js';
import { useVocabularies } from '../vocabularies.js';
import { FieldControl, type ControlContext } from './FieldControl.js';
import { changedFields, createBody, initialState, patchBody, type FormState, type FormValue } from './form-values.js';
import { writePermission, type KindInfo, type RecordView } from './kinds.js';
import { kindSentence } from './kinds.messages.js';
import { recordsMessages as m } from './records.messages.js';
import { WORD_CONTROLS, allFields, type FieldDescriptor } from './schema-fields.js';
import { forgetRecords } from './use-record-options.js';
import { readWords, wordFields } from './word-readings.js';

interface Props {
  caseId: string;
  kind: KindInfo;
  fields: FieldDescriptor[];
  role: string | undefined;
  /** The record to edit; without it the form creates one. */
  record?: RecordView;
  onSaved(record: RecordView): void;
}

/**
 * A form drawn from the kind's create schema. Values said in words are read by the server first ("Check"
 * shows how); "Save" sends a new record, or only the changed fields with the revision they were read at.
 * The form is shown to every role: the server decides, and its refusal names the permission missing.
 */
export function RecordForm({ caseId, kind, fields, role, record, onSaved }: Props) {
  const t = useT();
  const formId = useId();
  const vocabularies = useVocabularies();
  const [initial] = useState(() => initialState(fields, record));
  const [state, setState] = useState<FormState>(initial);
  const [readings, setReadings] = useState<Reading[]>([]);
  const [message, setMessage] = useState<{ error: boolean; text: string } | undefined>();
  const [busy, setBusy] = useState(false);
  const permission = writePermission(kind);
  const hasWords = allFields(fields).some((f) => WORD_CONTROLS.includes(f.control));
  const pickers = allFields(fields).filter((f) => f.kindFrom);
  const title = t(kindSentence(record ? 'editRecord' : 'newRecord', kind.name));
  const context: ControlContext = {
    caseId,
    formId,
    state,
    vocabularies,
    editing: record !== undefined,
    // A record picked for one kind means nothing under another: changing the kind clears the pick.
    set: (path: string, value: FormValue) =>
      setState((previous) => ({ ...previous, [path]: value, ...Object.fromEntries(pickers.filter((f) => f.kindFrom === path).map((f) => [f.path, ''])) })),
  };

  const send = async (save: boolean) => {
    setBusy(true);
    try {
      const changed = record ? changedFields(fields, initial, state) : undefined;
      const words = wordFields(fields, state, changed);
      const read = words.length ? await readWords(words) : { values: new Map<string, unknown>(), readings: [] };
      setReadings(read.readings);
      setMessage(undefined);
      if (!save) return;
      const saved = record ? await update(read.values) : await create(read.values);
      if (!saved) return;
      // The pickers of this kind must offer the new record, and show the changed one by its new name.
      forgetRecords(caseId, kind.idPrefix);
      setMessage({ error: false, text: record ? t(m.savedAsRevision, { rev: saved.rev }) : t(kindSentence('savedRecord', kind.name), { id: saved.id }) });
      // The readings stay: they say how the saved values were read.
      if (!record) setState(initialState(fields));
      onSaved(saved);
    } catch (caught) {
      setMessage({ error: true, text: errorText(caught) });
    } finally {
      setBusy(false);
    }
  };

  const base = `/cases/${encodeURIComponent(caseId)}/${kind.plural}`;
  const create = (read: ReadonlyMap<string, unknown>) => api<RecordView>('POST', base, createBody(fields, state, read));
  const update = async (read: ReadonlyMap<string, unknown>) => {
    const body = patchBody(fields, initial, state, read);
    if (Object.keys(body).length === 0) {
      setMessage({ error: false, text: t(m.nothingChanged) });
      return undefined;
    }
    return api<RecordView>('PATCH', `${base}/${encodeURIComponent(record!.id)}`, body, { 'if-match': `"${record!.rev}"` });
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    void send(submitter?.value !== 'check');
  };

  return (
    <form className="card record-form" onSubmit={submit} aria-labelledby={`${formId}-heading`}>
      <h3 id={`${formId}-heading`}>{title}</h3>
      {!mayInRole(role, permission) && (
        <p className="muted">{role ? t(m.roleCannotSave, { role: roleLabel(role), permission }) : t(m.noRoleCannotSave, { permission })}</p>
      )}
      <p className="muted">
        <FormattedMessage {...m.requiredNote} values={{ s: (chunks) => <span className="required">{chunks}</span> }} />
        {hasWords && ` ${t(m.wordsNote)}`}
      </p>
      <div className="record-fields">
        {fields.map((field) => (
          <FieldControl key={field.path} field={field} context={context} required={field.required} />
        ))}
      </div>
      <div className="actions">
        {hasWords && (
          <button type="submit" value="check" className="secondary" disabled={busy} formNoValidate>
            {t(m.check)}
          </button>
        )}
        <button type="submit" value="save" disabled={busy}>
          {record ? t(m.saveChanges) : t(kindSentence('saveRecord', kind.name))}
        </button>
      </div>
      <ReadingsList readings={readings} />
      {message && (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'error' : 'ok'}>
          {message.text}
        </p>
      )}
    </form>
  );
}
