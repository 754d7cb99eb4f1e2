import { useState, type FormEvent } from 'react';
import { api, errorText } from '../api.js';
import { useT } from '../i18n/LanguageProvider.js';
import { useLoaded } from '../use-loaded.js';
import { CopyButton } from './CopyButton.js';
import { securityMessages as m } from './security.messages.js';

interface Status {
  remaining: number;
  total: number;
}

/**
 * The one-time recovery codes of the second factor: how many are left, the codes themselves only just after
 * they were made (with the second factor, or here anew), and making new ones with the password.
 */
export function RecoveryCodes({ fresh, onFresh }: { fresh: string[] | undefined; onFresh: (codes: string[] | undefined) => void }) {
  const t = useT();
  const [version, setVersion] = useState(0);
  const status = useLoaded(() => api<Status>('GET', '/auth/recovery-codes'), [version, fresh]);
  const [error, setError] = useState<string | undefined>();
  const regenerate = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    try {
      const made = await api<{ recoveryCodes: string[] }>('POST', '/auth/recovery-codes', { currentPassword: new FormData(form).get('currentPassword') });
      form.reset();
      setError(undefined);
      onFresh(made.recoveryCodes);
      setVersion((v) => v + 1);
    } catch (caught) {
      setError(errorText(caught));
    }
  };
  return (
    <section className="card account-form" aria-labelledby="recovery-title">
      <h2 id="recovery-title">{t(m.recoveryTitle)}</h2>
      <p>{t(m.recoveryNote)}</p>
      {status.value && (
        <p className="recovery-remaining">
          <strong>{t(m.remaining, { remaining: status.value.remaining, total: status.value.total })}</strong>
        </p>
      )}
      {status.error && (
        <p role="alert" className="error">
          {status.error}
        </p>
      )}
      {fresh && (
        <div className="secret-once">
          <p className="warning">{t(m.codesOnce)}</p>
          <ol className="recovery-codes" aria-label={t(m.codesList)} dir="ltr">
            {fresh.map((code) => (
              <li key={code}>
                <code>{code}</code>
              </li>
            ))}
          </ol>
          <CopyButton text={fresh.join('\n')} what="recoveryCodes" />
          <button type="button" className="secondary" onClick={() => onFresh(undefined)}>
            {t(m.keptThem)}
          </button>
        </div>
      )}
      <form onSubmit={(e) => void regenerate(e)} aria-label={t(m.regenerate)} className="account-form">
        <p className="muted">{t(m.regenerateNote)}</p>
        <label>
          {t(m.currentPassword)}
          <input name="currentPassword" type="password" autoComplete="current-password" required />
        </label>
        <button type="submit" className="secondary">
          {t(m.regenerate)}
        </button>
      </form>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </section>
  );
}
