import type { Kysely, Migration } from 'kysely';
import type { Engine } from '../engine.js';

/**
 * Where an imported record came from: the partner's log, case and record, and the bag and entry it was read
 * from. The ledger entry that created the record holds the same facts (tamper-evident); this table makes them
 * queryable, so a second import of the partner's case file finds what it already brought in.
 */
export function recordOriginsSchema(_engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('record_origins')
        .addColumn('record_id', 'text', (c) => c.primaryKey().references('records.id'))
        .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
        .addColumn('partner_log', 'text', (c) => c.notNull())
        .addColumn('partner_case_id', 'text', (c) => c.notNull())
        .addColumn('partner_record_id', 'text', (c) => c.notNull())
        .addColumn('partner_rev', 'integer', (c) => c.notNull())
        .addColumn('bag_tag_manifest_sha256', 'text', (c) => c.notNull())
        .addColumn('bag_entry', 'text', (c) => c.notNull())
        .addColumn('transfer_seq', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('record_origins_by_partner_record')
        .unique()
        .on('record_origins')
        .columns(['case_id', 'partner_log', 'partner_case_id', 'partner_record_id'])
        .execute();
    },
  };
}
