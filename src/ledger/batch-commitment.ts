import { createHash } from 'node:crypto';
import { canonicalJson, canonicalJsonOfOrdered } from '../common/canonical-json.js';

/** One record version as an entry logs it: which record and revision, and the salted commitment to its document. */
export interface LoggedVersion {
  kind: string;
  id: string;
  rev: number;
  after: string;
  /** The digest of the sealed restricted part, when the version has one. */
  sealed?: string;
}

/**
 * What an entry for a batch of records holds instead of their list: how many versions, and the SHA-256 of
 * the list. An import of 100,000 rows writes half a million records; listed, their entries would carry
 * 80 MB of commitments into the log (and into every case file that exports it). The digest keeps each entry
 * a few hundred bytes, and whoever holds the stored revisions recomputes it, so none can be edited, added,
 * moved to another entry or removed unseen.
 */
export interface BatchCommitment {
  count: number;
  digest: `sha256:${string}`;
}

/**
 * The commitment to a batch: SHA-256 of the canonical JSON (RFC 8785) of the versions, as
 * `[{"after":…,"id":…,"kind":…,"rev":…}, …]`, ordered by record id, then revision. The order is the
 * records' own, so it can be recomputed from the stored revisions in whatever order they are read.
 */
export function batchCommitment(versions: readonly LoggedVersion[]): BatchCommitment {
  const ordered = [...versions].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.rev - b.rev));
  // Written key by key in canonical order: a batch of ten thousand is hashed in milliseconds.
  const rows = ordered.map(({ kind, id, rev, after, sealed }) => (sealed === undefined ? { after, id, kind, rev } : { after, id, kind, rev, sealed }));
  const plain = ordered.every((v) => typeof v.kind === 'string' && typeof v.id === 'string' && Number.isSafeInteger(v.rev) && typeof v.after === 'string' && (v.sealed === undefined || typeof v.sealed === 'string'));
  const text = plain ? canonicalJsonOfOrdered(rows) : canonicalJson(rows);
  const digest = createHash('sha256').update(text, 'utf8').digest('hex');
  return { count: versions.length, digest: `sha256:${digest}` };
}

/** The batch commitment an entry's details hold, or undefined when the entry logs its records otherwise. */
export function loggedBatch(details: Record<string, unknown>): BatchCommitment | undefined {
  const batch = details.batch as Partial<BatchCommitment> | undefined;
  if (typeof batch !== 'object' || batch === null) return undefined;
  if (!Number.isSafeInteger(batch.count) || typeof batch.digest !== 'string') return undefined;
  return batch as BatchCommitment;
}
