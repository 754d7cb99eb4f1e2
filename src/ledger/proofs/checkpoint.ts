/**
 * Signed tree heads in the C2SP tlog-checkpoint format (https://c2sp.org/tlog-checkpoint), signed and
 * verified as signed notes with node:crypto. Their text is read and written by checkpoint-format.ts.
 * Pure: what an offline verifier needs and nothing else.
 */
import { checkOrigin, formatCheckpoint, parseCheckpoint as parseCheckpointText, type Checkpoint } from './checkpoint-format.js';
import { noteVerifier, openNote, signNote, type NoteSigner, type NoteVerifier } from './signed-note.js';

export { formatCheckpoint, type Checkpoint } from './checkpoint-format.js';

/** As checkpoint-format.ts reads it, with the root hash as a Buffer, which is what Node.js callers get. */
export function parseCheckpoint(text: string): Checkpoint {
  const checkpoint = parseCheckpointText(text);
  return { ...checkpoint, rootHash: Buffer.from(checkpoint.rootHash) };
}

export function signCheckpoint(checkpoint: Checkpoint, signer: NoteSigner): string {
  return signNote(formatCheckpoint(checkpoint), [signer]);
}

/**
 * Verifies a signed checkpoint with the log's verifier key, and the origin when given. The key's name
 * must be the one that signed; cosignatures by other keys (witnesses) are tolerated.
 */
export function verifyCheckpoint(note: string, verifierKey: string | NoteVerifier, expectedOrigin?: string): Checkpoint {
  const verifier = typeof verifierKey === 'string' ? noteVerifier(verifierKey) : verifierKey;
  const { text } = openNote(note, [verifier]);
  return checkOrigin(parseCheckpoint(text), expectedOrigin);
}
