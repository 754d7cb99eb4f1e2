import type { Kysely, Migration } from 'kysely';
import type { Engine } from '../engine.js';

/**
 * RFC 3161 time-stamps of signed checkpoints: a time-stamping authority's word that the log had this root at
 * this size no later than its time. One token per checkpoint and authority, over the checkpoint's text (the
 * origin, size and root lines the log signs), so it stands whatever signature lines travel with the note.
 */
export function checkpointTimestampsSchema(engine: Engine): Migration {
  const bytes = engine === 'postgres' ? 'bytea' : 'blob';
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('checkpoint_timestamps')
        .addColumn('tree_size', 'bigint', (c) => c.notNull())
        .addColumn('tsa_url', 'text', (c) => c.notNull())
        .addColumn('token', bytes, (c) => c.notNull())
        .addColumn('stamped_at', 'text', (c) => c.notNull())
        .addColumn('tsa_name', 'text')
        .addColumn('serial', 'text')
        .addPrimaryKeyConstraint('checkpoint_timestamps_pk', ['tree_size', 'tsa_url'])
        .execute();
    },
  };
}
