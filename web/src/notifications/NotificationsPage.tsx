import { useEffect, useState } from 'react';
import { errorText } from '../api.js';
import { utcTime } from '../format/dates.js';
import { useT } from '../i18n/LanguageProvider.js';
import { wordingText } from '../i18n/wording.js';
import { announceNoticesChanged, listNotices, markAllRead, markNotice, subjectHref, type Notice } from './notifications-api.js';
import { notificationsMessages as m } from './notifications.messages.js';
import './notifications.css';

/** One's notifications, newest first: each worded in the reader's language, linking to its subject, read or unread. */
export function NotificationsPage() {
  const t = useT();
  const [onlyUnread, setOnlyUnread] = useState(false);
  const [items, setItems] = useState<Notice[] | undefined>();
  const [cursor, setCursor] = useState<string | undefined>();
  const [error, setError] = useState<string | undefined>();

  const load = async (more: boolean) => {
    try {
      const page = await listNotices({ unread: onlyUnread, ...(more && cursor ? { cursor } : {}) });
      setItems((shown) => (more ? [...(shown ?? []), ...page.items] : page.items));
      setCursor(page.nextCursor);
      setError(undefined);
    } catch (caught) {
      setError(errorText(caught));
    }
  };
  useEffect(() => {
    void load(false);
    // Read again from the start when the filter changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [onlyUnread]);

  const toggle = async (notice: Notice) => {
    try {
      const answer = await markNotice(notice.id, notice.readAt === null);
      setItems((shown) => shown?.map((n) => (n.id === notice.id ? { ...n, readAt: answer.readAt } : n)));
      announceNoticesChanged();
    } catch (caught) {
      setError(errorText(caught));
    }
  };
  const readAll = async () => {
    try {
      await markAllRead();
      announceNoticesChanged();
      await load(false);
    } catch (caught) {
      setError(errorText(caught));
    }
  };
  /** Opening a notice reads it. */
  const opened = (notice: Notice) => {
    if (notice.readAt === null) void markNotice(notice.id, true).then(announceNoticesChanged, () => undefined);
  };

  return (
    <section aria-labelledby="notifications-title" className="notifications">
      <h1 id="notifications-title">{t(m.title)}</h1>
      <div className="notifications-tools">
        <label className="check">
          <input type="checkbox" checked={onlyUnread} onChange={(event) => setOnlyUnread(event.target.checked)} /> {t(m.onlyUnread)}
        </label>
        <button type="button" onClick={() => void readAll()} disabled={!items?.some((n) => n.readAt === null)}>
          {t(m.markAllRead)}
        </button>
      </div>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {items && items.length === 0 && <p className="muted">{t(m.none)}</p>}
      {items && items.length > 0 && (
        <ul className="notice-list">
          {items.map((notice) => {
            const words = wordingText(notice.wording);
            return (
              <li key={notice.id} className={notice.readAt === null ? 'notice unread' : 'notice'}>
                <div className="notice-text">
                  {notice.readAt === null && <span className="notice-dot">{t(m.unread)}</span>}
                  <a href={subjectHref(notice)} onClick={() => opened(notice)} dir="auto">
                    {words}
                  </a>
                  <span className="muted">
                    {t(m.inCase, { caseId: notice.caseId })} · <time dateTime={notice.createdAt}>{utcTime(notice.createdAt)}</time>
                  </span>
                </div>
                <button type="button" onClick={() => void toggle(notice)} aria-label={t(notice.readAt === null ? m.markReadOf : m.markUnreadOf, { notice: words })}>
                  {t(notice.readAt === null ? m.markRead : m.markUnread)}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {cursor && (
        <button type="button" onClick={() => void load(true)}>
          {t(m.more)}
        </button>
      )}
    </section>
  );
}
