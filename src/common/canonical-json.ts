import canonicalize from 'canonicalize';
import { DossierError } from './errors.js';
import { findTextProblem, loneSurrogateProblem } from './text-checks.js';

/**
 * RFC 8785 (JSON Canonicalization Scheme): one byte sequence per value, so a ledger entry hashes the
 * same on every machine and in every language that implements the RFC.
 */
export function canonicalJson(value: unknown): string {
  // Plain data, all a record or an entry holds, is copied with its keys in order and written by the engine's
  // own JSON.stringify, a few times faster than the library's piece-by-piece writing (which matters at half
  // a million records an import). Anything out of the ordinary goes to the library, to be written or refused.
  const ordered = orderedCopy(value, 0);
  if (ordered !== UNUSUAL) {
    const text = JSON.stringify(ordered);
    if (!text.includes('\\u') || !LONE_SURROGATE_ESCAPE.test(text)) return text;
  }
  let text: string | undefined;
  try {
    text = canonicalize(value);
  } catch (error) {
    throw textFault(value) ?? error;
  }
  if (text === undefined) throw new DossierError('INTERNAL', 'value has no canonical JSON form');
  return text;
}

const UNUSUAL = Symbol('unusual');
/** Deeper than any document: a cycle, which the library names. */
const MAX_DEPTH = 500;

/**
 * A copy of a plain JSON value whose objects list their keys in RFC 8785 order (UTF-16 code units), for
 * JSON.stringify to write as they are; UNUSUAL for anything it would write otherwise: a number that is not
 * finite, a value JSON leaves out or converts, a key JavaScript orders first ("0") or treats specially.
 */
function orderedCopy(value: unknown, depth: number): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : UNUSUAL;
  if (typeof value !== 'object' || depth > MAX_DEPTH || typeof (value as { toJSON?: unknown }).toJSON === 'function') return UNUSUAL;
  if (Array.isArray(value)) {
    const copy = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) {
      if (!(i in value)) return UNUSUAL;
      const item = orderedCopy(value[i], depth + 1);
      if (item === UNUSUAL) return UNUSUAL;
      copy[i] = item;
    }
    return copy;
  }
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return UNUSUAL;
  const keys = sortedKeys(value);
  const copy: Record<string, unknown> = {};
  for (const key of keys) {
    const first = key.charCodeAt(0);
    if ((first >= 0x30 && first <= 0x39 && ARRAY_INDEX.test(key)) || key === '__proto__') return UNUSUAL;
    const item = orderedCopy((value as Record<string, unknown>)[key], depth + 1);
    if (item === UNUSUAL) return UNUSUAL;
    copy[key] = item;
  }
  return copy;
}

/**
 * A string that is not well-formed Unicode has no canonical form (RFC 8785 §3.2.2.2). It comes from the
 * input, not from a fault of ours: name the field, as a validation error. Anything else stays a bug.
 */
function textFault(value: unknown): DossierError | undefined {
  const found = findTextProblem(value, loneSurrogateProblem);
  if (!found) return undefined;
  const field = found.path || 'value';
  const problem = `${found.problem}, as canonical JSON (RFC 8785) requires`;
  return new DossierError('VALIDATION_FAILED', `${field}: ${problem}`, { field, problem });
}

/**
 * The canonical JSON of a value built with every object's keys already in RFC 8785 order and only finite
 * numbers (rows a caller writes by the thousand): JSON.stringify's text, unless a string holds a lone
 * surrogate, which canonicalJson refuses.
 */
export function canonicalJsonOfOrdered(value: unknown): string {
  const text = JSON.stringify(value);
  if (text.includes('\\u') && LONE_SURROGATE_ESCAPE.test(text)) return canonicalJson(value);
  return text;
}

export function canonicalJsonBytes(value: unknown): Buffer {
  return Buffer.from(canonicalJson(value), 'utf8');
}

/** True when `text` is exactly the canonical form of what it encodes (a hand-edited row usually is not). */
export function isCanonicalJson(text: string): boolean {
  try {
    return canonicalJson(JSON.parse(text)) === text;
  } catch {
    return false;
  }
}

