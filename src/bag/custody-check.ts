/**
 * The custody part of a case file, checked offline: the log's key, the signed checkpoint, and every
 * entry's inclusion proof against that checkpoint's root. Pure: texts in, verified entries and findings out.
 */
import { toHex } from '../ledger/proofs/byte-encoding.js';
import { verifyCheckpoint, type Checkpoint } from '../ledger/proofs/checkpoint.js';
import { entryLeafInput } from '../ledger/proofs/entry-leaf.js';
import { leafHash, rootFromInclusionProof } from '../ledger/proofs/merkle.js';
import { noteVerifier, type NoteVerifier } from '../ledger/proofs/signed-note.js';
import { CASE_FILE_PATHS, type CustodyLine } from './case-file-layout.js';
import type { Findings } from './findings.js';

export interface VerifiedCustody {
  verifier: NoteVerifier;
  verifierKey: string;
  checkpoint: Checkpoint;
  /** Entries whose proofs lead to the signed root, by their index in the log. */
  entries: Map<number, CustodyLine['entry']>;
  /** Lines that failed, so the report can count them. */
  failedLines: number;
}

export interface CustodyTexts {
  logKey: string | null;
  checkpoint: string | null;
  entries: string | null;
}

/** Lines checked between two yields, so file hashing on worker threads is fed while proofs are checked. */
const LINES_PER_TURN = 32;

/** Checks key, checkpoint and entries; records a finding naming the file (and line) of each failure. */
export async function checkCustody(texts: CustodyTexts, expectedOrigin: string | undefined, findings: Findings): Promise<VerifiedCustody | null> {
  const { logKey, checkpoint: note, entries } = texts;
  if (logKey === null) findings.error('CUSTODY_MISSING', 'the case file has no log key', CASE_FILE_PATHS.logKey);
  if (note === null) findings.error('CUSTODY_MISSING', 'the case file has no signed checkpoint', CASE_FILE_PATHS.checkpoint);
  if (entries === null) findings.error('CUSTODY_MISSING', 'the case file has no custody entries', CASE_FILE_PATHS.entries);
  if (logKey === null || note === null || entries === null) return null;
  const verifierKey = logKey.trim();
  let verifier: NoteVerifier;
  try {
    verifier = noteVerifier(verifierKey);
  } catch (cause) {
    findings.error('LOG_KEY_INVALID', `the log key is not a valid Ed25519 note verifier key: ${(cause as Error).message}`, CASE_FILE_PATHS.logKey);
    return null;
  }
  let checkpoint: Checkpoint;
  try {
    checkpoint = verifyCheckpoint(note, verifier, expectedOrigin);
  } catch (cause) {
    findings.error('CHECKPOINT_INVALID', `the checkpoint does not verify with the log key: ${(cause as Error).message}`, CASE_FILE_PATHS.checkpoint);
    return null;
  }
  const custody: VerifiedCustody = { verifier, verifierKey, checkpoint, entries: new Map(), failedLines: 0 };
  for (const [i, text] of entries.split('\n').entries()) {
    if (i % LINES_PER_TURN === LINES_PER_TURN - 1) await new Promise((resolve) => setImmediate(resolve));
    if (text === '') continue;
    const problem = checkLine(text, checkpoint, custody.entries);
    if (problem !== null) {
      custody.failedLines++;
      findings.error('CUSTODY_ENTRY_INVALID', `line ${i + 1}: ${problem}`, CASE_FILE_PATHS.entries);
    }
  }
  return custody;
}

/** Verifies one line and adds its entry; a reason when it fails. */
function checkLine(text: string, checkpoint: Checkpoint, verified: Map<number, CustodyLine['entry']>): string | null {
  let line: CustodyLine;
  try {
    line = JSON.parse(text) as CustodyLine;
  } catch {
    return 'is not valid JSON';
  }
  const entry = line?.entry;
  const seq = entry?.seq;
  if (typeof entry !== 'object' || entry === null || !Number.isSafeInteger(seq) || seq < 0) return 'has no entry with an integer seq';
  if (seq >= checkpoint.treeSize) return `entry ${seq} is not covered by the checkpoint's ${checkpoint.treeSize} entries`;
  if (verified.has(seq)) return `entry ${seq} appears twice`;
  const proof = Array.isArray(line.inclusionProof) ? line.inclusionProof : null;
  if (proof === null || proof.some((hash) => typeof hash !== 'string' || !/^[0-9a-f]{64}$/.test(hash))) return `entry ${seq}: the inclusion proof is not a list of SHA-256 hashes in hex`;
  try {
    const root = rootFromInclusionProof(seq, checkpoint.treeSize, leafHash(entryLeafInput(entry)), proof.map((hash) => Buffer.from(hash, 'hex')));
    if (toHex(root) !== toHex(checkpoint.rootHash)) return `entry ${seq} (${String(entry.action)}) does not lead to the signed root: the entry or its proof was altered`;
  } catch (cause) {
    return `entry ${seq}: ${(cause as Error).message}`;
  }
  verified.set(seq, entry);
  return null;
}
