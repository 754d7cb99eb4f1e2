import { api } from '../api.js';
import { useLoaded } from '../use-loaded.js';
import { labelOf } from './schema-fields.js';

interface Revision {
  rev: number;
  at: string;
  actor: string;
  ledgerSeq: number;
  changedFields: string[];
}

/** Every revision of a record, each with the ledger entry that logged it. */
export function RecordHistory({ path, rev }: { path: string; rev: number }) {
  // The record's revision is a dependency: a save shows its new revision here at once.
  const { value, error } = useLoaded(() => api<{ items: Revision[] }>('GET', `${path}/history`), [path, rev]);
  return (
    <section aria-labelledby="history-title" className="record-history">
      <h3 id="history-title">Revision history</h3>
      {error && <p role="alert" className="error">{error}</p>}
      {!value && !error && <p className="loading">Loading…</p>}
      {value && (
        <table aria-label="Revisions">
          <thead>
            <tr>
              <th scope="col">Revision</th>
              <th scope="col">When</th>
              <th scope="col">By</th>
              <th scope="col">Fields changed</th>
              <th scope="col">Ledger entry</th>
            </tr>
          </thead>
          <tbody>
            {[...value.items].reverse().map((revision) => (
              <tr key={revision.rev}>
                <td className="number">{revision.rev}</td>
                <td>
                  <time dateTime={revision.at}>{revision.at.replace('T', ' ').slice(0, 19)}</time>
                </td>
                <td>{revision.actor}</td>
                <td>{revision.rev === 1 ? 'created' : revision.changedFields.map(labelOf).join(', ') || '—'}</td>
                <td className="number">#{revision.ledgerSeq}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
