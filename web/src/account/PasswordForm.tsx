import { useState, type FormEvent } from 'react';
import { api, errorText } from '../api.js';

/** A new password; the server then ends every other session and revokes every API token of the account. */
export function PasswordForm({ onChanged }: { onChanged: () => void }) {
  const [error, setError] = useState<string | undefined>();
  const [done, setDone] = useState<string | undefined>();
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    setDone(undefined);
    if (data.get('newPassword') !== data.get('repeat')) {
      setError('repeat: does not match the new password');
      return;
    }
    try {
      await api('POST', '/auth/password', { currentPassword: data.get('currentPassword'), newPassword: data.get('newPassword') });
      form.reset();
      setError(undefined);
      setDone('Password changed. Your other browsers are signed out and your API tokens are revoked: make new ones where you still need them.');
      onChanged();
    } catch (caught) {
      setError(errorText(caught));
    }
  };
  return (
    <form className="card account-form" aria-labelledby="password-title" onSubmit={(e) => void submit(e)}>
      <h2 id="password-title">Password</h2>
      <p className="muted">Changing it signs out your other browsers and revokes every API token you made (whoever knew the old password may have made one).</p>
      <label>
        Current password
        <input name="currentPassword" type="password" autoComplete="current-password" required />
      </label>
      <label>
        New password (at least 12 characters)
        <input name="newPassword" type="password" autoComplete="new-password" minLength={12} required />
      </label>
      <label>
        Repeat the new password
        <input name="repeat" type="password" autoComplete="new-password" minLength={12} required />
      </label>
      <button type="submit">Change password</button>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <p role="status">{done}</p>
    </form>
  );
}
