import { useEffect, useState } from 'react';
import { api, errorText } from '../api.js';
import { useT } from '../i18n/LanguageProvider.js';
import { notificationsMessages as m } from './notifications.messages.js';

/** Follow an incident (its status changes then notify me), or stop; assignment and commenting follow it too. */
export function FollowButton({ caseId, incidentId }: { caseId: string; incidentId: string }) {
  const t = useT();
  const [following, setFollowing] = useState<boolean | undefined>();
  const [error, setError] = useState<string | undefined>();
  const url = `/cases/${encodeURIComponent(caseId)}/incidents/${encodeURIComponent(incidentId)}/follow`;
  useEffect(() => {
    api<{ following: boolean }>('GET', url).then((answer) => setFollowing(answer.following), (caught: unknown) => setError(errorText(caught)));
  }, [url]);
  const change = async () => {
    try {
      setFollowing((await api<{ following: boolean }>(following ? 'DELETE' : 'PUT', url)).following);
      setError(undefined);
    } catch (caught) {
      setError(errorText(caught));
    }
  };
  if (following === undefined) return error ? <p role="alert" className="error">{error}</p> : null;
  return (
    <p className="follow">
      {following && <span className="muted">{t(m.following)} </span>}
      <button type="button" onClick={() => void change()}>
        {t(following ? m.unfollow : m.follow)}
      </button>
      {error && (
        <span role="alert" className="error">
          {' '}
          {error}
        </span>
      )}
    </p>
  );
}
