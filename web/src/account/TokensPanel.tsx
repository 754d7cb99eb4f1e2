import { useEffect, useState } from 'react';
import { api, errorText } from '../api.js';
import { ConfirmButton } from '../case-admin/ConfirmButton.js';
import { roleLabel } from '../case-admin/roles.js';
import { tokenState, type ApiToken } from './account-values.js';
import { NewTokenForm } from './NewTokenForm.js';

/** One's API tokens, for scripts and the CLI's remote mode: made here, listed, revoked. */
export function TokensPanel({ cases, version }: { cases: { id: string; role: string }[]; version: number }) {
  const [tokens, setTokens] = useState<ApiToken[] | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [done, setDone] = useState<string | undefined>();
  const load = () => api<{ items: ApiToken[] }>('GET', '/auth/tokens').then((r) => setTokens(r.items), (e: unknown) => setError(errorText(e)));
  useEffect(() => {
    void load();
  }, [version]);
  const revoke = async (token: ApiToken) => {
    try {
      await api('DELETE', `/auth/tokens/${encodeURIComponent(token.id)}`);
      setError(undefined);
      setDone(`Token “${token.name}” revoked: it opens nothing any more.`);
      await load();
    } catch (caught) {
      setError(errorText(caught));
    }
  };
  const now = new Date();
  return (
    <section aria-labelledby="tokens-title" className="tokens">
      <h2 id="tokens-title">API tokens</h2>
      {tokens === undefined ? (
        !error && <p className="loading">Loading…</p>
      ) : tokens.length === 0 ? (
        <p className="muted">You have made no token.</p>
      ) : (
        <div className="table-scroll">
          <table aria-label="Your API tokens">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Role</th>
                <th scope="col">Cases</th>
                <th scope="col">Made</th>
                <th scope="col">Expires</th>
                <th scope="col">Last used</th>
                <th scope="col">State</th>
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
                    <td>{token.createdAt.slice(0, 10)}</td>
                    <td>{token.expiresAt?.slice(0, 10) ?? 'never'}</td>
                    <td>{token.lastUsedAt?.slice(0, 16).replace('T', ' ') ?? 'never'}</td>
                    <td>
                      {state === 'active' ? (
                        <ConfirmButton label="Revoke" question={`Revoke “${token.name}”?`} confirmLabel="Yes, revoke" onConfirm={() => revoke(token)} />
                      ) : (
                        <span className="muted">{state}</span>
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
      <NewTokenForm cases={cases} onCreated={() => void load()} />
    </section>
  );
}
