/**
 * The text of C2SP signed notes and their Ed25519 keys (https://c2sp.org/signed-note), parsed without any
 * cryptography: signed-note.ts checks signatures with node:crypto, webcrypto-note.ts with WebCrypto in a
 * browser, and both read notes and keys through these functions, so they agree on what is well formed.
 */
import { DossierError, invalidField } from '../common/errors.js';
import { concatBytes, decodeBase64Strict, utf8 } from './byte-encoding.js';

export interface NoteSignature {
  name: string;
  keyId: Uint8Array;
  signature: Uint8Array;
}

/** A verifier key `name+keyid+base64(0x01 || public key)`, parsed; the key id is still only claimed. */
export interface ParsedVerifierKey {
  name: string;
  keyIdHex: string;
  publicKey: Uint8Array;
}

export const ALG_ED25519 = 0x01;
export const SIGNATURE_PREFIX = '\u2014 '; // em dash and a space

/** Splits a signed note into the signed text and its signature lines; nothing is verified yet. */
export function splitSignedNote(note: string): { text: string; signatures: NoteSignature[] } {
  const split = note.lastIndexOf('\n\n');
  if (split < 0) throw noteInvalid('the note has no signature block (no blank line)');
  const text = note.slice(0, split + 1);
  checkNoteText(text);
  const block = note.slice(split + 2);
  if (!block.endsWith('\n')) throw noteInvalid('the signature block must end with a newline');
  return { text, signatures: block.slice(0, -1).split('\n').map(parseSignatureLine) };
}

function parseSignatureLine(line: string): NoteSignature {
  if (!line.startsWith(SIGNATURE_PREFIX)) throw noteInvalid('a signature line must start with an em dash and a space');
  const rest = line.slice(SIGNATURE_PREFIX.length);
  const space = rest.indexOf(' ');
  if (space <= 0) throw noteInvalid('a signature line must be "— name signature"');
  const name = rest.slice(0, space);
  const blob = decodeBase64Strict(rest.slice(space + 1), 'signature', noteInvalid);
  if (blob.length < 5) throw noteInvalid(`the signature by ${name} is too short`);
  return { name, keyId: blob.subarray(0, 4), signature: blob.subarray(4) };
}

/**
 * A verifier key `name+keyid+base64(alg || public key)`, parsed. `alg` is the signature type: 0x01 for a
 * log's Ed25519 note signatures, ALG_COSIGNATURE_V1 for a witness's cosignatures (c2sp.org/tlog-cosignature).
 */
export function parseVerifierKey(verifierKey: string, alg: number = ALG_ED25519): ParsedVerifierKey {
  const parts = splitKey(verifierKey, 3);
  if (!parts) throw keyInvalid('a verifier key has the form name+keyid+key');
  const [name, keyIdHex, keyData] = parts as [string, string, string];
  checkKeyName(name);
  const raw = decodeBase64Strict(keyData, 'verifier key', keyInvalid);
  if (raw.length !== 33 || raw[0] !== alg) {
    throw keyInvalid(alg === ALG_ED25519 ? 'the verifier key is not an Ed25519 key' : 'the verifier key is not an Ed25519 cosignature (type 0x04) key');
  }
  return { name, keyIdHex, publicKey: raw.subarray(1) };
}

/** Signature type of Ed25519 cosignatures (cosignature/v1); the key id commits to it instead of 0x01. */
export const ALG_COSIGNATURE_V1 = 0x04;

/**
 * What an Ed25519 cosignature signs (c2sp.org/tlog-cosignature): a header line, a time line, then the whole
 * checkpoint text. Shared by the server's check (cosignature.ts) and the browser's (webcrypto-note.ts).
 */
export function cosignedMessageText(checkpointText: string, timestamp: number): string {
  if (!Number.isSafeInteger(timestamp) || timestamp < 0) throw noteInvalid(`the cosignature time ${timestamp} is not a whole number of seconds`);
  return `cosignature/v1\ntime ${timestamp}\n${checkpointText}`;
}

/** A cosignature line's blob after its key id: a big-endian u64 time, then a 64-byte Ed25519 signature. */
export function splitTimestampedSignature(blob: Uint8Array, witness: string): { timestamp: number; signature: Uint8Array } {
  if (blob.length !== 8 + 64) throw noteInvalid(`the cosignature by ${witness} is not a timestamped Ed25519 signature`);
  const time = new DataView(blob.buffer, blob.byteOffset, 8).getBigUint64(0);
  if (time > BigInt(Number.MAX_SAFE_INTEGER)) throw noteInvalid(`the cosignature by ${witness} has an impossible time`);
  return { timestamp: Number(time), signature: blob.subarray(8) };
}

/** What a key id is the first four bytes of the SHA-256 of: name || "\n" || alg || public key. */
export function keyIdPreimage(name: string, publicKey: Uint8Array, alg: number = ALG_ED25519): Uint8Array {
  return concatBytes([utf8(`${name}\n`), Uint8Array.of(alg), publicKey]);
}

export function checkKeyName(name: string): void {
  if (name.length === 0 || /[\s+]/u.test(name)) throw invalidField('name', 'a key name must be non-empty, without spaces or "+"', name);
}

export function checkNoteText(text: string): void {
  if (!text.endsWith('\n')) throw noteInvalid('the note text must end with a newline');
  // Control characters other than newline are forbidden; a blank line would be read as the signature split.
  if (/[\u0000-\u0009\u000b-\u001f]/.test(text)) throw noteInvalid('the note text contains a control character');
  if (text.includes('\n\n') || text.startsWith('\n')) throw noteInvalid('the note text must not contain a blank line');
}

/** Splits on '+' into exactly `count` parts; the last keeps any '+' of its own, as base64 may have them. */
export function splitKey(key: string, count: number): string[] | undefined {
  const parts = key.split('+');
  if (parts.length < count) return undefined;
  return [...parts.slice(0, count - 1), parts.slice(count - 1).join('+')];
}

export const keyInvalid = (message: string) => new DossierError('KEY_INVALID', message);
export const noteInvalid = (message: string) => new DossierError('CHECKPOINT_INVALID', message);
