import { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { api, errorText } from '../api.js';
import { ConfirmButton } from '../case-admin/ConfirmButton.js';
import { roleLabel } from '../case-admin/roles.js';
import { useT } from '../i18n/LanguageProvider.js';
import { useLoaded } from '../use-loaded.js';
import { accountMessages as m } from './account.messages.js';
import { tokenState, type ApiToken } from './account-values.js';
import { NewTokenForm } from './NewTokenForm.js';

/** One's API tokens, for scripts and the CLI's remote mode: made here, listed, revoked. */
export function TokensPanel({ cases, version }: { cases: { id: string; role: string }[]; version: number }) {
  const t = useT();
  const intl = useIntl();
  const { value: tokens, error: unread, reload } = useLoaded(() => api<{ items: ApiToken[] }>('GET', '/auth/tokens').then((r) => r.items), []);
  // A new version (after a password change) reads the list again, the old one staying shown meanwhile.
  useEffect(() => {
    if (version > 0) void reload();
  }, [version, reload]);
  const [failed, setFailed] = useState<string | undefined>();
  const [done, setDone] = useState<string | undefined>();
  const error = failed ?? unread;
  const revoke = async (token: ApiToken) => {
    try {
      await api('DELETE', `/auth/tokens/${encodeURIComponent(token.id)}`);
      setFailed(undefined);
      setDone(t(m.tokenRevoked, { name: token.name }));
      await reload();
    } catch (caught) {
      setFailed(errorText(caught));
    }
  };
  const day = (at: string) => intl.formatDate(at, { dateStyle: 'medium' });
  const moment = (at: string) => intl.formatDate(at, { dateStyle: 'medium', timeStyle: 'short' });
  const now = new Date();
  return (
    <section aria-labelledby="tokens-title" className="tokens">
      <h2 id="tokens-title">{t(m.apiTokens)}</h2>
      {tokens === undefined ? (
        !error && <p className="loading">{t(m.loading)}</p>
      ) : tokens.length === 0 ? (
        <p className="muted">{t(m.noToken)}</p>
      ) : (
        <div className="table-scroll">
          <table aria-label={t(m.yourTokens)}>
            <thead>
              <tr>
                <th scope="col">{t(m.name)}</th>
                <th scope="col">{t(m.role)}</th>
                <th scope="col">{t(m.cases)}</th>
                <th scope="col">{t(m.made)}</th>
                <th scope="col">{t(m.expires)}</th>
                <th scope="col">{t(m.lastUsed)}</th>
                <th scope="col">{t(m.state)}</th>
              </tr>
            </thead>
            <tbody>
              {tokens.map((token) => {
                const state = tokenState(token, now);
                return (
                  <tr key={token.id}>
                    <td dir="auto">{token.name}</td>
                    <td>{roleLabel(token.role)}</td>
                    <td>{token.caseIds.join(', ')}</td>
                    <td>{day(token.createdAt)}</td>
                    <td>{token.expiresAt ? day(token.expiresAt) : t(m.neverExpires)}</td>
                    <td>{token.lastUsedAt ? moment(token.lastUsedAt) : t(m.neverUsed)}</td>
                    <td>
                      {state === 'active' ? (
                        <ConfirmButton label={t(m.revoke)} question={t(m.revokeQuestion, { name: token.name })} confirmLabel={t(m.yesRevoke)} onConfirm={() => revoke(token)} />
                      ) : (
                        <span className="muted">{state === 'revoked' ? t(m.revoked) : t(m.expired)}</span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <p role="status">{done}</p>
      <NewTokenForm cases={cases} onCreated={() => void reload()} />
    </section>
  );
}
