/**
 * The text of C2SP signed notes and their Ed25519 keys (https://c2sp.org/signed-note), parsed without any
 * cryptography: signed-note.ts checks signatures with node:crypto, webcrypto-note.ts with WebCrypto in a
 * browser, and both read notes and keys through these functions, so they agree on what is well formed.
 */
import { DossierError, invalidField } from '../../common/errors.js';
import type { WordingValues } from '../../common/wording.js';
import { concatBytes, decodeBase64Strict, utf8 } from './byte-encoding.js';
import { signedNoteWordings } from './note-wordings.js';
import { WordedError } from './worded-error.js';

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
  if (split < 0) throw noteRefused('noSignatureBlock');
  const text = note.slice(0, split + 1);
  checkNoteText(text);
  const block = note.slice(split + 2);
  if (!block.endsWith('\n')) throw noteRefused('blockWithoutNewline');
  return { text, signatures: block.slice(0, -1).split('\n').map(parseSignatureLine) };
}

function parseSignatureLine(line: string): NoteSignature {
  if (!line.startsWith(SIGNATURE_PREFIX)) throw noteRefused('lineWithoutDash');
  const rest = line.slice(SIGNATURE_PREFIX.length);
  const space = rest.indexOf(' ');
  if (space <= 0) throw noteRefused('lineShape');
  const name = rest.slice(0, space);
  const blob = decodeBase64Strict(rest.slice(space + 1), 'signature', () => noteRefused('notBase64', { what: 'signature' }));
  if (blob.length < 5) throw noteRefused('signatureTooShort', { name });
  return { name, keyId: blob.subarray(0, 4), signature: blob.subarray(4) };
}

/**
 * A verifier key `name+keyid+base64(alg || public key)`, parsed. `alg` is the signature type: 0x01 for a
 * log's Ed25519 note signatures, ALG_COSIGNATURE_V1 for a witness's cosignatures (c2sp.org/tlog-cosignature).
 */
export function parseVerifierKey(verifierKey: string, alg: number = ALG_ED25519): ParsedVerifierKey {
  const parts = splitKey(verifierKey, 3);
  if (!parts) throw keyRefused('keyShape');
  const [name, keyIdHex, keyData] = parts as [string, string, string];
  checkKeyName(name);
  const raw = decodeBase64Strict(keyData, 'verifier key', () => keyRefused('notBase64', { what: 'verifierKey' }));
  if (raw.length !== 33 || raw[0] !== alg) {
    throw keyRefused(alg === ALG_ED25519 ? 'notEd25519Key' : 'notCosignatureKey', { algorithm: 'Ed25519' });
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
  if (!Number.isSafeInteger(timestamp) || timestamp < 0) throw noteRefused('cosignatureTime', { time: String(timestamp) });
  return `cosignature/v1\ntime ${timestamp}\n${checkpointText}`;
}

/** A cosignature line's blob after its key id: a big-endian u64 time, then a 64-byte Ed25519 signature. */
export function splitTimestampedSignature(blob: Uint8Array, witness: string): { timestamp: number; signature: Uint8Array } {
  if (blob.length !== 8 + 64) throw noteRefused('notTimestamped', { witness, algorithm: 'Ed25519' });
  const time = new DataView(blob.buffer, blob.byteOffset, 8).getBigUint64(0);
  if (time > BigInt(Number.MAX_SAFE_INTEGER)) throw noteRefused('impossibleTime', { witness });
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
  if (!text.endsWith('\n')) throw noteRefused('textWithoutNewline');
  // Control characters other than newline are forbidden; a blank line would be read as the signature split.
  if (/[\u0000-\u0009\u000b-\u001f]/.test(text)) throw noteRefused('controlCharacter');
  if (text.includes('\n\n') || text.startsWith('\n')) throw noteRefused('blankLine');
}

/** Splits on '+' into exactly `count` parts; the last keeps any '+' of its own, as base64 may have them. */
export function splitKey(key: string, count: number): string[] | undefined {
  const parts = key.split('+');
  if (parts.length < count) return undefined;
  return [...parts.slice(0, count - 1), parts.slice(count - 1).join('+')];
}

export const keyInvalid = (message: string) => new DossierError('KEY_INVALID', message);
export const noteInvalid = (message: string) => new DossierError('CHECKPOINT_INVALID', message);

export type SignedNoteRefusal = keyof typeof signedNoteWordings.english;
/** The same errors, worded (note-wordings.ts), so a reader of the browser's verifier is told why in their language. */
export const keyRefused = (key: SignedNoteRefusal, values?: WordingValues) => new WordedError('KEY_INVALID', signedNoteWordings.say(key, values));
export const noteRefused = (key: SignedNoteRefusal, values?: WordingValues) => new WordedError('CHECKPOINT_INVALID', signedNoteWordings.say(key, values));
