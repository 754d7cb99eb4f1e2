import { useState, type FormEvent } from 'react';
import { api, errorText } from '../api.js';
import { useT } from '../i18n/LanguageProvider.js';
import { accountMessages as m } from './account.messages.js';
import { asciiDigits, groupedSecret, otpauthParts } from './account-values.js';
import { CopyButton } from './CopyButton.js';

interface Setup {
  secret: string;
  uri: string;
}

/** A count read from the setup address, as a number where it is one (so that it is written in the reader's digits). */
function countOf(value: string): number | string {
  return /^\d+$/.test(value) ? Number(value) : value;
}

/** A second factor (TOTP): a new secret for the authenticator app, saved once a code from the app matches it; its recovery codes come with it. */
export function TwoFactor({ enabled, onChanged, onRecoveryCodes }: { enabled: boolean; onChanged: () => void; onRecoveryCodes: (codes: string[]) => void }) {
  const t = useT();
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
      const confirmed = await api<{ recoveryCodes: string[] }>('POST', '/auth/totp/confirm', { secret: setup.secret, code: asciiDigits(String(data.get('code') ?? '').trim()), currentPassword: data.get('currentPassword') });
      // The second factor's recovery codes come with it, shown once (RecoveryCodes).
      onRecoveryCodes(confirmed.recoveryCodes);
      setSetup(undefined);
      setError(undefined);
      setDone(t(m.twoFactorOn));
      onChanged();
    } catch (caught) {
      setError(errorText(caught));
    }
  };
  const parts = setup && otpauthParts(setup.uri);
  return (
    <section className="card account-form" aria-labelledby="totp-title">
      <h2 id="totp-title">{t(m.twoFactorTitle)}</h2>
      <p>
        {enabled ? (
          <>
            <strong className="ok">{t(m.on)}</strong> {t(m.onNote)}
          </>
        ) : (
          <>
            <strong>{t(m.off)}</strong> {t(m.offNote)}
          </>
        )}
      </p>
      {!setup ? (
        <button type="button" onClick={() => void start()}>
          {enabled ? t(m.replaceSecondFactor) : t(m.setUpTwoFactor)}
        </button>
      ) : (
        <form onSubmit={(e) => void confirm(e)} aria-label={t(m.confirmSecondFactor)} className="totp-setup">
          <p>{t(m.addToApp)}</p>
          <label>
            {t(m.secret)}
            <input readOnly value={groupedSecret(setup.secret)} className="secret" dir="ltr" onFocus={(e) => e.currentTarget.select()} />
          </label>
          <CopyButton text={setup.secret} what="secret" />
          <label>
            {t(m.setupAddress, { scheme: 'otpauth URI' })}
            <input readOnly value={setup.uri} className="secret" dir="ltr" onFocus={(e) => e.currentTarget.select()} />
          </label>
          {parts && (
            <p className="muted">
              {t(m.otpauthParts, { issuer: parts.issuer, account: parts.account, digits: countOf(parts.digits), period: countOf(parts.period), algorithm: parts.algorithm })}
            </p>
          )}
          <label>
            {t(m.codeFromApp)}
            <input name="code" inputMode="numeric" pattern={'[0-9\u0660-\u0669\u06f0-\u06f9]{6}'} autoComplete="one-time-code" dir="ltr" required />
          </label>
          <label>
            {t(m.currentPassword)}
            <input name="currentPassword" type="password" autoComplete="current-password" required />
          </label>
          <div className="actions">
            <button type="submit">{t(m.turnOn)}</button>
            <button type="button" className="secondary" onClick={() => setSetup(undefined)}>
              {t(m.cancel)}
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
