/**
 * A witness's answer to `POST /add-checkpoint` (https://c2sp.org/tlog-witness), as a pure decision over the
 * request body, the logs it follows and the latest checkpoint it cosigned for each: no HTTP, no files. The
 * caller (witness-store.ts, witness-server.ts) runs it under a lock and persists the new state before the
 * answer is sent, so two requests can never roll the witness back.
 */
import { decodeBase64Strict, encodeBase64 } from '../ledger/proofs/byte-encoding.js';
import { parseCheckpoint, type Checkpoint } from '../ledger/proofs/checkpoint-format.js';
import { cosignatureLine } from '../ledger/proofs/cosignature.js';
import { verifyConsistency, type Hash } from '../ledger/proofs/merkle.js';
import { splitSignedNote } from '../ledger/proofs/note-format.js';
import { openNote, type NoteSigner, type NoteVerifier } from '../ledger/proofs/signed-note.js';
import { DossierError } from '../common/errors.js';

/** The latest checkpoint a witness cosigned for one log. */
export interface WitnessedHead {
  size: number;
  rootHash: string;
  /** The signed note it came in, kept as evidence should the log later show another root for this size. */
  note: string;
}

/** Two signed checkpoints of one log that cannot both be true: the proof of a split view (or a fork). */
export interface SplitView {
  origin: string;
  size: number;
  /** The note the witness holds, and the conflicting one it was sent. */
  held: string;
  offered: string;
}

export type AddCheckpointAnswer =
  | { status: 200; body: string; origin: string; head: WitnessedHead }
  | { status: 400 | 403 | 404 | 422; body: string; splitView?: SplitView }
  | { status: 409; body: string; contentType?: 'text/x.tlog.size'; splitView?: SplitView };

/** At most 63 proof lines (the protocol's bound: a tree of up to 2^63 leaves never needs more). */
const MAX_PROOF_LINES = 63;

/**
 * Decides the answer to one add-checkpoint request. `logs` maps a log's origin to its verifier; `held` is
 * the witness's latest cosigned head for that origin, if any; `now` is the cosignature's time in seconds.
 */
export function answerAddCheckpoint(
  body: string,
  logs: ReadonlyMap<string, NoteVerifier>,
  held: (origin: string) => WitnessedHead | undefined,
  signer: NoteSigner,
  now: number,
): AddCheckpointAnswer {
  let request: ReturnType<typeof parseRequest>;
  try {
    request = parseRequest(body);
  } catch (error) {
    return { status: 400, body: `${(error as Error).message}\n` };
  }
  const { oldSize, proof, note, checkpoint, text } = request;
  const verifier = logs.get(checkpoint.origin);
  if (!verifier) return { status: 404, body: `this witness does not follow the log "${checkpoint.origin}"\n` };
  try {
    openNote(note, [verifier]);
  } catch {
    return { status: 403, body: `no signature on the checkpoint verifies with the key of "${checkpoint.origin}"\n` };
  }
  if (oldSize > checkpoint.treeSize) return { status: 400, body: `the old size ${oldSize} is larger than the checkpoint's size ${checkpoint.treeSize}\n` };
  const latest = held(checkpoint.origin);
  const latestSize = latest?.size ?? 0;
  if (oldSize !== latestSize) {
    // A checkpoint of the held size with another root is the log contradicting itself, whatever old size was sent.
    const splitView = latest && checkpoint.treeSize === latest.size && latest.rootHash !== encodeBase64(checkpoint.rootHash) ? evidence(checkpoint, latest, note) : undefined;
    return { status: 409, body: `${latestSize}\n`, contentType: 'text/x.tlog.size', ...(splitView && { splitView }) };
  }
  if (latest && oldSize === checkpoint.treeSize) {
    if (latest.rootHash !== encodeBase64(checkpoint.rootHash)) {
      return { status: 409, body: `the witness holds another root for size ${latest.size}\n`, splitView: evidence(checkpoint, latest, note) };
    }
  } else if (latest && oldSize > 0) {
    try {
      verifyConsistency(oldSize, checkpoint.treeSize, proof, decodeBase64Strict(latest.rootHash, 'held root', (m) => new Error(m)), checkpoint.rootHash);
    } catch (error) {
      return { status: 422, body: `the consistency proof from ${oldSize} to ${checkpoint.treeSize} does not verify: ${(error as Error).message}\n` };
    }
  } else if (proof.length > 0) {
    return { status: 422, body: 'a consistency proof from size 0 must be empty\n' };
  }
  const head: WitnessedHead = { size: checkpoint.treeSize, rootHash: encodeBase64(checkpoint.rootHash), note };
  return { status: 200, body: cosignatureLine(text, signer, now), origin: checkpoint.origin, head };
}

function evidence(checkpoint: Checkpoint, latest: WitnessedHead, offered: string): SplitView {
  return { origin: checkpoint.origin, size: checkpoint.treeSize, held: latest.note, offered };
}

/** The old size line, the proof lines, a blank line, then the signed checkpoint; every line ends in "\n". */
function parseRequest(body: string): { oldSize: number; proof: Hash[]; note: string; checkpoint: Checkpoint; text: string } {
  const blank = body.indexOf('\n\n');
  if (blank < 0) throw new DossierError('VALIDATION_FAILED', 'the request has no blank line between the proof and the checkpoint', { field: 'body' });
  const head = body.slice(0, blank).split('\n');
  const oldLine = head.shift()!;
  const match = /^old (0|[1-9][0-9]*)$/.exec(oldLine);
  if (!match || !Number.isSafeInteger(Number(match[1]))) throw new DossierError('VALIDATION_FAILED', `the first line must be "old <size>", not "${oldLine.slice(0, 40)}"`, { field: 'body', line: 1 });
  if (head.length > MAX_PROOF_LINES) throw new DossierError('VALIDATION_FAILED', `the consistency proof has ${head.length} lines; at most ${MAX_PROOF_LINES} are allowed`, { field: 'body', lines: head.length });
  const proof = head.map((line, i) => {
    const hash = decodeBase64Strict(line, `proof line ${i + 1}`, (m) => new Error(m));
    if (hash.length !== 32) throw new DossierError('VALIDATION_FAILED', `proof line ${i + 1} is not a 32-byte hash`, { field: 'body', proofLine: i + 1 });
    return hash;
  });
  const note = body.slice(blank + 2);
  const { text } = splitSignedNote(note);
  return { oldSize: Number(match[1]), proof, note, checkpoint: parseCheckpoint(text), text };
}

/** The body a log sends: its old size, the proof from it, and the signed checkpoint. */
export function addCheckpointBody(oldSize: number, proof: readonly Uint8Array[], note: string): string {
  return `old ${oldSize}\n${proof.map((hash) => `${encodeBase64(hash)}\n`).join('')}\n${note}`;
}
