/**
 * The log keys this browser has pinned, in localStorage (key-pinning.ts decides; this only reads and writes).
 * Accepting a new key tells every check on the page to run again; so does a pin changed in another tab.
 */
import { useEffect, useState } from 'react';
import { acceptedPin, judgeKey, parsePin, pinName, type KeyTrust } from './key-pinning.js';

const accepted = new EventTarget();

function readPin(origin: string) {
  try {
    return parsePin(window.localStorage.getItem(pinName(origin)));
  } catch {
    return undefined; // storage refused (a browser policy): every visit is then a first use
  }
}

function writePin(origin: string, value: unknown): void {
  try {
    window.localStorage.setItem(pinName(origin), JSON.stringify(value));
  } catch {
    // as above: nothing can be remembered
  }
}

/** Judges the key a log presented against this browser's pin for it, pinning it if none. */
export function trustKey(origin: string, verifierKey: string): KeyTrust {
  const trust = judgeKey(readPin(origin), verifierKey, new Date());
  if (trust.status === 'first-use') writePin(origin, trust.pin);
  return trust;
}

/** The reader's explicit acceptance of a new key, after comparing it with the published one. */
export function acceptKey(origin: string, verifierKey: string): void {
  writePin(origin, acceptedPin(verifierKey, new Date()));
  accepted.dispatchEvent(new Event('accepted'));
}

/** A number that grows whenever a pin is accepted here or changes in another tab: checks depend on it. */
export function usePinChanges(): number {
  const [changes, setChanges] = useState(0);
  useEffect(() => {
    const changed = () => setChanges((n) => n + 1);
    const fromOtherTab = (event: StorageEvent) => (event.key === null || event.key.startsWith(pinName(''))) && changed();
    accepted.addEventListener('accepted', changed);
    window.addEventListener('storage', fromOtherTab);
    return () => {
      accepted.removeEventListener('accepted', changed);
      window.removeEventListener('storage', fromOtherTab);
    };
  }, []);
  return changes;
}
