import { useEffect, useState } from 'react';
import type { Wording } from '../../../src/common/wording.js';
import { api, errorText } from '../api.js';
import { utcTime } from '../format/dates.js';
import { useT } from '../i18n/LanguageProvider.js';
import { wordingText } from '../i18n/wording.js';
import { subjectHref } from './notifications-api.js';
import { notificationsMessages as m } from './notifications.messages.js';
import './notifications.css';

interface ActivityItem {
  seq: number;
  at: string;
  actorName: string;
  subject: { kind: string; id: string } | null;
  wording: Wording;
}

/** What happened in a case, newest first, as the custody ledger logged it: who, what, which record. */
export function ActivityPage({ caseId }: { caseId: string }) {
  const t = useT();
  const [items, setItems] = useState<ActivityItem[] | undefined>();
  const [cursor, setCursor] = useState<string | undefined>();
  const [error, setError] = useState<string | undefined>();
  const load = async (after?: string) => {
    try {
      const page = await api<{ items: ActivityItem[]; nextCursor?: string }>('GET', `/cases/${encodeURIComponent(caseId)}/activity?limit=50${after ? `&cursor=${after}` : ''}`);
      setItems((shown) => (after ? [...(shown ?? []), ...page.items] : page.items));
      setCursor(page.nextCursor);
    } catch (caught) {
      setError(errorText(caught));
    }
  };
  useEffect(() => {
    setItems(undefined);
    void load();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [caseId]);
  return (
    <section aria-labelledby="activity-title">
      <h2 id="activity-title">{t(m.activity)}</h2>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {items && items.length === 0 && <p className="muted">{t(m.activityNone)}</p>}
      {items && items.length > 0 && (
        <ol className="activity-list">
          {items.map((item) => (
            <li key={item.seq}>
              <time dateTime={item.at} className="muted">
                {utcTime(item.at)}
              </time>{' '}
              {item.subject ? (
                <a href={subjectHref({ caseId, subject: item.subject })} dir="auto">
                  {wordingText(item.wording)}
                </a>
              ) : (
                <span dir="auto">{wordingText(item.wording)}</span>
              )}
            </li>
          ))}
        </ol>
      )}
      {cursor && (
        <button type="button" onClick={() => void load(cursor)}>
          {t(m.more)}
        </button>
      )}
    </section>
  );
}
