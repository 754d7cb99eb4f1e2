import type { Kysely, Migration } from 'kysely';
import type { Engine } from '../engine.js';

/**
 * What an item's own metadata says (EXIF, XMP, QuickTime…, read by ExifTool): when it was captured (and whether the
 * time had a zone), where (GPS), by what device and software, and traces of editing; the raw tags kept beside
 * the reading. Indexed by capture time and position, for "taken within 5 km of Arbin in early 2017".
 */
export function mediaMetadataSchema(_engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('evidence_metadata')
        .addColumn('evidence_id', 'text', (c) => c.primaryKey().references('evidence_items.id'))
        .addColumn('read_at', 'text', (c) => c.notNull())
        .addColumn('tool', 'text', (c) => c.notNull())
        .addColumn('captured_at', 'text')
        .addColumn('lat', 'double precision')
        .addColumn('lon', 'double precision')
        .addColumn('reading', 'text', (c) => c.notNull())
        .addColumn('raw', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('evidence_metadata_by_time').on('evidence_metadata').column('captured_at').execute();
      await db.schema.createIndex('evidence_metadata_by_place').on('evidence_metadata').columns(['lat', 'lon']).execute();
    },
  };
}
