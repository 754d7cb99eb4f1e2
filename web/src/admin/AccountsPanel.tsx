import { useEffect, useState, type FormEvent } from 'react';
import { api, errorText } from '../api.js';
import { CopyButton } from '../account/CopyButton.js';
import { oneTimePassword } from './admin-values.js';

interface Account {
  id: string;
  username: string;
  displayName: string;
  isAdmin: boolean;
  mustChangePassword: boolean;
  totp: boolean;
  disabled: boolean;
  createdAt: string;
}

/** The instance's accounts, and new ones with a one-time password shown once, to be changed at first sign-in. */
export function AccountsPanel({ onCreated }: { onCreated: () => void }) {
  const [accounts, setAccounts] = useState<Account[] | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [created, setCreated] = useState<{ username: string; password: string } | undefined>();
  const load = () => api<{ items: Account[] }>('GET', '/admin/accounts').then((r) => setAccounts(r.items), (e: unknown) => setError(errorText(e)));
  useEffect(() => {
    void load();
  }, []);

  const create = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const password = oneTimePassword(crypto.getRandomValues(new Uint8Array(24)));
    const displayName = String(data.get('displayName') ?? '').trim();
    setCreated(undefined);
    try {
      const account = await api<Account>('POST', '/admin/accounts', {
        username: String(data.get('username') ?? '').trim(),
        password,
        isAdmin: data.get('isAdmin') === 'on',
        ...(displayName ? { displayName } : {}),
      });
      setCreated({ username: account.username, password });
      setError(undefined);
      form.reset();
      onCreated();
      await load();
    } catch (caught) {
      setError(errorText(caught));
    }
  };

  return (
    <section aria-labelledby="accounts-title" className="admin-accounts">
      <h2 id="accounts-title">Accounts</h2>
      {accounts === undefined ? (
        !error && <p className="loading">Loading…</p>
      ) : (
        <div className="table-scroll">
          <table aria-label="Accounts">
            <thead>
              <tr>
                <th scope="col">Username</th>
                <th scope="col">Name</th>
                <th scope="col">Administrator</th>
                <th scope="col">Two-factor</th>
                <th scope="col">State</th>
                <th scope="col">Created</th>
              </tr>
            </thead>
            <tbody>
              {accounts.map((a) => (
                <tr key={a.id}>
                  <td dir="auto">{a.username}</td>
                  <td dir="auto">{a.displayName}</td>
                  <td>{a.isAdmin ? 'yes' : 'no'}</td>
                  <td>{a.totp ? 'on' : 'off'}</td>
                  <td>{a.disabled ? 'disabled' : a.mustChangePassword ? 'awaiting first sign-in' : 'active'}</td>
                  <td>{a.createdAt.slice(0, 10)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <form className="card inline" aria-labelledby="new-account-title" onSubmit={(e) => void create(e)}>
        <h3 id="new-account-title">New account</h3>
        <label>
          Username
          <input name="username" required minLength={2} maxLength={63} pattern="[a-z0-9][a-z0-9._\-]{1,62}" title="2 to 63 characters: lowercase letters, digits, dot, dash, underscore" autoComplete="off" />
        </label>
        <label>
          Display name
          <input name="displayName" maxLength={200} dir="auto" autoComplete="off" />
        </label>
        <label className="check">
          <input type="checkbox" name="isAdmin" />
          Instance administrator (manages accounts; sees no case it is not a member of)
        </label>
        <button type="submit">Create account</button>
      </form>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <p role="status">{created && `Account ${created.username} created.`}</p>
      {created && (
        <div className="card one-time">
          <p className="warning">
            The one-time password of <strong dir="auto">{created.username}</strong> is shown this once. Hand it over privately; it must be changed at first sign-in.
          </p>
          <label>
            One-time password of {created.username}
            <input readOnly value={created.password} className="secret" onFocus={(e) => e.currentTarget.select()} />
          </label>
          <CopyButton text={created.password} what="One-time password" />
        </div>
      )}
      <p className="muted">
        The API offers no reset or disabling of an account. To give someone a new one-time password (which also unlocks the account and clears its second factor), run{' '}
        <code>dossier account reset-password &lt;username&gt;</code> on the server.
      </p>
    </section>
  );
}
