import { FormattedMessage, useIntl } from 'react-intl';
import { api } from '../api.js';
import { useT } from '../i18n/LanguageProvider.js';
import { useLoaded } from '../use-loaded.js';
import { momentOf } from './record-dates.js';
import { listWords } from './record-words.js';
import { recordsMessages as m } from './records.messages.js';
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
  const t = useT();
  const intl = useIntl();
  // The record's revision is a dependency: a save shows its new revision here at once.
  const { value, error } = useLoaded(() => api<{ items: Revision[]; origin: Origin | null }>('GET', `${path}/history`), [path, rev]);
  return (
    <section aria-labelledby="history-title" className="record-history">
      <h3 id="history-title">{t(m.revisionHistory)}</h3>
      {error && <p role="alert" className="error">{error}</p>}
      {!value && !error && <p className="loading">{t(m.loading)}</p>}
      {value?.origin && <ImportedFrom origin={value.origin} />}
      {value && (
        <table aria-label={t(m.revisions)}>
          <thead>
            <tr>
              <th scope="col">{t(m.revision)}</th>
              <th scope="col">{t(m.when)}</th>
              <th scope="col">{t(m.by)}</th>
              <th scope="col">{t(m.fieldsChanged)}</th>
              <th scope="col">{t(m.ledgerEntry)}</th>
            </tr>
          </thead>
          <tbody>
            {[...value.items].reverse().map((revision) => (
              <tr key={revision.rev}>
                <td className="number">{intl.formatNumber(revision.rev)}</td>
                <td>
                  <time dateTime={revision.at}>{momentOf(intl, revision.at)}</time>
                </td>
                <td>{revision.actor}</td>
                <td>{revision.rev === 1 ? t(m.created) : revision.changedFields.length ? listWords(revision.changedFields.map(labelOf)) : '—'}</td>
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
      <FormattedMessage
        {...m.importedFrom}
        values={{
          record: origin.partnerRecordId,
          rev: origin.partnerRev,
          partnerCase: origin.partnerCaseId,
          log: origin.partnerLog,
          entry: origin.bagEntry,
          hash: origin.bagTagManifestSha256.slice(0, 16),
          seq: origin.transferSeq,
          algorithm: 'SHA-256',
          c: (chunks) => <code>{chunks}</code>,
          h: (chunks) => <code title={origin.bagTagManifestSha256}>{chunks}</code>,
        }}
      />
    </p>
  );
}
