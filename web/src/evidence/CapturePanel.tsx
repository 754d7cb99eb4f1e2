import { useEffect, useState, type FormEvent } from 'react';
import { FormattedMessage } from 'react-intl';
import { api, errorText } from '../api.js';
import { utcTime } from '../format/dates.js';
import { activeLocale } from '../i18n/active-locale.js';
import type { Message } from '../i18n/define-messages.js';
import { errorMessages } from '../i18n/errors.messages.js';
import { useT } from '../i18n/LanguageProvider.js';
import { href } from '../route.js';
import { captureMessages as m } from './capture.messages.js';

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

const STATE_WORDS: Record<CaptureRow['state'], Message> = { queued: m.queued, running: m.running, done: m.done, failed: m.failed };

/** An address as the field expects it: the same in every language. */
const ADDRESS_EXAMPLE = 'https://…';

/** What a finished capture kept, each an evidence item: format names as they are, the others in words. */
const KEPT_WORDS: Record<keyof CaptureRow['items'], Message | string> = { wacz: 'WACZ', screenshot: m.screenshot, pdf: 'PDF', text: m.text };

/**
 * Web pages preserved for a case: paste addresses (one a line), and follow each capture as the server runs
 * it; a finished one links to its WACZ, screenshot, PDF and text. Refreshes while any capture is unfinished.
 */
export function CapturePanel({ caseId, canAdd, onCaptured }: { caseId: string; canAdd: boolean; onCaptured: () => void }) {
  const t = useT();
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
    if (list.length === 0) return setError(t(m.pasteOne, { http: 'http://', https: 'https://' }));
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

  const wordsOf = (kept: Message | string) => (typeof kept === 'string' ? kept : t(kept));

  return (
    <section aria-labelledby="captures-title">
      <h2 id="captures-title">{t(m.title)}</h2>
      {canAdd && (
        <form className="card" onSubmit={(event) => void submit(event)}>
          <label>
            {t(m.pagesToPreserve)}
            <textarea rows={3} value={urls} onChange={(event) => setUrls(event.currentTarget.value)} placeholder={ADDRESS_EXAMPLE} dir="ltr" />
          </label>
          <p className="muted">{t(m.howKept)}</p>
          <button type="submit" disabled={sending}>
            {t(m.capture)}
          </button>
        </form>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {captures && captures.length > 0 && (
        <table aria-label={t(m.title)}>
          <thead>
            <tr>
              <th scope="col">{t(m.address)}</th>
              <th scope="col">{t(m.state)}</th>
              <th scope="col">{t(m.httpStatus)}</th>
              <th scope="col">{t(m.kept)}</th>
              <th scope="col">{t(m.asked)}</th>
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
                  {t(STATE_WORDS[capture.state])}
                  {capture.error && <CaptureError error={capture.error} />}
                </td>
                <td>{capture.httpStatus ?? ''}</td>
                <td>
                  {capture.state === 'done' &&
                    (['wacz', 'screenshot', 'pdf', 'text'] as const).map((role) =>
                      capture.items[role] ? (
                        <a key={role} className="kept" href={href({ page: 'evidence-item', caseId, id: capture.items[role]! })}>
                          {wordsOf(KEPT_WORDS[role])}
                        </a>
                      ) : null,
                    )}
                </td>
                <td>
                  {t(m.askedBy, { time: utcTime(capture.requestedAt), user: capture.requestedBy })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/**
 * Why a capture failed. The server keeps its English detail with the error's code: in another language the code
 * says what went wrong, and the detail (an address, a limit, the browser's words) follows, marked as English.
 */
function CaptureError({ error }: { error: NonNullable<CaptureRow['error']> }) {
  const t = useT();
  if (activeLocale() === 'en') return <div className="error">{error.message}</div>;
  const known = Object.hasOwn(errorMessages, error.code) ? errorMessages[error.code as keyof typeof errorMessages] : errorMessages.ERROR;
  return (
    <div className="error">
      <FormattedMessage {...errorMessages.withDetail} values={{ problem: t(known), detail: <bdi lang="en">{error.message}</bdi> }} />
    </div>
  );
}