/** A JSON.stringify output holds \uD800–\uDFFF escapes only for lone surrogates (pairs are written as they are). */
const LONE_SURROGATE_ESCAPE = /\\ud[89a-f][0-9a-f]{2}/i;
/** Keys a JavaScript object keeps in numeric order, ahead of all others. */
const ARRAY_INDEX = /^(?:0|[1-9]\d{0,9})$/;

/**
 * The same bytes as canonicalJson, for values of many megabytes (analysis results listing every incident id):
 * objects are written key by key, sorted as RFC 8785 sorts them (by UTF-16 code units), and arrays of plain
 * values (lists of ids, counts) are written by JSON.stringify in one native call. Anything out of the ordinary
 * is handed to canonicalJson, which writes or refuses it as the RFC says: a number that is not finite, a key
 * like "0" (which a JavaScript object always lists first), a value JSON leaves out or converts (undefined,
 * functions, toJSON), a lone surrogate.
 */
export function canonicalJsonOfLargeValue(value: unknown): string {
  let unusual = false;
  // The same few keys recur in thousands of objects: each is written and checked once.
  const written = new Map<string, string>();
  const keyText = (key: string): string => {
    let text = written.get(key);
    if (text === undefined) {
      if (ARRAY_INDEX.test(key)) unusual = true;
      written.set(key, (text = `${JSON.stringify(key)}:`));
    }
    return text;
  };
  const write = (item: unknown): string => {
    if (item === null || typeof item === 'string' || typeof item === 'boolean') return JSON.stringify(item);
    if (typeof item === 'number') {
      if (!Number.isFinite(item)) unusual = true;
      return JSON.stringify(item);
    }
    if (typeof item !== 'object' || typeof (item as { toJSON?: unknown }).toJSON === 'function') {
      unusual = true;
      return 'null';
    }
    if (Array.isArray(item)) {
      if (item.every(isPlainLeaf)) return JSON.stringify(item);
      // Rows alike (the same keys, plain values): a list of keys makes JSON.stringify write them in that order.
      const keys = sameFlatKeys(item);
      if (keys) return JSON.stringify(item, keys);
      let text = '[';
      for (let i = 0; i < item.length; i++) text += (i === 0 ? '' : ',') + write(item[i]);
      return text + ']';
    }
    let text = '{';
    let first = true;
    for (const key of sortedKeys(item)) {
      const field = (item as Record<string, unknown>)[key];
      if (field === undefined) {
        unusual = true;
        continue;
      }
      text += (first ? '' : ',') + keyText(key) + write(field);
      first = false;
    }
    return text + '}';
  };
  const text = write(value);
  if (unusual || LONE_SURROGATE_ESCAPE.test(text)) return canonicalJson(value);
  return text;
}

/** An object's keys in UTF-16 code unit order (most objects of a result are built in that order already). */
function sortedKeys(item: object): string[] {
  const keys = Object.keys(item);
  for (let i = 1; i < keys.length; i++) if (keys[i - 1]! > keys[i]!) return keys.sort();
  return keys;
}

/** The sorted keys every element shares, when each is an object with just those keys and plain or list values. */
function sameFlatKeys(items: unknown[]): string[] | undefined {
  const first = items[0];
  if (first === null || typeof first !== 'object' || Array.isArray(first) || typeof (first as { toJSON?: unknown }).toJSON === 'function') return undefined;
  const keys = sortedKeys(first);
  if (keys.some((key) => ARRAY_INDEX.test(key))) return undefined;
  for (const item of items) {
    if (item === null || typeof item !== 'object' || Array.isArray(item) || Object.getPrototypeOf(item) !== Object.prototype) return undefined;
    if (Object.keys(item).length !== keys.length) return undefined;
    for (const key of keys) {
      if (!Object.hasOwn(item, key)) return undefined;
      const field = (item as Record<string, unknown>)[key];
      if (!isPlainLeaf(field) && !(Array.isArray(field) && field.every(isPlainLeaf))) return undefined;
    }
  }
  return keys;
}

/** A value JSON.stringify writes exactly as canonical JSON does (a string's lone surrogates are caught after). */
function isPlainLeaf(item: unknown): boolean {
  return item === null || typeof item === 'string' || typeof item === 'boolean' || (typeof item === 'number' && Number.isFinite(item));
}
