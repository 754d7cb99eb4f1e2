import type { Kysely, Migration } from 'kysely';
import type { Engine } from '../engine.js';

/**
 * Record versions by the ledger entry that logged them, per case: what changed in a case since a signed tree
 * size is one index range, so an analysis kept at that size is brought up to date by reading only those records.
 */
export function revisionsByLedgerSchema(_engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.createIndex('record_revisions_by_case_seq').on('record_revisions').columns(['case_id', 'ledger_seq']).execute();
    },
  };
}
