import { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { useT } from '../i18n/LanguageProvider.js';
import { NOTICES_CHANGED, unreadCount } from './notifications-api.js';
import { notificationsMessages as m } from './notifications.messages.js';

/** How often the bell asks for the count while the page stays put (it also asks at every move within the app). */
const POLL_MS = 30_000;

/**
 * The bell in the top bar: a link to one's notifications, its label saying how many are unread. The count is
 * asked for every 30 s, whenever the address changes, and when a page marks notices read.
 */
export function Bell({ current, routeKey }: { current: boolean; routeKey: string }) {
  const t = useT();
  const intl = useIntl();
  const [count, setCount] = useState<number | undefined>();
  useEffect(() => {
    let live = true;
    const ask = () => void unreadCount().then((n) => live && setCount(n), () => undefined);
    ask();
    const timer = window.setInterval(ask, POLL_MS);
    window.addEventListener(NOTICES_CHANGED, ask);
    return () => {
      live = false;
      window.clearInterval(timer);
      window.removeEventListener(NOTICES_CHANGED, ask);
    };
  }, [routeKey]);
  const unread = count ?? 0;
  return (
    <a className="bell" href="#/notifications" aria-current={current ? 'page' : undefined} aria-label={t(m.bell, { count: unread })} data-unread={unread}>
      {/* Drawn, not a character: an emoji bell shows as an empty box where no emoji font is installed. */}
      <svg aria-hidden="true" className="bell-icon" viewBox="0 0 24 24" width="20" height="20" focusable="false">
        <path fill="currentColor" d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z" />
      </svg>
      {unread > 0 && (
        <span aria-hidden="true" className="bell-count">
          {intl.formatNumber(unread)}
        </span>
      )}
    </a>
  );
}
