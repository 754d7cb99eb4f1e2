import { useState, type FormEvent, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { api, errorText, type Session } from '../api.js';
import { roleLabel } from '../case-admin/roles.js';
import { useT } from '../i18n/LanguageProvider.js';
import { useLoaded } from '../use-loaded.js';
import { invitationMessages as m } from './invitation.messages.js';

interface Preview {
  caseId: string;
  caseTitle: string;
  role: string;
  invitedBy: string;
  expiresAt: string;
  restrictedTo?: { username: string } | { email: true };
}

/** The server's password rule (src/access/accounts.ts), said before the server has to refuse. */
const MIN_PASSWORD = 12;

/**
 * What an invitation link opens: the case and role it offers; signed out, a form that makes one's own account
 * and joins; signed in, a button that joins with this account. A refusal (used, expired, revoked) is shown as
 * the server words it, naming the field.
 */
export function InvitationPage({ token, session, onJoined, languagePicker }: { token: string; session: Session | null; onJoined: (caseId: string) => void; languagePicker: ReactNode }) {
  const t = useT();
  const intl = useIntl();
  const preview = useLoaded(() => api<Preview>('POST', '/invitations/preview', { token }), [token]);
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const offer = preview.value;
  const byEmail = offer?.restrictedTo !== undefined && 'email' in offer.restrictedTo;
  const forUsername = offer?.restrictedTo !== undefined && 'username' in offer.restrictedTo ? offer.restrictedTo.username : undefined;

  const send = async (path: string, body: Record<string, unknown>) => {
    setBusy(true);
    try {
      const joined = await api<{ caseId: string }>('POST', path, { token, ...body });
      setError(undefined);
      onJoined(joined.caseId);
    } catch (caught) {
      setError(errorText(caught));
    } finally {
      setBusy(false);
    }
  };
  const accept = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    if (data.get('password') !== data.get('repeat')) {
      setError(t(m.repeatMismatch));
      return;
    }
    const email = String(data.get('email') ?? '').trim();
    void send('/invitations/accept', {
      username: String(data.get('username') ?? '').trim(),
      displayName: String(data.get('displayName') ?? '').trim(),
      password: data.get('password'),
      ...(email ? { email } : {}),
    });
  };
  const join = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get('email') ?? '').trim();
    void send('/invitations/join', email ? { email } : {});
  };
  const emailField = byEmail && (
    <label>
      {t(m.email)}
      <input name="email" type="email" autoComplete="email" dir="ltr" required />
    </label>
  );

  return (
    <section className="card narrow invitation" aria-labelledby="invitation-title">
      <div className="sign-in-language">{languagePicker}</div>
      <h1 id="invitation-title">{t(m.title)}</h1>
      {preview.error ? (
        <>
          <p role="alert" className="error">
            {t(m.refused)}: {preview.error}
          </p>
          <a href="#/">{t(m.toCases)}</a>
        </>
      ) : !offer ? (
        <p className="loading">{t(m.checking)}</p>
      ) : (
        <>
          <p className="lead">
            <FormattedMessage {...m.offer} values={{ by: <bdi>{offer.invitedBy}</bdi>, title: <strong dir="auto">{offer.caseTitle}</strong>, role: <strong>{roleLabel(offer.role)}</strong> }} />
          </p>
          <p>{t(m.expires, { date: intl.formatDate(offer.expiresAt, { dateStyle: 'long', timeStyle: 'short' }) })}</p>
          {forUsername && (
            <p>
              <FormattedMessage {...m.forAccount} values={{ username: <bdi>{forUsername}</bdi> }} />
            </p>
          )}
          {byEmail && <p>{t(m.forEmail)}</p>}
          {session ? (
            <form onSubmit={join} aria-label={t(m.join, { username: session.user.username })}>
              <p>
                <FormattedMessage {...m.signedInAs} values={{ username: <bdi>{session.user.username}</bdi> }} />
              </p>
              {emailField}
              <button type="submit" disabled={busy}>
                {t(m.join, { username: session.user.username })}
              </button>
            </form>
          ) : (
            <form onSubmit={accept} aria-labelledby="new-account-title" className="new-account">
              <h2 id="new-account-title">{t(m.newAccountTitle)}</h2>
              <p className="muted">{t(m.haveAccount)}</p>
              <label>
                {t(m.username)}
                <input name="username" autoComplete="username" dir="ltr" required defaultValue={forUsername} readOnly={forUsername !== undefined} />
              </label>
              <label>
                {t(m.displayName)}
                <input name="displayName" autoComplete="name" dir="auto" maxLength={200} />
              </label>
              {emailField}
              <label>
                {t(m.password, { min: MIN_PASSWORD })}
                <input name="password" type="password" autoComplete="new-password" minLength={MIN_PASSWORD} required />
              </label>
              <label>
                {t(m.repeatPassword)}
                <input name="repeat" type="password" autoComplete="new-password" minLength={MIN_PASSWORD} required />
              </label>
              <button type="submit" disabled={busy}>
                {t(m.accept)}
              </button>
            </form>
          )}
          {error && (
            <p role="alert" className="error">
              {error}
            </p>
          )}
        </>
      )}
    </section>
  );
}
