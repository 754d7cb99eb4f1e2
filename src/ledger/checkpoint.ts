/**
 * Signed tree heads in the C2SP tlog-checkpoint format (https://c2sp.org/tlog-checkpoint): the origin,
 * the tree size in decimal, the root hash in base64, optional extension lines, as a signed note.
 * Pure: what an offline verifier needs and nothing else.
 */
import { DossierError } from '../common/errors.js';
import { HASH_SIZE } from './merkle.js';
import { noteVerifier, openNote, signNote, type NoteSigner, type NoteVerifier } from './signed-note.js';

export interface Checkpoint {
  origin: string;
  treeSize: number;
  rootHash: Uint8Array;
  extensions: string[];
}

export function formatCheckpoint(checkpoint: Checkpoint): string {
  if (!checkpoint.origin || checkpoint.origin.includes('\n')) throw invalid('the origin must be one non-empty line');
  if (!Number.isSafeInteger(checkpoint.treeSize) || checkpoint.treeSize < 0) throw invalid('the tree size must be a non-negative integer');
  if (checkpoint.rootHash.length !== HASH_SIZE) throw invalid(`the root hash must be ${HASH_SIZE} bytes`);
  const lines = [checkpoint.origin, String(checkpoint.treeSize), Buffer.from(checkpoint.rootHash).toString('base64'), ...checkpoint.extensions];
  return lines.map((line) => `${line}\n`).join('');
}

export function parseCheckpoint(text: string): Checkpoint {
  if (!text.endsWith('\n')) throw invalid('the checkpoint text must end with a newline');
  const lines = text.slice(0, -1).split('\n');
  if (lines.length < 3) throw invalid('a checkpoint needs an origin, a tree size and a root hash line');
  const [origin, size, root, ...extensions] = lines as [string, string, string, ...string[]];
  if (origin.length === 0) throw invalid('the origin line is empty');
  if (!/^(0|[1-9][0-9]*)$/.test(size) || !Number.isSafeInteger(Number(size))) throw invalid(`the tree size "${size}" is not a decimal count`);
  if (!/^[A-Za-z0-9+/]{43}=$/.test(root)) throw invalid(`the root hash "${root}" is not ${HASH_SIZE} bytes of base64`);
  if (extensions.some((line) => line.length === 0)) throw invalid('a checkpoint extension line is empty');
  return { origin, treeSize: Number(size), rootHash: Buffer.from(root, 'base64'), extensions };
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
  const checkpoint = parseCheckpoint(text);
  if (expectedOrigin !== undefined && checkpoint.origin !== expectedOrigin) {
    throw invalid(`the checkpoint is for origin "${checkpoint.origin}", not "${expectedOrigin}"`);
  }
  return checkpoint;
}

const invalid = (message: string) => new DossierError('CHECKPOINT_INVALID', message);
