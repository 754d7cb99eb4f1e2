import type { Kysely } from 'kysely';

/**
 * The tables as Kysely sees them. Times are ISO 8601 UTC strings on both engines, so the same row reads
 * the same from SQLite and PostgreSQL; hashes are raw bytes (BLOB / BYTEA).
 */
export interface CasesTable {
  id: string;
  title: string;
  description: string;
  created_at: string;
  created_by: string;
  /** Salt of the ledger's commitments to this row's free text (see ledger/commitment.ts). */
  salt: string;
}

export interface EvidenceItemsTable {
  id: string;
  sha256: string;
  size: number;
  media_type: string;
  original_name: string;
  intake_at: string;
  intake_by: string;
  source: string | null;
  note: string | null;
}

export interface EvidenceCasesTable {
  evidence_id: string;
  case_id: string;
  linked_at: string;
  linked_by: string;
}

/** Every intake of every file, including repeats of content the vault already holds. */
export interface EvidenceIntakesTable {
  id: string;
  evidence_id: string;
  case_id: string;
  at: string;
  actor: string;
  original_name: string;
  source: string | null;
  note: string | null;
  ledger_seq: number;
  salt: string;
}

/** `entry` holds the exact canonical JSON that was hashed; the other columns are copies for querying. */
export interface LedgerEntriesTable {
  seq: number;
  entry: string;
  at: string;
  actor: string;
  action: string;
  evidence_sha256: string | null;
  case_id: string | null;
}

/** Perfect subtrees of the ledger's Merkle tree, so proofs cost O(log n) reads. */
export interface MerkleNodesTable {
  level: number;
  idx: number;
  hash: Buffer;
}

export interface CheckpointsTable {
  tree_size: number;
  root_hash: Buffer;
  note: string;
  created_at: string;
}

export interface Schema {
  cases: CasesTable;
  evidence_items: EvidenceItemsTable;
  evidence_cases: EvidenceCasesTable;
  evidence_intakes: EvidenceIntakesTable;
  ledger_entries: LedgerEntriesTable;
  merkle_nodes: MerkleNodesTable;
  checkpoints: CheckpointsTable;
}

export type Db = Kysely<Schema>;
