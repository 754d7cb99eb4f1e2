/**
 * The text of a signed tree head in the C2SP tlog-checkpoint format (https://c2sp.org/tlog-checkpoint): the
 * origin, the tree size in decimal, the root hash in base64, optional extension lines. No cryptography, so
 * the server (checkpoint.ts) and the browser (webcrypto-note.ts) read checkpoints with the same code.
 */
import { DossierError } from '../../common/errors.js';
import { decodeBase64Strict, encodeBase64 } from './byte-encoding.js';
import { HASH_SIZE } from './inclusion-path.js';
import { noteRefused } from './note-format.js';

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
  const lines = [checkpoint.origin, String(checkpoint.treeSize), encodeBase64(checkpoint.rootHash), ...checkpoint.extensions];
  return lines.map((line) => `${line}\n`).join('');
}

export function parseCheckpoint(text: string): Checkpoint {
  if (!text.endsWith('\n')) throw noteRefused('checkpointWithoutNewline');
  const lines = text.slice(0, -1).split('\n');
  if (lines.length < 3) throw noteRefused('checkpointLines');
  const [origin, size, root, ...extensions] = lines as [string, string, string, ...string[]];
  if (origin.length === 0) throw noteRefused('emptyOrigin');
  if (!/^(0|[1-9][0-9]*)$/.test(size) || !Number.isSafeInteger(Number(size))) throw noteRefused('sizeNotDecimal', { size });
  if (!/^[A-Za-z0-9+/]{43}=$/.test(root)) throw noteRefused('rootNotBase64', { root, bytes: HASH_SIZE });
  if (extensions.some((line) => line.length === 0)) throw noteRefused('emptyExtension');
  return { origin, treeSize: Number(size), rootHash: decodeBase64Strict(root, 'root hash', () => noteRefused('notBase64', { what: 'rootHash' })), extensions };
}

export function checkOrigin(checkpoint: Checkpoint, expectedOrigin: string | undefined): Checkpoint {
  if (expectedOrigin !== undefined && checkpoint.origin !== expectedOrigin) {
    throw noteRefused('otherOrigin', { origin: checkpoint.origin, expected: expectedOrigin });
  }
  return checkpoint;
}

const invalid = (message: string) => new DossierError('CHECKPOINT_INVALID', message);
