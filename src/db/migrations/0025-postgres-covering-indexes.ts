import { sql, type Kysely, type Migration } from 'kysely';
import type { Engine } from '../engine.js';

/**
 * PostgreSQL's lists and counts read an index alone (bench/scale-queries.ts, 10M incidents):
 * - The date index carries, beside each entry, everything a list or its counts check or count: the record's
 *   end, its gathered types, its grade and its bounding box. A box too full to read first, or the counts of a
 *   90-day window, are then answered without fetching a record. It replaces migration 0023's date index, and
 *   the plain (case, kind, date) index, which it begins with.
 * - The records spanning LONG_SPAN_DAYS or more (records/record-query.ts), in an index of their own: a date
 *   filter walks every record from a month before its start, and before that only these.
 * - The place indexes (admin1, admin2, community) carry the same, so a town's counts, tens of thousands of
 *   incidents, are read from the index rather than by fetching each record; they replace migration 0002's.
 * - The ledger's tree nodes carry their hash in the primary key's index, so a proof's ~24 nodes are read from
 *   the index alone: half the scattered page reads of a cold proof at 10M entries.
 * SQLite meets its targets with the indexes it has (and cannot use a partial index with a bound parameter).
 */
export function postgresCoveringIndexesSchema(engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>) {
      if (engine !== 'postgres') return;
      const covering = sql`(case_id, kind, sort_date, id) include (date_latest, incident_types, status, west, south, east, north)`;
      await sql`create index if not exists records_by_case_kind_date_covering on records ${covering}`.execute(db);
      await sql`create index if not exists records_by_long_span on records ${covering} where span_days >= 32`.execute(db);
      await sql`drop index if exists records_by_case_kind_date_end`.execute(db);
      await sql`drop index if exists records_by_case_kind_date`.execute(db);
      for (const level of ['admin1', 'admin2', 'community']) {
        const [placeIndex, plain] = [sql.id(`records_by_${level}_covering`), sql.id(`records_by_${level}`)];
        await sql`create index if not exists ${placeIndex} on records (kind, ${sql.id(level)}, sort_date, id) include (case_id, date_latest, incident_types, status)`.execute(db);
        await sql`drop index if exists ${plain}`.execute(db);
      }
      await sql`alter table merkle_nodes drop constraint merkle_nodes_pk`.execute(db);
      await sql`alter table merkle_nodes add constraint merkle_nodes_pk primary key (level, idx) include (hash)`.execute(db);
    },
  };
}
