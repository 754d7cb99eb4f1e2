/**
 * Trust on first use for the log's key. The server sends both the signed head and the key that checks it,
 * so a server that was taken over could sign with a key of its own. The browser remembers the first key it
 * saw for each log; any other key fails every verification until the reader accepts it, having compared it
 * with the key their organisation publishes.
 */
import { translate } from '../i18n/active-locale.js';
import { timeText } from './entry-summary.js';
import { ledgerMessages as m } from './ledger.messages.js';

export interface KeyPin {
  verifierKey: string;
  /** When this browser first saw the key, or when the reader accepted it (ISO 8601). */
  since: string;
  how: 'first-use' | 'accepted';
}

export type KeyTrust =
  /** No key was pinned for this log: `pin` is the one to remember now. */
  | { status: 'first-use'; pin: KeyPin }
  | { status: 'pinned'; pin: KeyPin }
  | { status: 'changed'; pin: KeyPin; presented: string };

export function judgeKey(pinned: KeyPin | undefined, presented: string, now: Date): KeyTrust {
  if (pinned === undefined) return { status: 'first-use', pin: { verifierKey: presented, since: now.toISOString(), how: 'first-use' } };
  return pinned.verifierKey === presented ? { status: 'pinned', pin: pinned } : { status: 'changed', pin: pinned, presented };
}

/** The pin that replaces the old one when the reader accepts a new key. */
export function acceptedPin(presented: string, now: Date): KeyPin {
  return { verifierKey: presented, since: now.toISOString(), how: 'accepted' };
}

/** What every verification says while the presented key is not the pinned one. */
export function keyChangeReason(pin: KeyPin, presented: string): string {
  return translate(pin.how === 'accepted' ? m.keyChangedSinceAccepted : m.keyChangedSinceFirstSeen, { pinned: pin.verifierKey, presented });
}

/** When and how the pin was made, for display; `inThisBrowser` says where, in brackets. */
export function pinHistory(pin: KeyPin, inThisBrowser = false): string {
  const accepted = pin.how === 'accepted';
  return translate(inThisBrowser ? (accepted ? m.pinAcceptedHere : m.pinFirstSeenHere) : accepted ? m.pinAccepted : m.pinFirstSeen, { time: timeText(pin.since) });
}

/** Where a log's pin is stored: one entry per log origin. */
export function pinName(origin: string): string {
  return `dossier.ledger-key.${origin}`;
}

/** A stored pin, or undefined for none or for anything that is not one (which is then pinned afresh). */
export function parsePin(stored: string | null): KeyPin | undefined {
  if (stored === null) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(stored);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { verifierKey, since, how } = value as Record<string, unknown>;
  if (typeof verifierKey !== 'string' || verifierKey === '' || typeof since !== 'string' || Number.isNaN(Date.parse(since))) return undefined;
  if (how !== 'first-use' && how !== 'accepted') return undefined;
  return { verifierKey, since, how };
}
