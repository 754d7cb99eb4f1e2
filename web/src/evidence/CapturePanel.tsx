import { useEffect, useState, type FormEvent } from 'react';
import { api, errorText } from '../api.js';
import { href } from '../route.js';

export interface CaptureRow {
  id: string;
  url: string;
  state: 'queued' | 'running' | 'done' | 'failed';
  requestedAt: string;
  requestedBy: string;
  finalUrl: string | null;
  httpStatus: number | null;
  error: { code: string; message: string } | null;
  items: { wacz: string | null; screenshot: string | null; pdf: string | null; text: string | null };
}

const STATE_WORDS: Record<CaptureRow['state'], string> = { queued: 'Waiting', running: 'Capturing…', done: 'Captured', failed: 'Failed' };

/**
 * Web pages preserved for a case: paste addresses (one a line), and follow each capture as the server runs
 * it; a finished one links to its WACZ, screenshot, PDF and text. Refreshes while any capture is unfinished.
 */
export function CapturePanel({ caseId, canAdd, onCaptured }: { caseId: string; canAdd: boolean; onCaptured: () => void }) {
  const [captures, setCaptures] = useState<CaptureRow[] | undefined>();
  const [urls, setUrls] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [sending, setSending] = useState(false);
  const path = `/cases/${encodeURIComponent(caseId)}/captures`;
  const load = () => api<{ captures: CaptureRow[] }>('GET', path).then((r) => setCaptures(r.captures), (caught: unknown) => setError(errorText(caught)));

  useEffect(() => {
    void load();
  }, [caseId]);
  const unfinished = captures?.some((capture) => capture.state === 'queued' || capture.state === 'running') ?? false;
  const finished = captures?.filter((capture) => capture.state === 'done').length ?? 0;
  useEffect(() => {
    if (!unfinished) return;
    const timer = setInterval(() => void load(), 2000);
    return () => clearInterval(timer);
  }, [unfinished, caseId]);
  useEffect(() => {
    if (finished > 0) onCaptured();
  }, [finished]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const list = urls.split(/\s+/).filter(Boolean);
    if (list.length === 0) return setError('Paste at least one address (http:// or https://).');
    setSending(true);
    setError(undefined);
    try {
      await api('POST', path, { urls: list });
      setUrls('');
      await load();
    } catch (caught) {
      setError(errorText(caught));
    } finally {
      setSending(false);
    }
  };

  return (
    <section aria-labelledby="captures-title">
      <h2 id="captures-title">Web captures</h2>
      {canAdd && (
        <form className="card" onSubmit={(event) => void submit(event)}>
          <label>
            Pages to preserve (one address a line)
            <textarea rows={3} value={urls} onChange={(event) => setUrls(event.currentTarget.value)} placeholder="https://…" dir="ltr" />
          </label>
          <p className="muted">
            Each page is loaded in a headless browser; every request and response is kept in a signed WACZ, with a full-page screenshot, a PDF and the text.
          </p>
          <button type="submit" disabled={sending}>
            Capture
          </button>
        </form>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {captures && captures.length > 0 && (
        <table aria-label="Web captures">
          <thead>
            <tr>
              <th scope="col">Address</th>
              <th scope="col">State</th>
              <th scope="col">HTTP</th>
              <th scope="col">Kept</th>
              <th scope="col">Asked</th>
            </tr>
          </thead>
          <tbody>
            {captures.map((capture) => (
              <tr key={capture.id}>
                <td dir="ltr" className="url">
                  {capture.url}
                  {capture.finalUrl && capture.finalUrl !== capture.url && <div className="muted">→ {capture.finalUrl}</div>}
                </td>
                <td>
                  {STATE_WORDS[capture.state]}
                  {capture.error && <div className="error">{capture.error.message}</div>}
                </td>
                <td>{capture.httpStatus ?? ''}</td>
                <td>
                  {capture.state === 'done' &&
                    (['wacz', 'screenshot', 'pdf', 'text'] as const).map((role) =>
                      capture.items[role] ? (
                        <a key={role} className="kept" href={href({ page: 'evidence-item', caseId, id: capture.items[role]! })}>
                          {role === 'wacz' ? 'WACZ' : role === 'pdf' ? 'PDF' : role}
                        </a>
                      ) : null,
                    )}
                </td>
                <td>
                  {capture.requestedAt.slice(0, 16).replace('T', ' ')} UTC, {capture.requestedBy}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
