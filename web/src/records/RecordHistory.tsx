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

/** Where an imported record came from: a partner's case file (see src/records/record-origins.ts). */
interface Origin {
  partnerLog: string;
  partnerCaseId: string;
  partnerRecordId: string;
  partnerRev: number;
  bagTagManifestSha256: string;
  bagEntry: string;
  transferSeq: number;
}

/** Every revision of a record, each with the ledger entry that logged it. */
export function RecordHistory({ path, rev }: { path: string; rev: number }) {
  // The record's revision is a dependency: a save shows its new revision here at once.
  const { value, error } = useLoaded(() => api<{ items: Revision[]; origin: Origin | null }>('GET', `${path}/history`), [path, rev]);
  return (
    <section aria-labelledby="history-title" className="record-history">
      <h3 id="history-title">Revision history</h3>
      {error && <p role="alert" className="error">{error}</p>}
      {!value && !error && <p className="loading">Loading…</p>}
      {value?.origin && <ImportedFrom origin={value.origin} />}
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

function ImportedFrom({ origin }: { origin: Origin }) {
  return (
    <p className="record-origin">
      Imported from a partner&rsquo;s case file: their record <code>{origin.partnerRecordId}</code> at revision {origin.partnerRev}, case{' '}
      <code>{origin.partnerCaseId}</code> of the log <code>{origin.partnerLog}</code>, read from <code>{origin.bagEntry}</code> of the bag whose
      tag manifest has SHA-256 <code title={origin.bagTagManifestSha256}>{origin.bagTagManifestSha256.slice(0, 16)}…</code>; its arrival is
      ledger entry #{origin.transferSeq}.
    </p>
  );
}
