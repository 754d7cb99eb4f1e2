import { useState, type FormEvent } from 'react';
import { api, type CaseInfo, errorText } from './api.js';
import { appMessages as m } from './app.messages.js';
import { useT } from './i18n/LanguageProvider.js';
import { href } from './route.js';
import { useLoaded } from './use-loaded.js';

/** An example of a case id: a technical value (letters a–z, digits, hyphens), the same in every language. */
const CASE_ID_EXAMPLE = 'aleppo-2016';

export function CaseList({ onOpen }: { onOpen: (caseId: string) => void }) {
  const t = useT();
  const { value: cases, error: unread, reload } = useLoaded(() => api<{ items: CaseInfo[] }>('GET', '/cases').then((r) => r.items), []);
  const [failed, setFailed] = useState<string | undefined>();
  const error = failed ?? unread;
  const create = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    try {
      await api('POST', '/cases', { id: data.get('id'), title: data.get('title') });
      form.reset();
      setFailed(undefined);
      await reload();
    } catch (caught) {
      setFailed(errorText(caught));
    }
  };
  return (
    <section aria-labelledby="cases-title">
      <h1 id="cases-title">{t(m.cases)}</h1>
      {cases === undefined ? (
        <p className="loading">{t(m.loading)}</p>
      ) : cases.length === 0 ? (
        <p>{t(m.noCases)}</p>
      ) : (
        <ul className="cases">
          {cases.map((c) => (
            <li key={c.id}>
              {/* A link, so a case opens in a new tab or is bookmarked like any page; a plain click stays in the app. */}
              <a
                href={href({ page: 'overview', caseId: c.id })}
                onClick={(event) => {
                  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
                  event.preventDefault();
                  onOpen(c.id);
                }}
              >
                {c.title}
              </a>
              <span className="muted"> {c.id}</span>
            </li>
          ))}
        </ul>
      )}
      <form className="card inline" onSubmit={(e) => void create(e)} aria-labelledby="new-case-title">
        <h2 id="new-case-title">{t(m.createCase)}</h2>
        <label>
          {t(m.caseId)}
          <input name="id" pattern="[a-z0-9][a-z0-9-]*" placeholder={CASE_ID_EXAMPLE} required />
        </label>
        <label>
          {t(m.title)}
          <input name="title" required />
        </label>
        <button type="submit">{t(m.create)}</button>
      </form>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </section>
  );
}
