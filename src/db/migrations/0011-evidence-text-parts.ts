import type { Kysely, Migration } from 'kysely';
import type { Engine } from '../engine.js';

/**
 * The place of each part of a long text in its page (a page is indexed in parts of 100,000 characters): ids made
 * in the same millisecond do not sort in the order they were made, so the order is kept as a number. Parts
 * written before this column are part 0, in the order their ids give.
 */
export function evidenceTextPartsSchema(_engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('evidence_texts').addColumn('part', 'integer', (c) => c.notNull().defaultTo(0)).execute();
    },
  };
}
