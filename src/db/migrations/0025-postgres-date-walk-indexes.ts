import { sql, type Kysely, type Migration } from 'kysely';
import type { Engine } from '../database.js';

/**
 * PostgreSQL's date walks read the index alone (bench/scale-queries.ts, 10M incidents):
 * - The date index carries, beside each entry, everything a list or its counts check or count: the record's
 *   end, its gathered types, its grade and its bounding box. A box too full to read first, or the counts of a
 *   90-day window, are then answered without fetching a record. It replaces migration 0023's date index, and
 *   the plain (case, kind, date) index, which it begins with.
 * - The records spanning LONG_SPAN_DAYS or more (records/record-query.ts), in an index of their own: a date
 *   filter walks every record from a month before its start, and before that only these.
 * SQLite meets its targets with the indexes it has (and cannot use a partial index with a bound parameter).
 */
export function postgresDateWalkIndexesSchema(engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>) {
      if (engine !== 'postgres') return;
      const covering = sql`(case_id, kind, sort_date, id) include (date_latest, incident_types, status, west, south, east, north)`;
      await sql`create index if not exists records_by_case_kind_date_covering on records ${covering}`.execute(db);
      await sql`create index if not exists records_by_long_span on records ${covering} where span_days >= 32`.execute(db);
      await sql`drop index if exists records_by_case_kind_date_end`.execute(db);
      await sql`drop index if exists records_by_case_kind_date`.execute(db);
    },
  };
}
