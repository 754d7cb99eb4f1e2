import { randomBytesPooled } from './random.js';

// Crockford base32: no I, L, O, U, so ids survive being read aloud or copied by hand.
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

/** `length` base32 digits of a whole number below 2^53, most significant first. */
function base32OfNumber(value: number, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) {
    out = ALPHABET[value % 32] + out;
    value = Math.floor(value / 32);
  }
  return out;
}

/**
 * Bytes (a multiple of five) read as one big-endian number, five bits a digit: ten bytes make sixteen
 * digits. Done by shifts rather than through a BigInt, which cost microseconds an id.
 */
export function base32OfBytes(bytes: Uint8Array): string {
  let out = '';
  let pending = 0;
  let bits = 0;
  for (const byte of bytes) {
    pending = ((pending << 8) | byte) & 0xfff;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += ALPHABET[(pending >>> bits) & 31];
    }
  }
  return out;
}

/**
 * A time-ordered id (48-bit milliseconds + 80 random bits, as ULID) with a readable prefix such as
 * `ev_`: listing by id lists by creation time, and the prefix says what kind of thing an id names.
 */
export function newId(prefix: string, now: Date = new Date()): string {
  return `${prefix}_${base32OfNumber(now.getTime(), 10)}${base32OfBytes(randomBytesPooled(10))}`;
}

const SLUG = /^[a-z0-9][a-z0-9-]{0,62}[a-z0-9]$|^[a-z0-9]$/;

/** Case ids are chosen by people ("aleppo-2016"), so they are short lowercase slugs. */
export function isSlug(value: string): boolean {
  return SLUG.test(value);
}
