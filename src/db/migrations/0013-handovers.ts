import type { Kysely, Migration } from 'kysely';
import type { Engine } from '../engine.js';

/**
 * Handovers: one session of material handed over (a USB stick, a drive), who received it, when, on what medium,
 * and who handed it over (sealed, as a source's contact is: the person may be at risk). Each intake of the session
 * names its handover and keeps the file's path under the handed-over folder and its times as they were: the
 * file's own history, before it reached us, committed in its intake entry with the file's name. A handover whose
 * receipt is not issued yet (an intake interrupted) is resumed by taking in the same folders again.
 */
export function handoversSchema(_engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('handovers')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
        .addColumn('received_at', 'text', (c) => c.notNull())
        .addColumn('received_by', 'text', (c) => c.notNull())
        .addColumn('medium', 'text')
        .addColumn('note', 'text')
        .addColumn('handed_over_by', 'text')
        .addColumn('roots', 'text')
        .addColumn('receipt_seq', 'bigint')
        .addColumn('salt', 'text', (c) => c.notNull())
        .addColumn('ledger_seq', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('handovers_by_case').on('handovers').columns(['case_id', 'received_at']).execute();
      await db.schema.alterTable('evidence_intakes').addColumn('handover_id', 'text', (c) => c.references('handovers.id')).execute();
      await db.schema.alterTable('evidence_intakes').addColumn('file_path', 'text').execute();
      await db.schema.alterTable('evidence_intakes').addColumn('file_modified_at', 'text').execute();
      await db.schema.alterTable('evidence_intakes').addColumn('file_created_at', 'text').execute();
      await db.schema.createIndex('evidence_intakes_by_handover').on('evidence_intakes').columns(['handover_id', 'file_path']).execute();
    },
  };
}
