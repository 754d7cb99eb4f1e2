import type { Kysely, Migration } from 'kysely';
import type { Engine } from '../engine.js';

/**
 * Extractions run over an evidence item's text, kept for review: the result exactly as computed (canonical
 * JSON, its SHA-256 committed by the `extract` ledger entry) and, per candidate incident, its proposal as the
 * analyst last shaped it and the decision taken on it. A decision's reason is kept here with the salt that the
 * `review` ledger entry's commitment to it was made with: the log proves the reason unaltered without holding
 * words that may name a person.
 */
export function extractionsSchema(_engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('extractions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
        .addColumn('evidence_id', 'text', (c) => c.notNull().references('evidence_items.id'))
        .addColumn('options', 'text', (c) => c.notNull())
        .addColumn('text_sha256', 'text', (c) => c.notNull())
        .addColumn('result', 'text', (c) => c.notNull())
        .addColumn('result_sha256', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.notNull())
        .addColumn('ledger_seq', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('extractions_by_case').on('extractions').columns(['case_id', 'created_at']).execute();
      await db.schema
        .createTable('extraction_candidates')
        .addColumn('extraction_id', 'text', (c) => c.notNull().references('extractions.id'))
        .addColumn('number', 'integer', (c) => c.notNull())
        .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('proposal', 'text', (c) => c.notNull())
        .addColumn('merged_into', 'integer')
        .addColumn('reason', 'text')
        .addColumn('reason_salt', 'text')
        .addColumn('records', 'text')
        .addColumn('not_recorded', 'text')
        .addColumn('decided_at', 'text')
        .addColumn('decided_by', 'text')
        .addColumn('ledger_seq', 'bigint')
        .addPrimaryKeyConstraint('extraction_candidates_pk', ['extraction_id', 'number'])
        .execute();
    },
  };
}
