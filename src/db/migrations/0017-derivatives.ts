import type { Kysely, Migration } from 'kysely';
import type { Engine } from '../engine.js';

/**
 * Files Dossier made from an item for people to look at (a video's browser preview, keyframes and contact
 * sheet; thumbnails), never the evidence itself: their bytes in the vault by SHA-256 like the originals, with
 * the tool and exact steps that made them and the `derive` ledger entry that logged each.
 */
export function derivativesSchema(_engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('evidence_derivatives')
        .addColumn('evidence_id', 'text', (c) => c.notNull().references('evidence_items.id'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('sha256', 'text', (c) => c.notNull())
        .addColumn('media_type', 'text', (c) => c.notNull())
        .addColumn('size', 'bigint', (c) => c.notNull())
        .addColumn('made_at', 'text', (c) => c.notNull())
        .addColumn('tool', 'text', (c) => c.notNull())
        .addColumn('command', 'text', (c) => c.notNull())
        .addColumn('frame_seconds', 'double precision')
        .addColumn('tile_seconds', 'text')
        .addColumn('ledger_seq', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('evidence_derivatives_by_item').on('evidence_derivatives').column('evidence_id').execute();
      // A sweep of the vault asks, for each blob, whether a derivative holds it.
      await db.schema.createIndex('evidence_derivatives_by_sha256').on('evidence_derivatives').column('sha256').execute();
    },
  };
}
