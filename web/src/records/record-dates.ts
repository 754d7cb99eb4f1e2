import type { IntlShape } from 'react-intl';

/**
 * The server's time stamps (ISO 8601, UTC) as the reader's language writes them, in UTC as the ledger keeps
 * them: a day ("10 Mar 2017"), or a moment with its time zone named.
 */
export function dayOf(intl: IntlShape, iso: string): string {
  return intl.formatDate(iso, { dateStyle: 'medium', timeZone: 'UTC' });
}

export function momentOf(intl: IntlShape, iso: string, seconds = true): string {
  return intl.formatDate(iso, seconds ? { dateStyle: 'medium', timeStyle: 'long', timeZone: 'UTC' } : { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'UTC', timeZoneName: 'short' });
}
