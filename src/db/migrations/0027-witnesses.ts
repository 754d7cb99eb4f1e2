import type { Kysely, Migration } from 'kysely';
import type { Engine } from '../engine.js';

/**
 * Independent witnesses of the ledger (c2sp.org/tlog-witness): the witnesses an instance sends its
 * checkpoints to, with the size each last cosigned (the "old size" of the next request), the cosignature
 * lines they returned, kept beside the checkpoint they sign, and the policy (how many must vouch for a head).
 */
export function witnessesSchema(_engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('witnesses')
        .addColumn('name', 'text', (c) => c.primaryKey())
        .addColumn('url', 'text', (c) => c.notNull())
        .addColumn('verifier_key', 'text', (c) => c.notNull())
        .addColumn('added_at', 'text', (c) => c.notNull())
        .addColumn('added_by', 'text', (c) => c.notNull())
        .addColumn('cosigned_size', 'bigint')
        .addColumn('last_error', 'text')
        .execute();
      await db.schema
        .createTable('checkpoint_cosignatures')
        .addColumn('tree_size', 'bigint', (c) => c.notNull())
        .addColumn('witness', 'text', (c) => c.notNull())
        .addColumn('cosigned_at', 'bigint', (c) => c.notNull())
        .addColumn('line', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('checkpoint_cosignatures_pk', ['tree_size', 'witness'])
        .execute();
      await db.schema
        .createTable('witness_policy')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('quorum', 'integer', (c) => c.notNull())
        .execute();
    },
  };
}
