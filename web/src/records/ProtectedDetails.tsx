import { useState } from 'react';
import { api, errorText } from '../api.js';
import { mayInRole } from '../case-admin/roles.js';
import { useVocabularies } from '../vocabularies.js';
import type { KindInfo, RecordView } from './kinds.js';
import { fieldWords } from './record-words.js';
import type { FieldDescriptor } from './schema-fields.js';

/**
 * A source's or a site's protected part (a witness's name, a field hospital's exact place). It is opened only
 * on request, only for roles that hold restricted:read, and the server logs every opening in the ledger.
 */
export function ProtectedDetails({ path, kind, record, group, role }: { path: string; kind: KindInfo; record: RecordView; group: FieldDescriptor; role: string | undefined }) {
  const vocabularies = useVocabularies();
  const [opened, setOpened] = useState<Record<string, unknown> | null | undefined>();
  const [error, setError] = useState<string | undefined>();
  const mayRead = mayInRole(role, 'restricted:read');
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
      <h3 id="protected-title">Protected details</h3>
      {!record.hasRestricted && <p className="muted">This {kind.label} has no protected details.</p>}
      {record.hasRestricted && !mayRead && (
        <p className="muted">
          This {kind.label} has protected details. Your role{role ? ` (${role.replaceAll('_', ' ')})` : ''} does not include restricted:read, so they are not shown.
        </p>
      )}
      {record.hasRestricted && mayRead && opened === undefined && (
        <>
          <p className="muted">Sealed under the case’s key and never exported. Showing them is logged in the custody ledger under your name.</p>
          <button type="button" onClick={() => void open()}>
            Show protected details
          </button>
        </>
      )}
      {opened !== undefined && (
        <>
          <p role="status" className="ok">
            Shown to you; this reading was logged in the custody ledger.
          </p>
          {opened === null ? (
            <p className="muted">Nothing is recorded.</p>
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
    return Object.entries(value as Record<string, unknown>)
      .map(([key, inner]) => `${key} ${String(inner)}`)
      .join(', ');
  }
  return fieldWords(field, value, vocabularies);
}
