import type { Kysely, Migration } from 'kysely';
import type { Engine } from '../engine.js';

/**
 * What an item's content credentials (C2PA manifest) say and whether they hold: the verdict (none, valid,
 * invalid, unreadable) as a column to filter on, the whole report beside it, and the reader that made it.
 */
export function contentCredentialsSchema(_engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('evidence_credentials')
        .addColumn('evidence_id', 'text', (c) => c.primaryKey().references('evidence_items.id'))
        .addColumn('read_at', 'text', (c) => c.notNull())
        .addColumn('tool', 'text', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('report', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('evidence_credentials_by_state').on('evidence_credentials').column('state').execute();
    },
  };
}
