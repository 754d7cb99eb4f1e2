import type { Kysely, Migration } from 'kysely';
import type { Engine } from '../engine.js';

export function initialSchema(engine: Engine): Migration {
  const bytes = engine === 'postgres' ? 'bytea' : 'blob';
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('cases')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('description', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.notNull())
        .addColumn('salt', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('evidence_items')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('sha256', 'text', (c) => c.notNull().unique())
        .addColumn('size', 'bigint', (c) => c.notNull())
        .addColumn('media_type', 'text', (c) => c.notNull())
        .addColumn('original_name', 'text', (c) => c.notNull())
        .addColumn('intake_at', 'text', (c) => c.notNull())
        .addColumn('intake_by', 'text', (c) => c.notNull())
        .addColumn('source', 'text')
        .addColumn('note', 'text')
        .execute();

      await db.schema
        .createTable('evidence_cases')
        .addColumn('evidence_id', 'text', (c) => c.notNull().references('evidence_items.id'))
        .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
        .addColumn('linked_at', 'text', (c) => c.notNull())
        .addColumn('linked_by', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('evidence_cases_pk', ['evidence_id', 'case_id'])
        .execute();
      await db.schema.createIndex('evidence_cases_by_case').on('evidence_cases').columns(['case_id', 'evidence_id']).execute();

      await db.schema
        .createTable('evidence_intakes')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('evidence_id', 'text', (c) => c.notNull().references('evidence_items.id'))
        .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('original_name', 'text', (c) => c.notNull())
        .addColumn('source', 'text')
        .addColumn('note', 'text')
        .addColumn('ledger_seq', 'bigint', (c) => c.notNull())
        .addColumn('salt', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('evidence_intakes_by_item').on('evidence_intakes').columns(['evidence_id', 'at']).execute();

      await db.schema
        .createTable('ledger_entries')
        .addColumn('seq', 'bigint', (c) => c.primaryKey())
        .addColumn('entry', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('evidence_sha256', 'text')
        .addColumn('case_id', 'text')
        .execute();
      await db.schema.createIndex('ledger_by_evidence').on('ledger_entries').columns(['evidence_sha256', 'seq']).execute();
      await db.schema.createIndex('ledger_by_case').on('ledger_entries').columns(['case_id', 'seq']).execute();

      await db.schema
        .createTable('merkle_nodes')
        .addColumn('level', 'integer', (c) => c.notNull())
        .addColumn('idx', 'bigint', (c) => c.notNull())
        .addColumn('hash', bytes, (c) => c.notNull())
        .addPrimaryKeyConstraint('merkle_nodes_pk', ['level', 'idx'])
        .execute();

      await db.schema
        .createTable('checkpoints')
        .addColumn('tree_size', 'bigint', (c) => c.primaryKey())
        .addColumn('root_hash', bytes, (c) => c.notNull())
        .addColumn('note', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
    },
  };
}
