import type { Kysely, Migration } from 'kysely';
import type { Engine } from '../engine.js';

/**
 * Restricted fields, sealed: each case has data keys (wrapped by the master key, which is kept outside the
 * database), and a record's restricted part is stored only as AES-256-GCM ciphertext in `sealed`.
 */
export function sealedSchema(_engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('case_keys')
        .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('wrapped', 'text', (c) => c.notNull())
        .addColumn('master_key_id', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('case_keys_pk', ['case_id', 'version'])
        .execute();
      await db.schema.alterTable('records').addColumn('sealed', 'text').execute();
      await db.schema.alterTable('record_revisions').addColumn('sealed', 'text').execute();
    },
  };
}
