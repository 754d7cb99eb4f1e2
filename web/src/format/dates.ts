/**
 * Times and days as the server and devices give them, in the reader's language through Intl (digits included):
 * an instant in UTC, a device's clock as it wrote it, a day. Used wherever the app shows one, not only for evidence.
 */
import { activeIntl } from '../i18n/active-locale.js';

const DAY = { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' } as const;
const MINUTE = { ...DAY, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const;

function parsed(iso: string): Date | undefined {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** An instant (intake, a reading, a request) in UTC, said so: "Feb 14, 2017, 07:31 UTC"; the text as given if it is none. */
export function utcTime(iso: string, { seconds = false }: { seconds?: boolean } = {}): string {
  const date = parsed(iso);
  return date ? activeIntl().formatDate(date, { ...MINUTE, ...(seconds ? { second: '2-digit' } : {}), timeZoneName: 'short' }) : iso;
}

/** A device's clock as it wrote the time ("2017-03-02T16:20:00"), in no zone: shown as written, in the reader's words. */
export function deviceClock(local: string): string {
  const date = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/.test(local) ? parsed(`${local.slice(0, 19)}Z`) : undefined;
  return date ? activeIntl().formatDate(date, { ...MINUTE, second: '2-digit' }) : local.replace('T', ' ');
}

/** The day of a device-clock time ("2017-03-01T00:00:00" → "Mar 1, 2017"). */
export function calendarDay(local: string): string {
  const date = /^\d{4}-\d{2}-\d{2}/.test(local) ? parsed(`${local.slice(0, 10)}T00:00:00Z`) : undefined;
  return date ? activeIntl().formatDate(date, DAY) : local.slice(0, 10);
}
