import { useState, type FormEvent } from 'react';
import { ApiError, csrfHeaders, errorText, wordingOf } from '../api.js';
import { useT } from '../i18n/LanguageProvider.js';
import { Said } from '../i18n/Said.js';
import { useVocabularies } from '../vocabularies.js';
import { exchangeMessages as m } from './exchange.messages.js';
import { importSummary, noteValues, problemWording, rejectedRows, type ImportReport } from './import-report.js';

/** The CSV goes as the request body (Content-Type: text/csv), as the import route reads it. */
async function postAcledCsv(caseId: string, file: File): Promise<ImportReport> {
  const response = await fetch(`/api/v1/cases/${encodeURIComponent(caseId)}/import/acled`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { ...csrfHeaders(), accept: 'application/json', 'content-type': 'text/csv' },
    body: file,
  });
  const text = await response.text();
  const data = (text ? JSON.parse(text) : {}) as Record<string, unknown>;
  if (!response.ok) throw new ApiError(response.status, String(data.code ?? 'ERROR'), String(data.detail ?? response.statusText), data.field as string | undefined, wordingOf(data));
  return data as unknown as ImportReport;
}

/**
 * An ACLED CSV into the case: good rows are imported, bad ones are named with their column and reason. The
 * server's reasons and notes are said in the reader's language, but for a record field's own check, in English.
 */
export function AcledImport({ caseId }: { caseId: string }) {
  const t = useT();
  const vocabularies = useVocabularies();
  const [report, setReport] = useState<ImportReport | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const file = new FormData(event.currentTarget).get('file');
    if (!(file instanceof File) || file.size === 0) {
      setError(t(m.chooseCsvFirst));
      return;
    }
    setBusy(true);
    setReport(undefined);
    setError(undefined);
    try {
      setReport(await postAcledCsv(caseId, file));
    } catch (caught) {
      setError(errorText(caught));
    } finally {
      setBusy(false);
    }
  };
  const rejected = report ? rejectedRows(report) : [];
  return (
    <section aria-labelledby="import-title" className="card exchange-import">
      <h2 id="import-title">{t(m.importAcled)}</h2>
      <p className="muted">{t(m.importAbout)}</p>
      <form onSubmit={(e) => void submit(e)} aria-label={t(m.importAcled)}>
        <label>
          {t(m.acledCsvFile)}
          <input type="file" name="file" accept=".csv,text/csv" required />
        </label>
        <button type="submit" disabled={busy}>
          {t(busy ? m.importing : m.import)}
        </button>
      </form>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <div role="status">
        {report && <p className={rejected.length ? undefined : 'ok'}>{importSummary(report)}</p>}
      </div>
      {rejected.length > 0 && (
        <table aria-label={t(m.rejectedRows)}>
          <thead>
            <tr>
              <th scope="col">{t(m.row)}</th>
              <th scope="col">{t(m.eventId)}</th>
              <th scope="col">{t(m.problems)}</th>
            </tr>
          </thead>
          <tbody>
            {rejected.map((row) => (
              <tr key={row.row}>
                <td>{row.row}</td>
                <td dir="auto">{row.eventId ?? '—'}</td>
                <td>
                  <ul className="problems">
                    {row.problems.map((p, i) => (
                      <li key={i} dir="auto">
                        <code>{p.field}</code>: <Said wording={problemWording(p)} />
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {report && report.noteWordings.length > 0 && (
        <>
          <h3>{t(m.guessedOrLeftOut)}</h3>
          <ul dir="auto">
            {report.noteWordings.map((note) => (
              <li key={note.text}>
                <Said wording={note} values={noteValues(note, vocabularies)} />
              </li>
            ))}
          </ul>
        </>
      )}
      {rejected.length > 0 && <p className="muted">{t(m.rowsCounted)}</p>}
    </section>
  );
}
