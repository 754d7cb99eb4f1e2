import { canonicalJson } from '../common/canonical-json.js';
import { DossierError } from '../common/errors.js';
import type { Database } from '../db/database.js';
import type { RecordKind } from './record-kind.js';

/** One version of a record, with what changed and the ledger entry that logged it. */
export interface Revision {
  rev: number;
  at: string;
  actor: string;
  ledgerSeq: number;
  /** The salted SHA-256 of `document` that the ledger entry holds (see ledger/commitment.ts). */
  commitment: string;
  salt: string;
  /** The exact canonical JSON committed to. */
  document: string;
  changedFields: string[];
}

/** The full revision history of a record, oldest first. */
export async function recordHistory(database: Database, kind: RecordKind<any>, id: string, caseId?: string): Promise<Revision[]> {
  let query = database.db.selectFrom('record_revisions').selectAll().where('record_id', '=', id).where('kind', '=', kind.name);
  if (caseId !== undefined) query = query.where('case_id', '=', caseId);
  const rows = await query.orderBy('rev').execute();
  if (rows.length === 0) throw new DossierError('NOT_FOUND', `${kind.label} ${id} does not exist${caseId ? ` in case ${caseId}` : ''}`, { field: 'id', value: id });
  let previous: Record<string, unknown> = {};
  return rows.map((row) => {
    const doc = JSON.parse(row.doc) as Record<string, unknown>;
    const fields = [...new Set([...Object.keys(previous), ...Object.keys(doc)])];
    const changedFields = fields.filter((f) => canonicalJson(previous[f] ?? null) !== canonicalJson(doc[f] ?? null));
    previous = doc;
    return {
      rev: row.rev,
      at: row.at,
      actor: row.actor,
      ledgerSeq: Number(row.ledger_seq),
      commitment: row.commitment,
      salt: row.salt,
      document: row.doc,
      changedFields,
    };
  });
}
