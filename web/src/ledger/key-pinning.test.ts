import { afterEach, describe, expect, it } from 'vitest';
import { setActiveLocale } from '../i18n/active-locale.js';
import { acceptedPin, judgeKey, keyChangeReason, parsePin, pinHistory, pinName, type KeyPin } from './key-pinning.js';

const OLD_KEY = 'example.org/ledger+0a1b2c3d+AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA=';
const NEW_KEY = 'example.org/ledger+9f8e7d6c+AR8eHRwbGhkYFxYVFBMSERAPDg0MCwoJCAcGBQQDAgE=';
const MONDAY = new Date('2025-03-03T09:00:00.000Z');
const FRIDAY = new Date('2025-03-07T17:30:00.000Z');
const pinnedOnMonday: KeyPin = { verifierKey: OLD_KEY, since: MONDAY.toISOString(), how: 'first-use' };

describe('pinning the log’s key on first use', () => {
  it('pins the first key it sees, with the time it saw it', () => {
    expect(judgeKey(undefined, OLD_KEY, MONDAY)).toEqual({ status: 'first-use', pin: pinnedOnMonday });
  });

  it('trusts the same key later and keeps when it was first seen', () => {
    expect(judgeKey(pinnedOnMonday, OLD_KEY, FRIDAY)).toEqual({ status: 'pinned', pin: pinnedOnMonday });
  });

  it('reports any other key as a change, keeping the pinned one', () => {
    expect(judgeKey(pinnedOnMonday, NEW_KEY, FRIDAY)).toEqual({ status: 'changed', pin: pinnedOnMonday, presented: NEW_KEY });
    // Keys differ by a single character just as much.
    expect(judgeKey(pinnedOnMonday, `${OLD_KEY.slice(0, -2)}B=`, FRIDAY).status).toBe('changed');
  });

  it('trusts a new key once the reader accepts it, and reports a later change against the accepted one', () => {
    const accepted = acceptedPin(NEW_KEY, FRIDAY);
    expect(accepted).toEqual({ verifierKey: NEW_KEY, since: FRIDAY.toISOString(), how: 'accepted' });
    expect(judgeKey(accepted, NEW_KEY, FRIDAY).status).toBe('pinned');
    expect(judgeKey(accepted, OLD_KEY, FRIDAY)).toMatchObject({ status: 'changed', pin: accepted });
  });

  it('names both keys when the key changed', () => {
    expect(keyChangeReason(pinnedOnMonday, NEW_KEY)).toBe(`the log’s key changed since you first saw it (${OLD_KEY} → ${NEW_KEY})`);
    expect(keyChangeReason(acceptedPin(NEW_KEY, FRIDAY), OLD_KEY)).toBe(`the log’s key changed since you accepted it (${NEW_KEY} → ${OLD_KEY})`);
  });

  it('says when and how a key was pinned', () => {
    expect(pinHistory(pinnedOnMonday)).toBe('first seen on Mar 3, 2025, 09:00:00 UTC');
    expect(pinHistory(acceptedPin(NEW_KEY, FRIDAY))).toBe('accepted by you on Mar 7, 2025, 17:30:00 UTC');
    expect(pinHistory(pinnedOnMonday, true)).toBe('(first seen on Mar 3, 2025, 09:00:00 UTC in this browser)');
  });

  it('keeps one pin per log origin', () => {
    expect(pinName('example.org/ledger')).not.toBe(pinName('example.net/ledger'));
  });

  it('reads back a stored pin, and treats anything else as no pin', () => {
    expect(parsePin(JSON.stringify(pinnedOnMonday))).toEqual(pinnedOnMonday);
    expect(parsePin(null)).toBeUndefined();
    for (const stored of ['', 'not json', 'null', '"a key"', '{}', JSON.stringify({ ...pinnedOnMonday, verifierKey: '' }), JSON.stringify({ ...pinnedOnMonday, since: 'yesterday' }), JSON.stringify({ ...pinnedOnMonday, how: 'trusted' })]) {
      expect(parsePin(stored), stored).toBeUndefined();
    }
  });
});

describe('the pin in the reader’s language', () => {
  afterEach(() => setActiveLocale('en', undefined));

  it('writes the time with the reader’s locale and digits, still to the second and in UTC', () => {
    setActiveLocale('fr', undefined);
    expect(pinHistory(pinnedOnMonday)).toBe('vue pour la première fois le 3 mars 2025, 09:00:00 UTC');
    setActiveLocale('ar', 'latn');
    expect(pinHistory(pinnedOnMonday)).toBe('رُئي أول مرة في 3 مارس 2025، 09:00:00 UTC');
  });

  it('keeps the keys left to right inside an Arabic sentence', () => {
    setActiveLocale('ar', undefined);
    expect(keyChangeReason(pinnedOnMonday, NEW_KEY)).toBe(`تغيّر مفتاح السجل منذ أن رأيته أول مرة (\u2066${OLD_KEY}\u2069 ← \u2066${NEW_KEY}\u2069)`);
  });
});
