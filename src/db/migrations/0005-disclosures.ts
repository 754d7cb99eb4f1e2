import type { Kysely, Migration } from 'kysely';
import type { Engine } from '../engine.js';

/** What a case's owners have disclosed to external counsel: records and evidence items, one row each. */
export function disclosuresSchema(_engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('disclosures')
        .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
        .addColumn('object_id', 'text', (c) => c.notNull())
        .addColumn('object_type', 'text', (c) => c.notNull())
        .addColumn('disclosed_at', 'text', (c) => c.notNull())
        .addColumn('disclosed_by', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('disclosures_pk', ['case_id', 'object_id'])
        .execute();
    },
  };
}
