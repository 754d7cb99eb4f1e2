import { useState } from 'react';
import { api } from '../api.js';
import { href } from '../route.js';
import { useLoaded } from '../use-loaded.js';
import { useVocabularies } from '../vocabularies.js';
import { capitalised, kindByPlural, pluralLabel as plural, type KindInfo, type RecordView } from './kinds.js';
import { ProtectedDetails } from './ProtectedDetails.js';
import { RecordFields } from './RecordFields.js';
import { RecordForm } from './RecordForm.js';
import { RecordHistory } from './RecordHistory.js';
import { recordTitle } from './record-words.js';
import type { FieldDescriptor } from './schema-fields.js';
import { useKindFields } from './use-kind-fields.js';
import { useTitleNames } from './use-record-options.js';
import './records.css';

/** One record: its fields in words, its protected part on request, a form to change it, and every revision. */
export function RecordPage({ caseId, kind, id, role }: { caseId: string; kind: string; id: string; role: string | undefined }) {
  const info = kindByPlural(kind);
  if (!info) return <p role="alert" className="error">There is no kind of record called “{kind}”.</p>;
  if (info.name === 'incident') {
    return (
      <p>
        Incidents have their own page: <a href={href({ page: 'incident', caseId, id })}>open the incident</a>.
      </p>
    );
  }
  return <LoadedRecord caseId={caseId} kind={info} id={id} role={role} />;
}

function LoadedRecord({ caseId, kind, id, role }: { caseId: string; kind: KindInfo; id: string; role: string | undefined }) {
  const path = `/cases/${encodeURIComponent(caseId)}/${kind.plural}/${encodeURIComponent(id)}`;
  const [saved, setSaved] = useState<RecordView | undefined>();
  const { value: loaded, error } = useLoaded(() => api<RecordView>('GET', path), [path]);
  const { fields, error: schemaError } = useKindFields(kind.plural);
  const record = saved ?? loaded;
  if (error || schemaError) return <p role="alert" className="error">{error ?? schemaError}</p>;
  if (!record || !fields) return <p className="loading">Loading…</p>;
  return <RecordDetails caseId={caseId} kind={kind} record={record} fields={fields} path={path} role={role} onSaved={setSaved} />;
}

function RecordDetails(props: { caseId: string; kind: KindInfo; record: RecordView; fields: FieldDescriptor[]; path: string; role: string | undefined; onSaved(record: RecordView): void }) {
  const { caseId, kind, record, fields, path, role } = props;
  const vocabularies = useVocabularies();
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<string | undefined>();
  const nameOf = useTitleNames(caseId, kind, fields);
  const restricted = fields.find((f) => f.protected);
  return (
    <article aria-labelledby="record-title" className="record">
      <p>
        <a href={href({ page: 'records', caseId, kind: kind.plural })}>← All {plural(kind)}</a>
      </p>
      <h2 id="record-title" dir="auto">
        <span className="kind-label">{capitalised(kind.label)}</span> {recordTitle(kind, record, fields, vocabularies, nameOf)}
      </h2>
      <p className="muted">
        <code>{record.id}</code> · revision {record.rev} · created {record.createdAt.slice(0, 10)} by {record.createdBy} · updated {record.updatedAt.slice(0, 10)} by {record.updatedBy}
      </p>
      <RecordFields caseId={caseId} record={record} fields={fields} />
      {restricted && <ProtectedDetails key={record.rev} path={path} kind={kind} record={record} group={restricted} role={role} />}
      {kind.appendOnly ? (
        <p className="muted">
          {capitalised(plural(kind))} are never changed: a later judgement is recorded beside this one.{' '}
          <a href={href({ page: 'records', caseId, kind: kind.plural })}>Record a new {kind.label}</a>.
        </p>
      ) : editing ? (
        <>
          <RecordForm
            key={record.rev}
            caseId={caseId}
            kind={kind}
            fields={fields}
            role={role}
            record={record}
            onSaved={(updated) => {
              props.onSaved(updated);
              setEditing(false);
              setNotice(`Saved as revision ${updated.rev}.`);
            }}
          />
          <button type="button" className="secondary" onClick={() => setEditing(false)}>
            Cancel editing
          </button>
        </>
      ) : (
        <button
          type="button"
          onClick={() => {
            setEditing(true);
            setNotice(undefined);
          }}
        >
          Edit {kind.label}
        </button>
      )}
      {notice && (
        <p role="status" className="ok">
          {notice}
        </p>
      )}
      <RecordHistory path={path} rev={record.rev} />
    </article>
  );
}
