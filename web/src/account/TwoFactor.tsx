import { useState, type FormEvent } from 'react';
import { api, errorText } from '../api.js';
import { groupedSecret, otpauthParts } from './account-values.js';
import { CopyButton } from './CopyButton.js';

interface Setup {
  secret: string;
  uri: string;
}

/** A second factor (TOTP): a new secret for the authenticator app, saved once a code from the app matches it. */
export function TwoFactor({ enabled, onChanged }: { enabled: boolean; onChanged: () => void }) {
  const [setup, setSetup] = useState<Setup | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [done, setDone] = useState<string | undefined>();
  const start = async () => {
    setDone(undefined);
    try {
      setSetup(await api<Setup>('POST', '/auth/totp'));
      setError(undefined);
    } catch (caught) {
      setError(errorText(caught));
    }
  };
  const confirm = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!setup) return;
    const data = new FormData(event.currentTarget);
    try {
      await api('POST', '/auth/totp/confirm', { secret: setup.secret, code: String(data.get('code') ?? '').trim(), currentPassword: data.get('currentPassword') });
      setSetup(undefined);
      setError(undefined);
      setDone('Two-factor sign-in is on: from now on, signing in asks for a code from your authenticator app.');
      onChanged();
    } catch (caught) {
      setError(errorText(caught));
    }
  };
  const parts = setup && otpauthParts(setup.uri);
  return (
    <section className="card account-form" aria-labelledby="totp-title">
      <h2 id="totp-title">Two-factor sign-in</h2>
      <p>
        {enabled ? (
          <>
            <strong className="ok">On.</strong> Setting it up again replaces the secret on your authenticator app.
          </>
        ) : (
          <>
            <strong>Off.</strong> With it, a stolen password alone does not open your account.
          </>
        )}
      </p>
      {!setup ? (
        <button type="button" onClick={() => void start()}>
          {enabled ? 'Replace the second factor' : 'Set up two-factor sign-in'}
        </button>
      ) : (
        <form onSubmit={(e) => void confirm(e)} aria-label="Confirm the second factor" className="totp-setup">
          <p>Add this account to your authenticator app, by its setup address or by typing the secret, then enter the code it shows.</p>
          <label>
            Secret
            <input readOnly value={groupedSecret(setup.secret)} className="secret" onFocus={(e) => e.currentTarget.select()} />
          </label>
          <CopyButton text={setup.secret} what="Secret" />
          <label>
            Setup address (otpauth URI)
            <input readOnly value={setup.uri} className="secret" onFocus={(e) => e.currentTarget.select()} />
          </label>
          {parts && (
            <p className="muted">
              Issuer {parts.issuer}, account {parts.account}, {parts.digits} digits every {parts.period} seconds ({parts.algorithm}), time-based.
            </p>
          )}
          <label>
            Code from the app
            <input name="code" inputMode="numeric" pattern="[0-9]{6}" autoComplete="one-time-code" required />
          </label>
          <label>
            Current password
            <input name="currentPassword" type="password" autoComplete="current-password" required />
          </label>
          <div className="actions">
            <button type="submit">Turn on</button>
            <button type="button" className="secondary" onClick={() => setSetup(undefined)}>
              Cancel
            </button>
          </div>
        </form>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <p role="status">{done}</p>
    </section>
  );
}
