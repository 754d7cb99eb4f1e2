import type { Kysely, Migration } from 'kysely';
import type { Engine } from '../engine.js';

/**
 * Invitations to a case (src/access/invitations.ts) and the one-time recovery codes of a second factor
 * (src/access/recovery-codes.ts). Neither secret is stored: an invitation's token and each recovery code are
 * kept as SHA-256 digests, as session ids are, so a copy of the database lets no one join a case or pass a
 * second factor.
 */
export function invitationsSchema(_engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('invitations')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
        .addColumn('role', 'text', (c) => c.notNull())
        // A username or an e-mail address the invitation is kept to; null: whoever holds the link.
        .addColumn('hint', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .addColumn('used_at', 'text')
        .addColumn('used_by', 'text')
        .addColumn('revoked_at', 'text')
        .addColumn('revoked_by', 'text')
        .execute();
      await db.schema.createIndex('invitations_by_case').on('invitations').columns(['case_id', 'created_at']).execute();

      await db.schema
        .createTable('recovery_codes')
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('code_hash', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('used_at', 'text')
        .addPrimaryKeyConstraint('recovery_codes_pk', ['user_id', 'code_hash'])
        .execute();
    },
  };
}
