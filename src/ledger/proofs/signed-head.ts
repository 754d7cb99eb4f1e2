/**
 * Where a verifier outside the server gets what it checks, and the first check: the log's signed tree head.
 * The source is only a transport: nothing it says is believed until a signature or a hash confirms it.
 */
import { toHex } from './byte-encoding.js';
import type { Checkpoint } from './checkpoint-format.js';
import type { LoggedEntry } from './entry-leaf.js';
import { importVerifierKey, verifyCheckpointAsync } from './webcrypto-note.js';

export interface EntryPage {
  items: LoggedEntry[];
  next: number | null;
}

export interface InclusionProofMessage {
  leafIndex: number;
  treeSize: number;
  /** Hex; the leaf and root hashes the server also sends are never used. */
  proof: string[];
}

/** The ledger API as a verifier sees it (web/src/ledger fetches these from /api/v1/ledger). */
export interface LedgerSource {
  logKey(): Promise<{ origin: string; verifierKey: string }>;
  checkpointNote(): Promise<string>;
  /** Hex leaf hashes of [from, from + limit) in the tree of `treeSize` leaves. */
  leafHashes(from: number, limit: number, treeSize: number): Promise<string[]>;
  inclusionProof(leafIndex: number, treeSize: number): Promise<InclusionProofMessage>;
}

export interface SignedHead {
  checkpoint: Checkpoint;
  rootHex: string;
  origin: string;
  verifierKey: string;
  keyIdHex: string;
  /** The signed note as received, for display. */
  note: string;
}

/** Fetches the key and the latest checkpoint, and verifies the checkpoint's signature and origin. Throws. */
export async function verifySignedHead(source: Pick<LedgerSource, 'logKey' | 'checkpointNote'>): Promise<SignedHead> {
  const [{ origin, verifierKey }, note] = await Promise.all([source.logKey(), source.checkpointNote()]);
  const key = await importVerifierKey(verifierKey);
  const checkpoint = await verifyCheckpointAsync(note, key, origin);
  return { checkpoint, rootHex: toHex(checkpoint.rootHash), origin, verifierKey, keyIdHex: key.keyIdHex, note };
}
