import type { Kysely, Migration } from 'kysely';
import type { Engine } from '../engine.js';

/**
 * What each account wants to be told and how (src/notifications/settings.ts), the records each member follows
 * (status changes of what they follow notify them), and the e-mail outbox: a mail is queued in the transaction
 * that makes its notice and sent after it commits, by the background work, so a crash loses no mail and a
 * rolled-back notice sends none.
 */
export function notificationSettingsSchema(_engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('notification_settings')
        .addColumn('username', 'text', (c) => c.primaryKey())
        // JSON array of the kinds shown in the app (and so mailed, when e-mail is on).
        .addColumn('in_app_kinds', 'text', (c) => c.notNull())
        .addColumn('email_mode', 'text', (c) => c.notNull())
        .addColumn('email_address', 'text')
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('notification_follows')
        .addColumn('subject_id', 'text', (c) => c.notNull())
        .addColumn('username', 'text', (c) => c.notNull())
        .addColumn('case_id', 'text', (c) => c.notNull())
        .addColumn('subject_kind', 'text', (c) => c.notNull())
        .addColumn('followed_at', 'text', (c) => c.notNull())
        // Kept, not deleted, when a member stops following: the row says when and that it was their choice.
        .addColumn('unfollowed_at', 'text')
        .addPrimaryKeyConstraint('notification_follows_pk', ['subject_id', 'username'])
        .execute();
      await db.schema
        .createTable('notification_outbox')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('notification_id', 'text', (c) => c.notNull())
        .addColumn('username', 'text', (c) => c.notNull())
        // 'immediate': one mail as soon as it can be sent; 'digest': gathered with the account's others once due.
        .addColumn('mode', 'text', (c) => c.notNull())
        .addColumn('due_at', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('claimed_until', 'text')
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('last_error', 'text')
        .addColumn('sent_at', 'text')
        .execute();
      await db.schema.createIndex('notification_outbox_pending').on('notification_outbox').columns(['sent_at', 'due_at']).execute();
    },
  };
}
