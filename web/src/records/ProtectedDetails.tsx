import { useState } from 'react';
import { api, errorText } from '../api.js';
import { mayInRole, roleLabel } from '../case-admin/roles.js';
import { useT } from '../i18n/LanguageProvider.js';
import { useVocabularies } from '../vocabularies.js';
import type { KindInfo, RecordView } from './kinds.js';
import { kindSentence } from './kinds.messages.js';
import { fieldWords, listWords } from './record-words.js';
import { recordsMessages as m } from './records.messages.js';
import { labelOf, type FieldDescriptor } from './schema-fields.js';

const READ_PERMISSION = 'restricted:read' as const;

/**
 * A source's or a site's protected part (a witness's name, a field hospital's exact place). It is opened only
 * on request, only for roles that hold restricted:read, and the server logs every opening in the ledger.
 */
export function ProtectedDetails({ path, kind, record, group, role }: { path: string; kind: KindInfo; record: RecordView; group: FieldDescriptor; role: string | undefined }) {
  const t = useT();
  const vocabularies = useVocabularies();
  const [opened, setOpened] = useState<Record<string, unknown> | null | undefined>();
  const [error, setError] = useState<string | undefined>();
  const mayRead = mayInRole(role, READ_PERMISSION);
  const open = async () => {
    try {
      const result = await api<{ restricted: Record<string, unknown> | null }>('GET', `${path}/restricted`);
      setOpened(result.restricted);
      setError(undefined);
    } catch (caught) {
      setError(errorText(caught));
    }
  };
  return (
    <section aria-labelledby="protected-title" className="protected card">
      <h3 id="protected-title">{t(m.protectedDetails)}</h3>
      {!record.hasRestricted && <p className="muted">{t(kindSentence('noProtected', kind.name))}</p>}
      {record.hasRestricted && !mayRead && (
        <p className="muted">
          {t(kindSentence('hasProtected', kind.name))}{' '}
          {role ? t(m.roleCannotRead, { role: roleLabel(role), permission: READ_PERMISSION }) : t(m.noRoleCannotRead, { permission: READ_PERMISSION })}
        </p>
      )}
      {record.hasRestricted && mayRead && opened === undefined && (
        <>
          <p className="muted">{t(m.sealedShowing)}</p>
          <button type="button" onClick={() => void open()}>
            {t(m.showProtected)}
          </button>
        </>
      )}
      {opened !== undefined && (
        <>
          <p role="status" className="ok">
            {t(m.shownLogged)}
          </p>
          {opened === null ? (
            <p className="muted">{t(m.nothingRecorded)}</p>
          ) : (
            <dl className="facts">
              {(group.children ?? [])
                .filter((child) => opened[child.name] !== undefined)
                .map((child) => (
                  <div key={child.name}>
                    <dt>{child.label}</dt>
                    <dd dir="auto">{protectedWords(child, opened[child.name], vocabularies)}</dd>
                  </div>
                ))}
            </dl>
          )}
        </>
      )}
      {error && <p role="alert" className="error">{error}</p>}
    </section>
  );
}

function protectedWords(field: FieldDescriptor, value: unknown, vocabularies: ReturnType<typeof useVocabularies>): string {
  if (field.control === 'group' && typeof value === 'object' && value !== null) {
    return listWords(Object.entries(value as Record<string, unknown>).map(([key, inner]) => `${labelOf(key)} ${fieldWords(undefined, inner, vocabularies)}`));
  }
  return fieldWords(field, value, vocabularies);
}
