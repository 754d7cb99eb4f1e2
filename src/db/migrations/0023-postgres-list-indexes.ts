import { sql, type Kysely, type Migration } from 'kysely';
import type { Engine } from '../engine.js';

/**
 * Indexes that let PostgreSQL page through millions of incidents (bench/scale-queries.ts). SQLite's lists
 * meet their targets with the indexes it has, and gains nothing from these.
 * - A date range: the date index walked from the range's start with the record's end beside each entry, so a
 *   record that ends before the range is passed over in the index, not fetched to be checked.
 * - A grade: each grade's records in date order, so a rare grade is paged without walking all the others.
 * Both carry an incident's gathered types, so a type filter is checked in the index too (record-query.ts).
 * - A box: the records' bounding boxes in a GiST index (with the columns a list narrows by, so its matches
 *   are found in the index alone), read first when a box holds few records (records/record-query.ts).
 */
export function postgresListIndexesSchema(engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>) {
      if (engine !== 'postgres') return;
      await sql`create index records_by_case_kind_date_end on records (case_id, kind, sort_date, id, date_latest) include (incident_types)`.execute(db);
      await sql`create index records_by_case_kind_status_date on records (case_id, kind, status, sort_date, id) include (incident_types)`.execute(db);
      await sql`create index records_by_box on records using gist (box(point(west, south), point(east, north))) include (kind, case_id, id)`.execute(db);
    },
  };
}
