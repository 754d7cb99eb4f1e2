import type { CustodyEntry } from './ledger-api.js';

export interface DetailPart {
  label: string;
  text: string;
  /** The whole value when `text` is shortened. */
  full?: string;
}

const LONG = 32;

/**
 * An entry's details for a person reading a table. Free text never reaches the ledger, only salted hashes of
 * it ("committed"): those are named, not shown. Long values (hashes, keys, ids) are shortened, whole on hover.
 */
export function detailParts(entry: CustodyEntry): DetailPart[] {
  return Object.entries(entry.details ?? {}).map(([key, value]) => {
    if (key === 'committed' && value && typeof value === 'object') return { label: 'commits to', text: Object.keys(value).map(words).join(', ') };
    const text = value === null || typeof value !== 'object' ? String(value) : JSON.stringify(value);
    return text.length > LONG ? { label: words(key), text: `${text.slice(0, 20)}…`, full: text } : { label: words(key), text };
  });
}

export function timeText(iso: string): string {
  return `${iso.replace('T', ' ').slice(0, 19)} UTC`;
}

const words = (key: string) => key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
