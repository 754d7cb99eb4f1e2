import { useState, type FormEvent } from 'react';
import { ApiError, csrfHeaders, errorText } from '../api.js';
import { importSummary, rejectedRows, type ImportReport } from './import-report.js';

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
  if (!response.ok) throw new ApiError(response.status, String(data.code ?? 'ERROR'), String(data.detail ?? response.statusText), data.field as string | undefined);
  return data as unknown as ImportReport;
}

/** An ACLED CSV into the case: good rows are imported, bad ones are named with their column and reason. */
export function AcledImport({ caseId }: { caseId: string }) {
  const [report, setReport] = useState<ImportReport | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const file = new FormData(event.currentTarget).get('file');
    if (!(file instanceof File) || file.size === 0) {
      setError('file: choose a CSV file first');
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
      <h2 id="import-title">Import ACLED CSV</h2>
      <p className="muted">
        ACLED’s own export or Dossier’s. Every row is checked first: a bad row is reported and nothing of it is saved; the good rows are imported and each is
        logged in the custody ledger with its row number.
      </p>
      <form onSubmit={(e) => void submit(e)} aria-label="Import ACLED CSV">
        <label>
          ACLED CSV file
          <input type="file" name="file" accept=".csv,text/csv" required />
        </label>
        <button type="submit" disabled={busy}>
          {busy ? 'Importing…' : 'Import'}
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
        <table aria-label="Rejected rows">
          <thead>
            <tr>
              <th scope="col">Row</th>
              <th scope="col">Event id</th>
              <th scope="col">Problems</th>
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
                        <code>{p.field}</code>: {p.problem}
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {report && report.notes.length > 0 && (
        <>
          <h3>What the import had to guess or leave out</h3>
          <ul dir="auto">
            {report.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </>
      )}
      {rejected.length > 0 && <p className="muted">Rows are counted from the first after the header.</p>}
    </section>
  );
}
