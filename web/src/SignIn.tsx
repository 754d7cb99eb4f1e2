import { useState, type FormEvent, type ReactNode } from 'react';
import { api, ApiError, errorText } from './api.js';
import { appMessages as m } from './app.messages.js';
import { useT } from './i18n/LanguageProvider.js';

export function SignIn({ onSignedIn, languagePicker }: { onSignedIn: () => void; languagePicker: ReactNode }) {
  const t = useT();
  const [error, setError] = useState<string | undefined>();
  const [needsCode, setNeedsCode] = useState(false);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const code = String(form.get('totp') ?? '').trim();
    // Six digits are the authenticator's code; anything else typed there is read as a one-time recovery code.
    const secondFactor = code === '' ? {} : /^[0-9]{6}$/.test(code) ? { totp: code } : { recoveryCode: code };
    try {
      await api('POST', '/auth/login', { username: form.get('username'), password: form.get('password'), ...secondFactor });
      onSignedIn();
    } catch (caught) {
      if (caught instanceof ApiError && caught.field === 'totp') setNeedsCode(true);
      setError(errorText(caught));
    }
  };
  return (
    <form className="card narrow" onSubmit={(e) => void submit(e)} aria-labelledby="sign-in-title">
      <div className="sign-in-language">{languagePicker}</div>
      <h1 id="sign-in-title">{t(m.signInTitle)}</h1>
      <label>
        {t(m.username)}
        <input name="username" autoComplete="username" required />
      </label>
      <label>
        {t(m.password)}
        <input name="password" type="password" autoComplete="current-password" required />
      </label>
      {needsCode && (
        <label>
          {t(m.totp)}
          <input name="totp" autoComplete="one-time-code" dir="ltr" aria-describedby="totp-hint" />
          <span id="totp-hint" className="muted">
            {t(m.totpOrRecovery)}
          </span>
        </label>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <button type="submit">{t(m.signIn)}</button>
    </form>
  );
}

/** A one-time password (the first administrator's, or one an administrator set) is replaced before anything else. */
export function ChangePassword({ onChanged }: { onChanged: () => void }) {
  const t = useT();
  const [error, setError] = useState<string | undefined>();
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    // A typo here would lock the only administrator out: the new password is typed twice.
    if (form.get('next') !== form.get('repeat')) {
      setError(t(m.repeatMismatch));
      return;
    }
    try {
      await api('POST', '/auth/password', { currentPassword: form.get('current'), newPassword: form.get('next') });
      onChanged();
    } catch (caught) {
      setError(errorText(caught));
    }
  };
  return (
    <form className="card narrow" onSubmit={(e) => void submit(e)} aria-labelledby="change-title">
      <h1 id="change-title">{t(m.choosePasswordTitle)}</h1>
      <p>{t(m.oneUseOnly)}</p>
      <label>
        {t(m.oneTimePassword)}
        <input name="current" type="password" autoComplete="current-password" required />
      </label>
      <label>
        {t(m.newPassword)}
        <input name="next" type="password" autoComplete="new-password" minLength={12} required />
      </label>
      <label>
        {t(m.repeatPassword)}
        <input name="repeat" type="password" autoComplete="new-password" minLength={12} required />
      </label>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <button type="submit">{t(m.saveAndContinue)}</button>
    </form>
  );
}
