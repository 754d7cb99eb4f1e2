/**
 * WARC-Block-Digest and WARC-Payload-Digest values: "algorithm:value". Writers differ in how they spell the
 * value (Heritrix and warcio write SHA-1 in base 32, warcio.js SHA-256 in hex, others base 64 or base64url),
 * so a checker compares bytes, whatever the spelling.
 */
import { createHash, type Hash } from 'node:crypto';

const ALGORITHMS: Readonly<Record<string, { node: string; bytes: number }>> = {
  sha1: { node: 'sha1', bytes: 20 },
  'sha-1': { node: 'sha1', bytes: 20 },
  sha256: { node: 'sha256', bytes: 32 },
  'sha-256': { node: 'sha256', bytes: 32 },
  sha512: { node: 'sha512', bytes: 64 },
  'sha-512': { node: 'sha512', bytes: 64 },
  md5: { node: 'md5', bytes: 16 },
};

export interface DeclaredDigest {
  /** node:crypto's name of the algorithm, or null when it is not one this checker knows. */
  algorithm: string | null;
  label: string;
  bytes: Buffer | null;
}

export function parseDigest(value: string): DeclaredDigest {
  const colon = value.indexOf(':');
  const label = colon > 0 ? value.slice(0, colon).trim().toLowerCase() : '';
  const encoded = colon > 0 ? value.slice(colon + 1).trim() : value.trim();
  const known = ALGORITHMS[label];
  if (!known) return { algorithm: null, label, bytes: null };
  return { algorithm: known.node, label, bytes: decodeDigest(encoded, known.bytes) };
}

/** The digest bytes of a hex, base 32, base 64 or base64url spelling of the right length; null otherwise. */
export function decodeDigest(encoded: string, length: number): Buffer | null {
  if (encoded.length === length * 2 && /^[0-9a-fA-F]+$/.test(encoded)) return Buffer.from(encoded, 'hex');
  const unpadded = encoded.replace(/=+$/, '');
  if (unpadded.length === Math.ceil((length * 8) / 5) && /^[A-Z2-7]+$/i.test(unpadded)) return base32Decode(unpadded.toUpperCase());
  if (unpadded.length === Math.ceil((length * 4) / 3) && /^[A-Za-z0-9+/_-]+$/.test(unpadded)) {
    const bytes = Buffer.from(unpadded.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
    return bytes.length === length ? bytes : null;
  }
  return null;
}

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function base32Decode(text: string): Buffer {
  const out: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const char of text) {
    buffer = (buffer << 5) | BASE32.indexOf(char);
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out.push((buffer >> bits) & 0xff);
    }
  }
  return Buffer.from(out);
}

export function base32Encode(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += BASE32[(buffer >> bits) & 31];
    }
  }
  if (bits > 0) out += BASE32[(buffer << (5 - bits)) & 31];
  return out;
}

export type DigestVerdict = 'pass' | 'fail' | 'absent' | 'unknown-algorithm' | 'unreadable' | 'not-checked';

/** Hashes bytes as they pass for one declared digest, and says whether they match it. */
export class DigestCheck {
  private readonly hash: Hash | null;
  constructor(private readonly declared: DeclaredDigest | null) {
    this.hash = declared?.algorithm && declared.bytes ? createHash(declared.algorithm) : null;
  }

  update(bytes: Uint8Array): void {
    this.hash?.update(bytes);
  }

  verdict(): DigestVerdict {
    if (!this.declared) return 'absent';
    if (!this.declared.algorithm) return 'unknown-algorithm';
    if (!this.declared.bytes || !this.hash) return 'unreadable';
    return this.hash.digest().equals(this.declared.bytes) ? 'pass' : 'fail';
  }
}
