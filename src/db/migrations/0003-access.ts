import type { Kysely, Migration } from 'kysely';
import type { Engine } from '../engine.js';

/**
 * Accounts, sessions, API tokens, case membership and the security audit log. Secrets are never stored:
 * passwords as argon2id hashes, session ids and token secrets as SHA-256 digests.
 */
export function accessSchema(_engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('users')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('username', 'text', (c) => c.notNull().unique())
        .addColumn('display_name', 'text', (c) => c.notNull())
        .addColumn('password_hash', 'text', (c) => c.notNull())
        // A password someone else chose (the first admin's, an account an admin created) must be changed first.
        .addColumn('must_change_password', 'integer', (c) => c.notNull())
        .addColumn('is_admin', 'integer', (c) => c.notNull())
        .addColumn('totp_secret', 'text')
        .addColumn('failed_logins', 'integer', (c) => c.notNull())
        .addColumn('locked_until', 'text')
        .addColumn('disabled_at', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('sessions')
        .addColumn('id_hash', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('csrf_token', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('last_seen_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .addColumn('address', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('sessions_by_user').on('sessions').columns(['user_id']).execute();

      await db.schema
        .createTable('api_tokens')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('secret_hash', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        // JSON array of case ids the token may act on, within its owner's own memberships.
        .addColumn('case_ids', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text')
        .addColumn('revoked_at', 'text')
        .addColumn('last_used_at', 'text')
        .execute();
      await db.schema.createIndex('api_tokens_by_user').on('api_tokens').columns(['user_id']).execute();

      await db.schema
        .createTable('case_members')
        .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('granted_at', 'text', (c) => c.notNull())
        .addColumn('granted_by', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('case_members_pk', ['case_id', 'user_id'])
        .execute();
      await db.schema.createIndex('case_members_by_user').on('case_members').columns(['user_id', 'case_id']).execute();

      // Sign-ins, sign-outs, failures, role changes, token use: security events, kept apart from the custody
      // ledger so that a flood of failed sign-ins cannot grow the ledger.
      await db.schema
        .createTable('audit_events')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('event', 'text', (c) => c.notNull())
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('address', 'text')
        .addColumn('details', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('audit_events_by_time').on('audit_events').columns(['at', 'id']).execute();
    },
  };
}
