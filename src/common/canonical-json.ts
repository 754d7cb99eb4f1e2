import canonicalize from 'canonicalize';
import { DossierError } from './errors.js';

/**
 * RFC 8785 (JSON Canonicalization Scheme): one byte sequence per value, so a ledger entry hashes the
 * same on every machine and in every language that implements the RFC.
 */
export function canonicalJson(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new DossierError('INTERNAL', 'value has no canonical JSON form');
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
