import { useState } from 'react';
import { useIntl } from 'react-intl';
import { api, errorText } from '../api.js';
import { useT } from '../i18n/LanguageProvider.js';
import { useLoaded } from '../use-loaded.js';
import { securityMessages as m } from './security.messages.js';

interface SessionSummary {
  handle: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  address: string;
  current: boolean;
}

/** Every browser signed in to the account, each to be signed out, or all but this one at once. */
export function SessionsPanel({ onSignedOutHere }: { onSignedOutHere: () => void }) {
  const t = useT();
  const intl = useIntl();
  const [version, setVersion] = useState(0);
  const sessions = useLoaded(() => api<{ items: SessionSummary[] }>('GET', '/auth/sessions').then((r) => r.items), [version]);
  const [error, setError] = useState<string | undefined>();
  const [done, setDone] = useState<string | undefined>();
  const act = async (change: () => Promise<string>) => {
    setDone(undefined);
    try {
      const said = await change();
      setError(undefined);
      setDone(said);
      setVersion((v) => v + 1);
    } catch (caught) {
      setError(errorText(caught));
    }
  };
  const signOut = (session: SessionSummary) =>
    act(async () => {
      await api('DELETE', `/auth/sessions/${encodeURIComponent(session.handle)}`);
      if (session.current) onSignedOutHere();
      return t(m.sessionEnded);
    });
  const signOutOthers = () =>
    act(async () => {
      const { ended } = await api<{ ended: number }>('POST', '/auth/sessions/end-others');
      return t(m.othersSignedOut, { count: ended });
    });
  const when = (at: string) => intl.formatDate(at, { dateStyle: 'medium', timeStyle: 'short' });
  const items = sessions.value;
  return (
    <section aria-labelledby="sessions-title" className="sessions">
      <h2 id="sessions-title">{t(m.sessionsTitle)}</h2>
      <p>{t(m.sessionsNote)}</p>
      {!items ? (
        !sessions.error && <p className="loading">{t(m.loading)}</p>
      ) : (
        <table aria-label={t(m.sessionsTable)}>
          <thead>
            <tr>
              <th scope="col">{t(m.session)}</th>
              <th scope="col">{t(m.signedInAt)}</th>
              <th scope="col">{t(m.lastSeen)}</th>
              <th scope="col">{t(m.address)}</th>
              <th scope="col">{t(m.endSession)}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((session) => (
              <tr key={session.handle} aria-current={session.current ? 'true' : undefined}>
                <td>
                  <code dir="ltr">{session.handle.slice(0, 8)}</code>
                  {session.current && <strong className="this-session"> ({t(m.thisOne)})</strong>}
                </td>
                <td>{when(session.createdAt)}</td>
                <td>{when(session.lastSeenAt)}</td>
                <td dir="ltr">{session.address}</td>
                <td>
                  <button type="button" className="secondary" onClick={() => void signOut(session)} aria-label={t(m.endSessionNamed, { handle: session.handle.slice(0, 8) })}>
                    {t(m.endSession)}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button type="button" onClick={() => void signOutOthers()} disabled={!items || items.length < 2}>
        {t(m.endOthers)}
      </button>
      {(error ?? sessions.error) && (
        <p role="alert" className="error">
          {error ?? sessions.error}
        </p>
      )}
      <p role="status">{done}</p>
    </section>
  );
}
