import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { api } from '../api.js';
import { useT } from '../i18n/LanguageProvider.js';
import { href } from '../route.js';
import { useLoaded } from '../use-loaded.js';
import { useVocabularies } from '../vocabularies.js';
import { kindByPlural, type KindInfo, type RecordView } from './kinds.js';
import { kindSentence } from './kinds.messages.js';
import { DiscussionPanel } from '../comments/DiscussionPanel.js';
import { ProtectedDetails } from './ProtectedDetails.js';
import { RecordFields } from './RecordFields.js';
import { RecordForm } from './RecordForm.js';
import { RecordHistory } from './RecordHistory.js';
import { dayOf } from './record-dates.js';
import { recordTitle } from './record-words.js';
import { recordsMessages as m } from './records.messages.js';
import type { FieldDescriptor } from './schema-fields.js';
import { useKindFields } from './use-kind-fields.js';
import { useTitleNames } from './use-record-options.js';
import './records.css';

/** One record: its fields in words, its protected part on request, a form to change it, and every revision. */
export function RecordPage({ caseId, kind, id, role, username }: { caseId: string; kind: string; id: string; role: string | undefined; username?: string }) {
  const t = useT();
  const info = kindByPlural(kind);
  if (!info) return <p role="alert" className="error">{t(m.noSuchKind, { kind })}</p>;
  if (info.name === 'incident') {
    return (
      <p>
        <FormattedMessage {...m.incidentOwnPage} values={{ a: (chunks) => <a href={href({ page: 'incident', caseId, id })}>{chunks}</a> }} />
      </p>
    );
  }
  return <LoadedRecord caseId={caseId} kind={info} id={id} role={role} username={username} />;
}

function LoadedRecord({ caseId, kind, id, role, username }: { caseId: string; kind: KindInfo; id: string; role: string | undefined; username: string | undefined }) {
  const t = useT();
  const path = `/cases/${encodeURIComponent(caseId)}/${kind.plural}/${encodeURIComponent(id)}`;
  const [saved, setSaved] = useState<RecordView | undefined>();
  const { value: loaded, error } = useLoaded(() => api<RecordView>('GET', path), [path]);
  const { fields, error: schemaError } = useKindFields(kind.plural);
  const record = saved ?? loaded;
  if (error || schemaError) return <p role="alert" className="error">{error ?? schemaError}</p>;
  if (!record || !fields) return <p className="loading">{t(m.loading)}</p>;
  return <RecordDetails caseId={caseId} kind={kind} record={record} fields={fields} path={path} role={role} username={username} onSaved={setSaved} />;
}

function RecordDetails(props: { caseId: string; kind: KindInfo; record: RecordView; fields: FieldDescriptor[]; path: string; role: string | undefined; username: string | undefined; onSaved(record: RecordView): void }) {
  const { caseId, kind, record, fields, path, role } = props;
  const t = useT();
  const intl = useIntl();
  const vocabularies = useVocabularies();
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<string | undefined>();
  const nameOf = useTitleNames(caseId, kind, fields);
  const restricted = fields.find((f) => f.protected);
  return (
    <article aria-labelledby="record-title" className="record">
      <p>
        <a href={href({ page: 'records', caseId, kind: kind.plural })}>{t(kindSentence('allOfKind', kind.name))}</a>
      </p>
      <h2 id="record-title" dir="auto">
        <span className="kind-label">{t(kindSentence('title', kind.name))}</span> {recordTitle(kind, record, fields, vocabularies, nameOf)}
      </h2>
      <p className="muted">
        <FormattedMessage
          {...m.recordStamps}
          values={{
            id: record.id,
            rev: record.rev,
            created: dayOf(intl, record.createdAt),
            createdBy: record.createdBy,
            updated: dayOf(intl, record.updatedAt),
            updatedBy: record.updatedBy,
            c: (chunks) => <code>{chunks}</code>,
          }}
        />
      </p>
      <RecordFields caseId={caseId} record={record} fields={fields} />
      {restricted && <ProtectedDetails key={record.rev} path={path} kind={kind} record={record} group={restricted} role={role} />}
      {kind.appendOnly ? (
        <p className="muted">
          <FormattedMessage {...kindSentence('appendOnly', kind.name)} values={{ a: (chunks) => <a href={href({ page: 'records', caseId, kind: kind.plural })}>{chunks}</a> }} />
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
              setNotice(t(m.savedAsRevision, { rev: updated.rev }));
            }}
          />
          <button type="button" className="secondary" onClick={() => setEditing(false)}>
            {t(m.cancelEditing)}
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
          {t(kindSentence('editRecord', kind.name))}
        </button>
      )}
      {notice && (
        <p role="status" className="ok">
          {notice}
        </p>
      )}
      <RecordHistory path={path} rev={record.rev} />
      <DiscussionPanel caseId={caseId} subjectId={record.id} username={props.username} role={role} />
    </article>
  );
}
