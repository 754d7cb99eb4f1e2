import { useState, type FormEvent } from 'react';
import { api, ApiError, errorText } from './api.js';

export function SignIn({ onSignedIn }: { onSignedIn: () => void }) {
  const [error, setError] = useState<string | undefined>();
  const [needsCode, setNeedsCode] = useState(false);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const totp = String(form.get('totp') ?? '');
    try {
      await api('POST', '/auth/login', { username: form.get('username'), password: form.get('password'), ...(totp ? { totp } : {}) });
      onSignedIn();
    } catch (caught) {
      if (caught instanceof ApiError && caught.field === 'totp') setNeedsCode(true);
      setError(errorText(caught));
    }
  };
  return (
    <form className="card narrow" onSubmit={(e) => void submit(e)} aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">Sign in to Dossier</h1>
      <label>
        Username
        <input name="username" autoComplete="username" required />
      </label>
      <label>
        Password
        <input name="password" type="password" autoComplete="current-password" required />
      </label>
      {needsCode && (
        <label>
          Code from your authenticator
          <input name="totp" inputMode="numeric" pattern="[0-9]{6}" autoComplete="one-time-code" />
        </label>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <button type="submit">Sign in</button>
    </form>
  );
}

/** A one-time password (the first administrator's, or one an administrator set) is replaced before anything else. */
export function ChangePassword({ onChanged }: { onChanged: () => void }) {
  const [error, setError] = useState<string | undefined>();
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    // A typo here would lock the only administrator out: the new password is typed twice.
    if (form.get('next') !== form.get('repeat')) {
      setError('repeat: does not match the new password');
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
      <h1 id="change-title">Choose your password</h1>
      <p>The password you signed in with was for one use only.</p>
      <label>
        One-time password
        <input name="current" type="password" autoComplete="current-password" required />
      </label>
      <label>
        New password (at least 12 characters)
        <input name="next" type="password" autoComplete="new-password" minLength={12} required />
      </label>
      <label>
        Repeat the new password
        <input name="repeat" type="password" autoComplete="new-password" minLength={12} required />
      </label>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <button type="submit">Save and continue</button>
    </form>
  );
}
