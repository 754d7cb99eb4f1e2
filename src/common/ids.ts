import { randomBytesPooled } from './random.js';

// Crockford base32: no I, L, O, U, so ids survive being read aloud or copied by hand.
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

function base32(value: bigint, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) {
    out = ALPHABET[Number(value & 31n)] + out;
    value >>= 5n;
  }
  return out;
}

/**
 * A time-ordered id (48-bit milliseconds + 80 random bits, as ULID) with a readable prefix such as
 * `ev_`: listing by id lists by creation time, and the prefix says what kind of thing an id names.
 */
export function newId(prefix: string, now: Date = new Date()): string {
  const time = base32(BigInt(now.getTime()), 10);
  const random = base32(BigInt('0x' + randomBytesPooled(10).toString('hex')), 16);
  return `${prefix}_${time}${random}`;
}

const SLUG = /^[a-z0-9][a-z0-9-]{0,62}[a-z0-9]$|^[a-z0-9]$/;

/** Case ids are chosen by people ("aleppo-2016"), so they are short lowercase slugs. */
export function isSlug(value: string): boolean {
  return SLUG.test(value);
}
