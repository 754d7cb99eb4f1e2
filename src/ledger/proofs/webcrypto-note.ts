/**
 * Verifies a signed checkpoint with WebCrypto's Ed25519, for browsers. It reads notes and keys with the
 * same parsers as the server (note-format.ts, checkpoint-format.ts) and applies the same rule as
 * signed-note.ts's openNote: a signature that claims the log's key must verify, and one must.
 */
import { toHex, utf8 } from './byte-encoding.js';
import { checkOrigin, parseCheckpoint, type Checkpoint } from './checkpoint-format.js';
import { ALG_COSIGNATURE_V1, cosignedMessageText, keyIdPreimage, keyRefused, noteRefused, parseVerifierKey, splitSignedNote, splitTimestampedSignature } from './note-format.js';
import { sha256Async, webCrypto, type WebCryptoKey } from './webcrypto-merkle.js';

export interface LogKey {
  name: string;
  /** Four bytes, hex: what signature lines name the key by. */
  keyIdHex: string;
  key: WebCryptoKey;
}

/**
 * Parses a verifier key and checks that its key id is the one its public key gives. Throws KEY_INVALID.
 * `alg` 0x01 for a log's key, ALG_COSIGNATURE_V1 for a witness's.
 */
export async function importVerifierKey(verifierKey: string, alg?: number): Promise<LogKey> {
  const { name, keyIdHex, publicKey } = parseVerifierKey(verifierKey, alg);
  const id = toHex((await sha256Async(keyIdPreimage(name, publicKey, alg))).subarray(0, 4));
  if (id !== keyIdHex) throw keyRefused('keyIdMismatch', { keyId: keyIdHex });
  const key = await webCrypto().subtle.importKey('raw', Uint8Array.from(publicKey), { name: 'Ed25519' }, false, ['verify']);
  return { name, keyIdHex, key };
}

/** Opens a signed note and returns its text: the log's signature must verify; other signers (witnesses) are ignored. */
export async function openNoteAsync(note: string, logKey: LogKey): Promise<string> {
  const { text, signatures } = splitSignedNote(note);
  const message = Uint8Array.from(utf8(text));
  let verified = 0;
  for (const signature of signatures) {
    if (signature.name !== logKey.name || toHex(signature.keyId) !== logKey.keyIdHex) continue;
    const valid = signature.signature.length === 64 && (await webCrypto().subtle.verify({ name: 'Ed25519' }, logKey.key, Uint8Array.from(signature.signature), message));
    if (!valid) throw noteRefused('signatureFails', { name: signature.name });
    verified++;
  }
  if (verified === 0) throw noteRefused('noKnownSignature');
  return text;
}

/** Opens a signed checkpoint with the log's key, and checks its origin when one is expected. Throws. */
export async function verifyCheckpointAsync(note: string, verifierKey: string | LogKey, expectedOrigin?: string): Promise<Checkpoint> {
  const logKey = typeof verifierKey === 'string' ? await importVerifierKey(verifierKey) : verifierKey;
  return checkOrigin(parseCheckpoint(await openNoteAsync(note, logKey)), expectedOrigin);
}

export interface CosignatureVerdict {
  witness: string;
  /** Verified: the line is by this witness's key and checks; missing: the note has no line by it; failed: it does not check. */
  status: 'verified' | 'missing' | 'failed';
  /** When the witness says it cosigned (POSIX seconds), for a verified line. */
  timestamp?: number;
}

/** Each given witness's cosignature on a signed checkpoint, checked with WebCrypto (cosignature/v1). */
export async function checkCosignaturesAsync(note: string, witnesses: readonly { name: string; verifierKey: string }[]): Promise<CosignatureVerdict[]> {
  const { text, signatures } = splitSignedNote(note);
  const verdicts: CosignatureVerdict[] = [];
  for (const witness of witnesses) {
    const key = await importVerifierKey(witness.verifierKey, ALG_COSIGNATURE_V1);
    const line = signatures.find((s) => s.name === key.name && toHex(s.keyId) === key.keyIdHex);
    if (!line) {
      verdicts.push({ witness: key.name, status: 'missing' });
      continue;
    }
    try {
      const { timestamp, signature } = splitTimestampedSignature(line.signature, key.name);
      const message = Uint8Array.from(utf8(cosignedMessageText(text, timestamp)));
      const valid = await webCrypto().subtle.verify({ name: 'Ed25519' }, key.key, Uint8Array.from(signature), message);
      verdicts.push(valid ? { witness: key.name, status: 'verified', timestamp } : { witness: key.name, status: 'failed' });
    } catch {
      verdicts.push({ witness: key.name, status: 'failed' });
    }
  }
  return verdicts;
}
