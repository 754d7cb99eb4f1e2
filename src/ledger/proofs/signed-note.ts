/**
 * C2SP signed notes (https://c2sp.org/signed-note) with Ed25519 keys, in the encodings Go's
 * golang.org/x/mod/sumdb/note uses, so transparency-log witnesses and verifiers read our checkpoints.
 * Pure: node:crypto only, nothing of the app; the text of notes and keys is read by note-format.ts,
 * which the browser's verifier (webcrypto-note.ts) shares.
 */
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { decodeBase64Strict } from './byte-encoding.js';
import {
  ALG_ED25519,
  checkKeyName,
  checkNoteText,
  keyIdPreimage,
  keyInvalid,
  keyRefused,
  noteRefused,
  parseVerifierKey,
  SIGNATURE_PREFIX,
  splitKey,
  splitSignedNote,
  type NoteSignature,
} from './note-format.js';

export type { NoteSignature } from './note-format.js';

export interface NoteSigner {
  readonly name: string;
  readonly keyId: Uint8Array;
  sign(message: Uint8Array): Uint8Array;
}

export interface NoteVerifier {
  readonly name: string;
  readonly keyId: Uint8Array;
  verify(message: Uint8Array, signature: Uint8Array): boolean;
}

export interface OpenedNote {
  text: string;
  verified: NoteSignature[];
  /** Signatures by keys we do not know, such as witness cosignatures: kept, not trusted. */
  unverified: NoteSignature[];
}

const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
const SPKI_ED25519_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/**
 * A new Ed25519 key pair as signer and verifier keys. `alg` is the signature type the key ids commit to:
 * 0x01 for a log's notes, ALG_COSIGNATURE_V1 (0x04) for a witness's cosignatures (cosignature.ts).
 */
export function generateNoteKey(name: string, alg: number = ALG_ED25519): { signerKey: string; verifierKey: string } {
  checkKeyName(name);
  const { privateKey } = generateKeyPairSync('ed25519');
  const seed = privateKey.export({ format: 'der', type: 'pkcs8' }).subarray(PKCS8_ED25519_PREFIX.length);
  const signerKey = encodeKey(['PRIVATE', 'KEY'], name, publicKeyOf(privateKey), seed, alg);
  return { signerKey, verifierKey: noteVerifierKey(signerKey, alg) };
}

/** The verifier key (`name+keyid+base64(alg||public key)`) that belongs to a signer key. */
export function noteVerifierKey(signerKey: string, alg: number = ALG_ED25519): string {
  const signer = parseSignerKey(signerKey, alg);
  return encodeKey([], signer.name, signer.publicKey, signer.publicKey, alg);
}

export function noteSigner(signerKey: string, alg: number = ALG_ED25519): NoteSigner {
  const { name, privateKey, publicKey } = parseSignerKey(signerKey, alg);
  return { name, keyId: keyId(name, publicKey, alg), sign: (message) => sign(null, message, privateKey) };
}

export function noteVerifier(verifierKey: string, alg: number = ALG_ED25519): NoteVerifier {
  const { name, keyIdHex: idHex, publicKey: publicBytes } = parseVerifierKey(verifierKey, alg);
  const id = keyId(name, publicBytes, alg);
  if (Buffer.from(id).toString('hex') !== idHex) throw keyRefused('keyIdMismatch', { keyId: idHex });
  const publicKey = createPublicKey({ key: Buffer.concat([SPKI_ED25519_PREFIX, publicBytes]), format: 'der', type: 'spki' });
  return { name, keyId: id, verify: (message, signature) => signature.length === 64 && verify(null, message, publicKey, signature) };
}

export function signNote(text: string, signers: readonly NoteSigner[]): string {
  checkNoteText(text);
  const message = Buffer.from(text, 'utf8');
  const lines = signers.map((s) => {
    const blob = Buffer.concat([s.keyId, s.sign(message)]).toString('base64');
    return `${SIGNATURE_PREFIX}${s.name} ${blob}\n`;
  });
  return `${text}\n${lines.join('')}`;
}

/**
 * Splits a signed note and checks its signatures. At least one must come from a known verifier; a
 * signature that claims a known key (name and key id) but does not verify makes the whole note invalid.
 */
export function openNote(note: string, verifiers: readonly NoteVerifier[]): OpenedNote {
  const { text, signatures } = splitSignedNote(note);
  const message = Buffer.from(text, 'utf8');
  const opened: OpenedNote = { text, verified: [], unverified: [] };
  for (const signature of signatures) {
    const verifier = verifiers.find((v) => v.name === signature.name && Buffer.from(v.keyId).equals(Buffer.from(signature.keyId)));
    if (!verifier) {
      opened.unverified.push(signature);
      continue;
    }
    if (!verifier.verify(message, signature.signature)) throw noteRefused('signatureFails', { name: signature.name });
    opened.verified.push(signature);
  }
  if (opened.verified.length === 0) throw noteRefused('noKnownSignature');
  return opened;
}

function parseSignerKey(signerKey: string, alg: number): { name: string; privateKey: KeyObject; publicKey: Buffer } {
  const parts = splitKey(signerKey, 5);
  if (!parts || parts[0] !== 'PRIVATE' || parts[1] !== 'KEY') throw keyInvalid('a signer key has the form PRIVATE+KEY+name+keyid+key');
  const [, , name, idHex, keyData] = parts as [string, string, string, string, string];
  checkKeyName(name);
  const raw = decodeBase64Strict(keyData, 'signer key', keyInvalid);
  if (raw.length !== 33 || raw[0] !== alg) throw keyInvalid(alg === ALG_ED25519 ? 'the signer key is not an Ed25519 key' : 'the signer key is not an Ed25519 cosignature (type 0x04) key');
  const privateKey = createPrivateKey({ key: Buffer.concat([PKCS8_ED25519_PREFIX, raw.subarray(1)]), format: 'der', type: 'pkcs8' });
  const publicKey = publicKeyOf(privateKey);
  if (Buffer.from(keyId(name, publicKey, alg)).toString('hex') !== idHex) throw keyInvalid(`the key id ${idHex} does not match the signer key`);
  return { name, privateKey, publicKey };
}

function publicKeyOf(privateKey: KeyObject): Buffer {
  return createPublicKey(privateKey).export({ format: 'der', type: 'spki' }).subarray(SPKI_ED25519_PREFIX.length);
}

/** First four bytes of SHA-256(name || "\n" || alg || public key): tells a verifier which key signed. */
function keyId(name: string, publicKey: Uint8Array, alg: number): Uint8Array {
  return createHash('sha256').update(keyIdPreimage(name, publicKey, alg)).digest().subarray(0, 4);
}

function encodeKey(prefix: string[], name: string, publicKey: Uint8Array, keyBytes: Uint8Array, alg: number): string {
  const id = Buffer.from(keyId(name, publicKey, alg)).toString('hex');
  const data = Buffer.concat([Buffer.from([alg]), keyBytes]).toString('base64');
  return [...prefix, name, id, data].join('+');
}

