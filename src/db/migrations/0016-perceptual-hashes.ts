import type { Kysely, Migration } from 'kysely';
import type { Engine } from '../engine.js';

/**
 * What images look like (perceptual hashes, similarity/perceptual-hash.ts) and which items of a case look alike.
 *
 * Hashes: per item, per frame ('' for an image; a video's keyframe time in seconds) and region (the whole frame
 * and its centre, so crops match), with the algorithm that made them, so a better one can be added beside. The
 * hash's four 16-bit pieces are indexed: hashes within 10 bits share a piece within 2 bits (hash-index.ts), so
 * an image's look-alikes are found by reading a few rows of its case, not all of them.
 *
 * Look-alikes are kept as links, not as group rows: "when X was hashed, it looked like Y (held in case C) at
 * distance d, logged as ledger entry n". Every copy stays an item of its own (which copy was posted first is
 * evidence); a group is the connected set of links within a case, found when read. So a new item that bridges
 * two groups adds links and rewrites nothing, and each row is exactly what its ledger entry committed to.
 * Links are per case: an item held by two cases links to each case's look-alikes, and no case sees another's.
 */
export function perceptualHashesSchema(_engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('evidence_perceptual_hashes')
        .addColumn('evidence_id', 'text', (c) => c.notNull().references('evidence_items.id'))
        .addColumn('frame', 'text', (c) => c.notNull())
        .addColumn('region', 'text', (c) => c.notNull())
        .addColumn('algorithm', 'text', (c) => c.notNull())
        .addColumn('hash', 'text', (c) => c.notNull())
        .addColumn('piece0', 'integer', (c) => c.notNull())
        .addColumn('piece1', 'integer', (c) => c.notNull())
        .addColumn('piece2', 'integer', (c) => c.notNull())
        .addColumn('piece3', 'integer', (c) => c.notNull())
        .addColumn('hashed_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('evidence_perceptual_hashes_pk', ['evidence_id', 'algorithm', 'frame', 'region'])
        .execute();
      for (const piece of [0, 1, 2, 3]) {
        await db.schema.createIndex(`evidence_perceptual_hashes_by_piece${piece}`).on('evidence_perceptual_hashes').column(`piece${piece}`).execute();
      }
      await db.schema
        .createTable('look_alike_links')
        .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
        .addColumn('evidence_id', 'text', (c) => c.notNull().references('evidence_items.id'))
        .addColumn('look_alike_id', 'text', (c) => c.notNull().references('evidence_items.id'))
        .addColumn('distance', 'integer', (c) => c.notNull())
        .addColumn('algorithm', 'text', (c) => c.notNull())
        .addColumn('linked_at', 'text', (c) => c.notNull())
        .addColumn('linked_by', 'text', (c) => c.notNull())
        .addColumn('ledger_seq', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('look_alike_links_pk', ['case_id', 'evidence_id', 'look_alike_id'])
        .execute();
      await db.schema.createIndex('look_alike_links_by_look_alike').on('look_alike_links').columns(['case_id', 'look_alike_id']).execute();
    },
  };
}
