import type { Kysely, Migration } from 'kysely';
import type { Engine } from '../engine.js';

/**
 * Analyses pinned to a case: the question (analysis and parameters), the answer as the exact canonical JSON
 * returned, its SHA-256, and the ledger tree size it was computed at. The `analyse` ledger entry commits to
 * the same hash, so a pinned result edited in the database no longer matches.
 */
export function pinnedAnalysesSchema(_engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('pinned_analyses')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
        .addColumn('analysis', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('parameters', 'text', (c) => c.notNull())
        .addColumn('result', 'text', (c) => c.notNull())
        .addColumn('result_sha256', 'text', (c) => c.notNull())
        .addColumn('tree_size', 'bigint', (c) => c.notNull())
        .addColumn('pinned_at', 'text', (c) => c.notNull())
        .addColumn('pinned_by', 'text', (c) => c.notNull())
        .addColumn('ledger_seq', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('pinned_analyses_by_case').on('pinned_analyses').columns(['case_id', 'pinned_at']).execute();
    },
  };
}
