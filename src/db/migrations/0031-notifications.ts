import type { Kysely, Migration } from 'kysely';
import type { Engine } from '../engine.js';

/**
 * What members are told (src/notifications): one row per recipient per event, so read/unread is each
 * person's own. `detail` is JSON with what the notice needs to be worded without reading the record again.
 */
export function notificationsSchema(_engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('notifications')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('username', 'text', (c) => c.notNull())
        .addColumn('case_id', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('subject_kind', 'text', (c) => c.notNull())
        .addColumn('subject_id', 'text', (c) => c.notNull())
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('detail', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('read_at', 'text')
        .execute();
      await db.schema.createIndex('notifications_by_user').on('notifications').columns(['username', 'created_at']).execute();
      await db.schema.createIndex('notifications_unread_by_user').on('notifications').columns(['username', 'read_at']).execute();
    },
  };
}
