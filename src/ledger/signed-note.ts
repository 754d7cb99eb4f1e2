/**
 * C2SP signed notes (https://c2sp.org/signed-note) with Ed25519 keys, in the encodings Go's
 * golang.org/x/mod/sumdb/note uses, so transparency-log witnesses and verifiers read our checkpoints.
 * Pure: node:crypto only, nothing of the app.
 */
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { DossierError, invalidField } from '../common/errors.js';

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

export interface NoteSignature {
  name: string;
  keyId: Uint8Array;
  signature: Uint8Array;
}

export interface OpenedNote {
  text: string;
  verified: NoteSignature[];
  /** Signatures by keys we do not know, such as witness cosignatures: kept, not trusted. */
  unverified: NoteSignature[];
}

const ALG_ED25519 = 0x01;
const SIGNATURE_PREFIX = '\u2014 '; // em dash and a space
const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
const SPKI_ED25519_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

export function generateNoteKey(name: string): { signerKey: string; verifierKey: string } {
  checkKeyName(name);
  const { privateKey } = generateKeyPairSync('ed25519');
  const seed = privateKey.export({ format: 'der', type: 'pkcs8' }).subarray(PKCS8_ED25519_PREFIX.length);
  const signerKey = encodeKey(['PRIVATE', 'KEY'], name, publicKeyOf(privateKey), seed);
  return { signerKey, verifierKey: noteVerifierKey(signerKey) };
}

/** The verifier key (`name+keyid+base64(0x01||public key)`) that belongs to a signer key. */
export function noteVerifierKey(signerKey: string): string {
  const signer = parseSignerKey(signerKey);
  return encodeKey([], signer.name, signer.publicKey, signer.publicKey);
}

export function noteSigner(signerKey: string): NoteSigner {
  const { name, privateKey, publicKey } = parseSignerKey(signerKey);
  return { name, keyId: keyId(name, publicKey), sign: (message) => sign(null, message, privateKey) };
}

export function noteVerifier(verifierKey: string): NoteVerifier {
  const parts = splitKey(verifierKey, 3);
  if (!parts) throw keyInvalid('a verifier key has the form name+keyid+key');
  const [name, idHex, keyData] = parts as [string, string, string];
  checkKeyName(name);
  const raw = decodeBase64Strict(keyData, 'verifier key', keyInvalid);
  if (raw.length !== 33 || raw[0] !== ALG_ED25519) throw keyInvalid('the verifier key is not an Ed25519 key');
  const publicBytes = raw.subarray(1);
  const id = keyId(name, publicBytes);
  if (Buffer.from(id).toString('hex') !== idHex) throw keyInvalid(`the key id ${idHex} does not match the key`);
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
  const split = note.lastIndexOf('\n\n');
  if (split < 0) throw noteInvalid('the note has no signature block (no blank line)');
  const text = note.slice(0, split + 1);
  checkNoteText(text);
  const block = note.slice(split + 2);
  if (!block.endsWith('\n')) throw noteInvalid('the signature block must end with a newline');
  const message = Buffer.from(text, 'utf8');
  const opened: OpenedNote = { text, verified: [], unverified: [] };
  for (const line of block.slice(0, -1).split('\n')) {
    const signature = parseSignatureLine(line);
    const verifier = verifiers.find((v) => v.name === signature.name && Buffer.from(v.keyId).equals(Buffer.from(signature.keyId)));
    if (!verifier) {
      opened.unverified.push(signature);
      continue;
    }
    if (!verifier.verify(message, signature.signature)) throw noteInvalid(`the signature by ${signature.name} does not verify`);
    opened.verified.push(signature);
  }
  if (opened.verified.length === 0) throw noteInvalid('the note carries no signature by a known key');
  return opened;
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

function parseSignerKey(signerKey: string): { name: string; privateKey: KeyObject; publicKey: Buffer } {
  const parts = splitKey(signerKey, 5);
  if (!parts || parts[0] !== 'PRIVATE' || parts[1] !== 'KEY') throw keyInvalid('a signer key has the form PRIVATE+KEY+name+keyid+key');
  const [, , name, idHex, keyData] = parts as [string, string, string, string, string];
  checkKeyName(name);
  const raw = decodeBase64Strict(keyData, 'signer key', keyInvalid);
  if (raw.length !== 33 || raw[0] !== ALG_ED25519) throw keyInvalid('the signer key is not an Ed25519 key');
  const privateKey = createPrivateKey({ key: Buffer.concat([PKCS8_ED25519_PREFIX, raw.subarray(1)]), format: 'der', type: 'pkcs8' });
  const publicKey = publicKeyOf(privateKey);
  if (Buffer.from(keyId(name, publicKey)).toString('hex') !== idHex) throw keyInvalid(`the key id ${idHex} does not match the signer key`);
  return { name, privateKey, publicKey };
}

function publicKeyOf(privateKey: KeyObject): Buffer {
  return createPublicKey(privateKey).export({ format: 'der', type: 'spki' }).subarray(SPKI_ED25519_PREFIX.length);
}

/** First four bytes of SHA-256(name || "\n" || alg || public key): tells a verifier which key signed. */
function keyId(name: string, publicKey: Uint8Array): Uint8Array {
  return createHash('sha256').update(`${name}\n`).update(Buffer.from([ALG_ED25519])).update(publicKey).digest().subarray(0, 4);
}

function encodeKey(prefix: string[], name: string, publicKey: Uint8Array, keyBytes: Uint8Array): string {
  const id = Buffer.from(keyId(name, publicKey)).toString('hex');
  const data = Buffer.concat([Buffer.from([ALG_ED25519]), keyBytes]).toString('base64');
  return [...prefix, name, id, data].join('+');
}

function checkKeyName(name: string): void {
  if (name.length === 0 || /[\s+]/u.test(name)) throw invalidField('name', 'a key name must be non-empty, without spaces or "+"', name);
}

function checkNoteText(text: string): void {
  if (!text.endsWith('\n')) throw noteInvalid('the note text must end with a newline');
  // Control characters other than newline are forbidden; a blank line would be read as the signature split.
  if (/[\u0000-\u0009\u000b-\u001f]/.test(text)) throw noteInvalid('the note text contains a control character');
  if (text.includes('\n\n') || text.startsWith('\n')) throw noteInvalid('the note text must not contain a blank line');
}

/** Splits on '+' into exactly `count` parts; the last keeps any '+' of its own, as base64 may have them. */
function splitKey(key: string, count: number): string[] | undefined {
  const parts = key.split('+');
  if (parts.length < count) return undefined;
  return [...parts.slice(0, count - 1), parts.slice(count - 1).join('+')];
}

function decodeBase64Strict(value: string, what: string, fail: (message: string) => DossierError): Buffer {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(value) || value.length % 4 !== 0) throw fail(`the ${what} is not valid base64`);
  return Buffer.from(value, 'base64');
}

const keyInvalid = (message: string) => new DossierError('KEY_INVALID', message);
const noteInvalid = (message: string) => new DossierError('CHECKPOINT_INVALID', message);
