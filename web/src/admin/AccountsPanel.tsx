import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { api, errorText } from '../api.js';
import { CopyButton } from '../account/CopyButton.js';
import { useT } from '../i18n/LanguageProvider.js';
import { useLoaded } from '../use-loaded.js';
import { adminMessages as m } from './admin.messages.js';
import { oneTimePassword } from './admin-values.js';

/** The server's command that gives an account a new one-time password: a command, the same in every language. */
const RESET_COMMAND = 'dossier account reset-password <username>';

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
  const t = useT();
  const intl = useIntl();
  const { value: accounts, error: unread, reload } = useLoaded(() => api<{ items: Account[] }>('GET', '/admin/accounts').then((r) => r.items), []);
  const [failed, setFailed] = useState<string | undefined>();
  const [created, setCreated] = useState<{ username: string; password: string } | undefined>();
  const error = failed ?? unread;

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
      setFailed(undefined);
      form.reset();
      onCreated();
      await reload();
    } catch (caught) {
      setFailed(errorText(caught));
    }
  };

  return (
    <section aria-labelledby="accounts-title" className="admin-accounts">
      <h2 id="accounts-title">{t(m.accounts)}</h2>
      {accounts === undefined ? (
        !error && <p className="loading">{t(m.loading)}</p>
      ) : (
        <div className="table-scroll">
          <table aria-label={t(m.accounts)}>
            <thead>
              <tr>
                <th scope="col">{t(m.username)}</th>
                <th scope="col">{t(m.name)}</th>
                <th scope="col">{t(m.administrator)}</th>
                <th scope="col">{t(m.twoFactor)}</th>
                <th scope="col">{t(m.state)}</th>
                <th scope="col">{t(m.created)}</th>
              </tr>
            </thead>
            <tbody>
              {accounts.map((a) => (
                <tr key={a.id}>
                  <td dir="auto">{a.username}</td>
                  <td dir="auto">{a.displayName}</td>
                  <td>{a.isAdmin ? t(m.yes) : t(m.no)}</td>
                  <td>{a.totp ? t(m.on) : t(m.off)}</td>
                  <td>{a.disabled ? t(m.disabled) : a.mustChangePassword ? t(m.awaitingFirstSignIn) : t(m.active)}</td>
                  <td>{intl.formatDate(a.createdAt, { dateStyle: 'medium' })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <form className="card inline" aria-labelledby="new-account-title" onSubmit={(e) => void create(e)}>
        <h3 id="new-account-title">{t(m.newAccount)}</h3>
        <label>
          {t(m.username)}
          <input name="username" required minLength={2} maxLength={63} pattern="[a-z0-9][a-z0-9._\-]{1,62}" title={t(m.usernameRule, { min: 2, max: 63 })} autoComplete="off" dir="ltr" />
        </label>
        <label>
          {t(m.displayName)}
          <input name="displayName" maxLength={200} dir="auto" autoComplete="off" />
        </label>
        <label className="check">
          <input type="checkbox" name="isAdmin" />
          {t(m.isAdmin)}
        </label>
        <button type="submit">{t(m.createAccount)}</button>
      </form>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <p role="status">{created && t(m.accountCreated, { username: created.username })}</p>
      {created && (
        <div className="card one-time">
          <p className="warning">
            <FormattedMessage {...m.oneTimeShown} values={{ username: <strong dir="auto">{created.username}</strong> }} />
          </p>
          <label>
            {t(m.oneTimePasswordOf, { username: created.username })}
            <input readOnly value={created.password} className="secret" dir="ltr" onFocus={(e) => e.currentTarget.select()} />
          </label>
          <CopyButton text={created.password} what="oneTimePassword" />
        </div>
      )}
      <p className="muted">
        <FormattedMessage {...m.resetNote} values={{ command: <code dir="ltr">{RESET_COMMAND}</code> }} />
      </p>
    </section>
  );
}
