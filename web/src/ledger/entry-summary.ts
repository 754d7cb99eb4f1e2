import { activeIntl, translate } from '../i18n/active-locale.js';
import { ledgerMessages as m } from './ledger.messages.js';
import type { CustodyEntry } from './ledger-api.js';

export interface DetailPart {
  label: string;
  text: string;
  /** The whole value when `text` is shortened. */
  full?: string;
  /** Whether `label` is the log's own field name (English, as the entry says it) rather than words of the app. */
  labelIsKey: boolean;
}

const LONG = 32;

/**
 * An entry's details for a person reading a table. Free text never reaches the ledger, only salted hashes of
 * it ("committed"): those are named, not shown. Long values (hashes, keys, ids) are shortened, whole on hover.
 * The keys are the log's own field names, shown as words but not translated: they are what the entry says.
 */
export function detailParts(entry: CustodyEntry): DetailPart[] {
  return Object.entries(entry.details ?? {}).map(([key, value]) => {
    if (key === 'committed' && value && typeof value === 'object') return { label: translate(m.commitsTo), text: Object.keys(value).map(words).join(', '), labelIsKey: false };
    const text = value === null || typeof value !== 'object' ? String(value) : JSON.stringify(value);
    return text.length > LONG ? { label: words(key), text: `${text.slice(0, 20)}…`, full: text, labelIsKey: true } : { label: words(key), text, labelIsKey: true };
  });
}

/** A time the ledger or its witnesses recorded, to the second and in UTC (as signed), in the reader's language. */
const TO_THE_SECOND = {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
  timeZone: 'UTC',
  timeZoneName: 'short',
} as const;

export function timeText(iso: string | Date): string {
  return activeIntl().formatDate(iso, TO_THE_SECOND);
}

/** The day alone and the time alone, for a table's two lines. */
export function dayText(iso: string): string {
  return activeIntl().formatDate(iso, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
}

export function clockText(iso: string): string {
  return activeIntl().formatTime(iso, { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23', timeZone: 'UTC', timeZoneName: 'short' });
}

const words = (key: string) => key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
