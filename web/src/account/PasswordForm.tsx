import { useState, type FormEvent } from 'react';
import { api, errorText } from '../api.js';
import { useT } from '../i18n/LanguageProvider.js';
import { accountMessages as m } from './account.messages.js';

/** A new password; the server then ends every other session and revokes every API token of the account. */
export function PasswordForm({ onChanged }: { onChanged: () => void }) {
  const t = useT();
  const [error, setError] = useState<string | undefined>();
  const [done, setDone] = useState<string | undefined>();
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    setDone(undefined);
    if (data.get('newPassword') !== data.get('repeat')) {
      setError(t(m.repeatMismatch));
      return;
    }
    try {
      await api('POST', '/auth/password', { currentPassword: data.get('currentPassword'), newPassword: data.get('newPassword') });
      form.reset();
      setError(undefined);
      setDone(t(m.passwordChanged));
      onChanged();
    } catch (caught) {
      setError(errorText(caught));
    }
  };
  return (
    <form className="card account-form" aria-labelledby="password-title" onSubmit={(e) => void submit(e)}>
      <h2 id="password-title">{t(m.password)}</h2>
      <p className="muted">{t(m.passwordNote)}</p>
      <label>
        {t(m.currentPassword)}
        <input name="currentPassword" type="password" autoComplete="current-password" required />
      </label>
      <label>
        {t(m.newPassword, { min: 12 })}
        <input name="newPassword" type="password" autoComplete="new-password" minLength={12} required />
      </label>
      <label>
        {t(m.repeatPassword)}
        <input name="repeat" type="password" autoComplete="new-password" minLength={12} required />
      </label>
      <button type="submit">{t(m.changePassword)}</button>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <p role="status">{done}</p>
    </form>
  );
}
