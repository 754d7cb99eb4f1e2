/**
 * Witness cosignatures on checkpoints, Ed25519 `cosignature/v1` (https://c2sp.org/tlog-cosignature): a note
 * signature line whose blob is the key id, a big-endian u64 time in seconds and an Ed25519 signature over
 *   "cosignature/v1\n" "time <seconds>\n" <the checkpoint's whole text>.
 * A cosignature says: at that time, this was the largest checkpoint of the log the witness had seen, and it
 * was consistent with every one it saw before. Pure: node:crypto and the note format, nothing of the app.
 */
import { DossierError, invalidField } from '../../common/errors.js';
import { ALG_COSIGNATURE_V1, cosignedMessageText, SIGNATURE_PREFIX, splitSignedNote, splitTimestampedSignature, type NoteSignature } from './note-format.js';
import { generateNoteKey, noteSigner, noteVerifier, noteVerifierKey, type NoteSigner, type NoteVerifier } from './signed-note.js';

export interface Cosignature {
  /** The witness's key name. */
  witness: string;
  /** When the witness cosigned, in POSIX seconds. */
  timestamp: number;
}

/** A witness key pair: the signer key stays with the witness, the verifier key (type 0x04) is published. */
export function generateWitnessKey(name: string): { signerKey: string; verifierKey: string } {
  return generateNoteKey(name, ALG_COSIGNATURE_V1);
}

export function witnessSigner(signerKey: string): NoteSigner {
  return noteSigner(signerKey, ALG_COSIGNATURE_V1);
}

export function witnessVerifierKey(signerKey: string): string {
  return noteVerifierKey(signerKey, ALG_COSIGNATURE_V1);
}

export function witnessVerifier(verifierKey: string): NoteVerifier {
  return noteVerifier(verifierKey, ALG_COSIGNATURE_V1);
}

/** The bytes a cosignature signs: the header line, the time line, then the checkpoint text with its newline. */
export function cosignedMessage(checkpointText: string, timestamp: number): Buffer {
  return Buffer.from(cosignedMessageText(checkpointText, timestamp), 'utf8');
}

/** One note signature line ("— name base64(key id || time || signature)\n") cosigning `checkpointText`. */
export function cosignatureLine(checkpointText: string, signer: NoteSigner, timestamp: number): string {
  const time = Buffer.alloc(8);
  time.writeBigUInt64BE(BigInt(timestamp));
  const signature = signer.sign(cosignedMessage(checkpointText, timestamp));
  return `${SIGNATURE_PREFIX}${signer.name} ${Buffer.concat([signer.keyId, time, signature]).toString('base64')}\n`;
}

/**
 * The cosignatures of a signed checkpoint by the given witnesses, checked. Lines by other keys (the log's
 * own signature, unknown witnesses) are ignored, as the spec asks; a line that claims a given witness's name
 * and key id but does not verify makes the note invalid, since someone forged or damaged it.
 */
export function verifiedCosignatures(note: string, witnesses: readonly NoteVerifier[]): Cosignature[] {
  const { text, signatures } = splitSignedNote(note);
  const found: Cosignature[] = [];
  for (const signature of signatures) {
    const witness = witnesses.find((w) => w.name === signature.name && Buffer.from(w.keyId).equals(Buffer.from(signature.keyId)));
    if (!witness) continue;
    const timestamp = checkedCosignature(text, signature, witness);
    if (!found.some((c) => c.witness === witness.name)) found.push({ witness: witness.name, timestamp });
  }
  return found;
}

/**
 * Which of the given witnesses (verifier keys) vouch for a signed checkpoint, and whether at least `required`
 * of them do: what a court's or a defence's verifier asks of a case file's head, knowing only those keys.
 */
export function witnessesOf(note: string, witnessKeys: readonly string[], required: number): { witnesses: string[]; required: number; ok: boolean } {
  const verifiers = witnessKeys.map((key) => {
    try {
      return witnessVerifier(key);
    } catch (error) {
      throw invalidField('witness', `is not a witness verifier key: ${(error as Error).message}`, key);
    }
  });
  if (!Number.isSafeInteger(required) || required < 0 || required > verifiers.length) {
    throw invalidField('witnesses', `must be a whole number from 0 to the ${verifiers.length} witness keys given`, required);
  }
  const witnesses = verifiedCosignatures(note, verifiers).map((c) => c.witness);
  return { witnesses, required, ok: witnesses.length >= required };
}

function checkedCosignature(text: string, signature: NoteSignature, witness: NoteVerifier): number {
  const { timestamp, signature: bytes } = splitTimestampedSignature(signature.signature, witness.name);
  if (!witness.verify(cosignedMessage(text, timestamp), bytes)) {
    throw invalid(`the cosignature by ${witness.name} does not verify`);
  }
  return timestamp;
}

const invalid = (message: string) => new DossierError('CHECKPOINT_INVALID', message);
