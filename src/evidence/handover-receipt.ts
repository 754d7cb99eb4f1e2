/**
 * Handover receipts as signed notes (https://c2sp.org/signed-note), signed with the instance's ledger key:
 * the person who handed over a drive can prove, offline and years later, what was taken in from it and
 * under which ledger entries. Pure: no database, no files; the text itself is handover-receipt-text.ts.
 */
import { isDossierError } from '../common/errors.js';
import { toHex, sameBytes } from '../ledger/proofs/byte-encoding.js';
import { splitSignedNote, type NoteSignature } from '../ledger/proofs/note-format.js';
import { noteVerifier, openNote, signNote, type NoteSigner, type NoteVerifier } from '../ledger/proofs/signed-note.js';
import { parseReceipt, receiptInvalid, receiptText, RECEIPT_FORMAT_LINE, type HandoverReceipt } from './handover-receipt-text.js';
import { escapeLineValue, unescapeLineValue } from './receipt-line-escape.js';

export { parseReceipt, receiptText, receiptTotalBytes, RECEIPT_FORMAT_LINE, type HandoverReceipt, type ReceiptFile } from './handover-receipt-text.js';

export interface VerifiedReceipt {
  receipt: HandoverReceipt;
  /** The name of the key whose signature verified. */
  keyName: string;
}

/** Signs the receipt with `signer`, which must be the key the receipt names: checked before it leaves. */
export function signReceipt(receipt: HandoverReceipt, signer: NoteSigner): string {
  const note = signNote(receiptText(receipt), [signer]);
  verifyReceipt(note, receipt.verifierKey);
  return note;
}

/**
 * Checks a signed receipt against `verifierKey`, the key the organisation publishes: the signature, that
 * the receipt names that very key, and that its text is a receipt written the one way receipts are written.
 * Cosignatures by other keys are tolerated, as for checkpoints.
 */
export function verifyReceipt(note: string, verifierKey: string): VerifiedReceipt {
  const verifier = noteVerifier(verifierKey);
  const receipt = parseReceipt(openReceipt(note, verifier));
  if (receipt.verifierKey !== verifierKey) {
    throw receiptInvalid(`it names the key ${escapeLineValue(receipt.verifierKey)}, not ${verifierKey}, which it was checked against`, 3);
  }
  return { receipt, keyName: verifier.name };
}

/**
 * The key a receipt says it is signed with, read before anything is verified: only good for checking a
 * receipt that is its own word, which must then be compared with the key the organisation publishes.
 */
export function claimedReceiptKey(note: string): string {
  if (note.includes('\r')) throw receiptInvalid('it holds carriage returns: its line ends were changed (by an editor or a mail program?); verify the file as it was issued');
  const lines = splitSignedNote(note).text.split('\n');
  if (lines[0] !== RECEIPT_FORMAT_LINE) throw receiptInvalid(`line 1 must be "${RECEIPT_FORMAT_LINE}"`, 1);
  const keyLine = lines.findIndex((line) => line.startsWith('key '));
  const key = keyLine < 0 ? undefined : unescapeLineValue(lines[keyLine]!.slice('key '.length));
  if (!key || !('value' in key)) throw receiptInvalid('it names no key it is signed with (no readable "key" line): give the key the organisation publishes');
  try {
    noteVerifier(key.value);
  } catch (error) {
    throw receiptInvalid(`line ${keyLine + 1}: the key it names is not a verifier key (${(error as Error).message})`, keyLine + 1, error);
  }
  return key.value;
}

/** The note's text once its signature by `verifier` checks out, or an error saying what is wrong with it. */
function openReceipt(note: string, verifier: NoteVerifier): string {
  let signatures: NoteSignature[];
  try {
    signatures = splitSignedNote(note).signatures;
  } catch (error) {
    throw receiptInvalid(`it is not a well-formed signed note: ${(error as Error).message}`, undefined, error);
  }
  const signedByVerifier = signatures.some((s) => s.name === verifier.name && sameBytes(s.keyId, verifier.keyId));
  if (!signedByVerifier) {
    const signers = signatures.map((s) => `${escapeLineValue(s.name)} (key id ${toHex(s.keyId)})`).join(', ');
    throw receiptInvalid(`it is not signed by the key ${verifier.name} (key id ${toHex(verifier.keyId)}), but by ${signers}`);
  }
  try {
    return openNote(note, [verifier]).text;
  } catch (error) {
    if (!isDossierError(error, 'CHECKPOINT_INVALID')) throw error;
    throw receiptInvalid(`the signature by ${verifier.name} does not verify: the receipt was changed after it was signed`, undefined, error);
  }
}
