import { sql, type Kysely, type Migration } from 'kysely';
import type { Engine } from '../engine.js';

/**
 * Which master key the database's sealed data is under, in one row. Every seal and every rotation takes
 * this row first, in its own transaction, so a process that opened the data directory before a rotation
 * cannot wrap a new key under the retired master key (which the rotation removes from disk).
 */
export function masterKeyStateSchema(_engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('master_key_state')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('master_key_id', 'text', (c) => c.notNull())
        .addColumn('changed_at', 'text', (c) => c.notNull())
        .execute();
      // A database already sealing under one key says so; one with none yet is claimed by its first seal.
      await sql`insert into master_key_state (id, master_key_id, changed_at)
        select 1, min(master_key_id), ${new Date().toISOString()} from case_keys having count(distinct master_key_id) = 1`.execute(db);
    },
  };
}
