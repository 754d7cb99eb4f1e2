import { useEffect, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { api, errorText } from '../api.js';
import { useT } from '../i18n/LanguageProvider.js';
import { href } from '../route.js';
import { useLoaded } from '../use-loaded.js';
import { useVocabularies } from '../vocabularies.js';
import { KINDS, kindByPlural, type KindInfo, type RecordView } from './kinds.js';
import { kindSentence } from './kinds.messages.js';
import { RecordForm } from './RecordForm.js';
import { fieldWords, recordTitle } from './record-words.js';
import { dayOf } from './record-dates.js';
import { recordsMessages as m } from './records.messages.js';
import type { FieldDescriptor } from './schema-fields.js';
import { useKindFields } from './use-kind-fields.js';
import { useTitleNames } from './use-record-options.js';
import './records.css';

/** How many records the overview counts before it says "or more": one cheap page per kind. */
const COUNT_LIMIT = 100;
const PAGE_SIZE = 50;

/** The records of a case: without a kind, every kind with how many there are; with one, its list and a form for a new one. */
export function RecordsPage({ caseId, kind, role }: { caseId: string; kind?: string | undefined; role: string | undefined }) {
  const t = useT();
  if (!kind) return <KindsOverview caseId={caseId} />;
  const info = kindByPlural(kind);
  if (!info) return <p role="alert" className="error">{t(m.noSuchKind, { kind })}</p>;
  if (info.name === 'incident') {
    return (
      <p>
        <FormattedMessage {...m.incidentsOwnPages} values={{ a: (chunks) => <a href={href({ page: 'incidents', caseId })}>{chunks}</a> }} />
      </p>
    );
  }
  return <KindRecords caseId={caseId} kind={info} role={role} />;
}

function KindsOverview({ caseId }: { caseId: string }) {
  const t = useT();
  const intl = useIntl();
  const { value: counts, error } = useLoaded(
    () =>
      Promise.all(
        KINDS.map(async (kind) => {
          const page = await api<{ items: unknown[]; nextCursor?: string }>('GET', `/cases/${encodeURIComponent(caseId)}/${kind.plural}?limit=${COUNT_LIMIT}`);
          return page.nextCursor ? t(m.countOrMore, { count: page.items.length }) : intl.formatNumber(page.items.length);
        }),
      ),
    [caseId],
  );
  return (
    <section aria-labelledby="records-title" className="records">
      <h2 id="records-title">{t(m.records)}</h2>
      <p className="lead">{t(m.recordsLead)}</p>
      {error && <p role="alert" className="error">{error}</p>}
      <table aria-label={t(m.kindsOfRecord)}>
        <thead>
          <tr>
            <th scope="col">{t(m.kind)}</th>
            <th scope="col" className="number">
              {t(m.records)}
            </th>
          </tr>
        </thead>
        <tbody>
          {KINDS.map((kind, i) => (
            <tr key={kind.name}>
              <td>
                <a href={kind.name === 'incident' ? href({ page: 'incidents', caseId }) : href({ page: 'records', caseId, kind: kind.plural })}>{t(kindSentence('titles', kind.name))}</a>
              </td>
              <td className="number">{counts ? counts[i] : '…'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function KindRecords({ caseId, kind, role }: { caseId: string; kind: KindInfo; role: string | undefined }) {
  const t = useT();
  const { fields, error } = useKindFields(kind.plural);
  const [version, setVersion] = useState(0);
  const [saved, setSaved] = useState<RecordView | undefined>();
  return (
    <section aria-labelledby="records-title" className="records">
      <p>
        <a href={href({ page: 'records', caseId })}>{t(m.allRecords)}</a>
      </p>
      <h2 id="records-title">{t(kindSentence('titles', kind.name))}</h2>
      {error && <p role="alert" className="error">{error}</p>}
      {fields && <RecordTable key={version} caseId={caseId} kind={kind} fields={fields} />}
      {saved && (
        <p role="status" className="ok">
          <FormattedMessage {...kindSentence('savedOpen', kind.name)} values={{ a: (chunks) => <a href={href({ page: 'record', caseId, kind: kind.plural, id: saved.id })}>{chunks}</a> }} />
        </p>
      )}
      {fields && (
        <RecordForm
          caseId={caseId}
          kind={kind}
          fields={fields}
          role={role}
          onSaved={(record) => {
            setSaved(record);
            setVersion((v) => v + 1);
          }}
        />
      )}
    </section>
  );
}

/** A kind's records, a page at a time (following the API's nextCursor). */
function RecordTable({ caseId, kind, fields }: { caseId: string; kind: KindInfo; fields: FieldDescriptor[] }) {
  const t = useT();
  const intl = useIntl();
  const vocabularies = useVocabularies();
  const [pages, setPages] = useState<{ items: RecordView[]; nextCursor?: string | undefined; error?: string }>({ items: [] });
  // Loading from the start, so an empty list is never announced before the first page has come.
  const [loading, setLoading] = useState(true);
  const path = `/cases/${encodeURIComponent(caseId)}/${kind.plural}`;
  const load = async (cursor?: string) => {
    setLoading(true);
    try {
      const page = await api<{ items: RecordView[]; nextCursor?: string }>('GET', `${path}?limit=${PAGE_SIZE}&sort=-updated${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      setPages((previous) => ({ items: [...(cursor ? previous.items : []), ...page.items], nextCursor: page.nextCursor }));
    } catch (caught) {
      setPages((previous) => ({ ...previous, error: errorText(caught) }));
    } finally {
      setLoading(false);
    }
  };
  // The first page, once: the table is mounted anew for another kind or after a save.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => void load(), [path]);
  const nameOf = useTitleNames(caseId, kind, fields);
  const statusField = kind.statusField ? fields.find((f) => f.name === kind.statusField) : undefined;
  const error = pages.error;
  return (
    <>
      {error && <p role="alert" className="error">{error}</p>}
      {pages.items.length === 0 && !loading && !error && <p className="muted">{t(kindSentence('noneYet', kind.name))}</p>}
      {pages.items.length > 0 && (
        <table aria-label={t(kindSentence('titles', kind.name))} className="record-table">
          <thead>
            <tr>
              <th scope="col">{t(kindSentence('title', kind.name))}</th>
              {statusField && <th scope="col">{statusField.label}</th>}
              <th scope="col">{t(m.revision)}</th>
              <th scope="col">{t(m.updated)}</th>
            </tr>
          </thead>
          <tbody>
            {pages.items.map((record) => (
              <tr key={record.id}>
                <td dir="auto">
                  <a href={href({ page: 'record', caseId, kind: kind.plural, id: record.id })}>{recordTitle(kind, record, fields, vocabularies, nameOf)}</a>
                </td>
                {statusField && <td>{record[statusField.name] === undefined ? '—' : fieldWords(statusField, record[statusField.name], vocabularies)}</td>}
                <td className="number">{intl.formatNumber(record.rev)}</td>
                <td>
                  <FormattedMessage
                    {...m.updatedBy}
                    values={{ date: <time dateTime={record.updatedAt}>{dayOf(intl, record.updatedAt)}</time>, user: record.updatedBy, m: (chunks) => <span className="muted">{chunks}</span> }}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {pages.nextCursor && (
        <button type="button" className="secondary" disabled={loading} onClick={() => void load(pages.nextCursor)}>
          {t(kindSentence('showMore', kind.name))}
        </button>
      )}
      {loading && <p className="loading">{t(m.loading)}</p>}
    </>
  );
}

