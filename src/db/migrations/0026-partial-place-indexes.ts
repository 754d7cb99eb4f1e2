import { sql, type Kysely, type Migration } from 'kysely';
import type { Engine } from '../engine.js';

/**
 * Only incidents have a place, a bounding box and a date span; an ACLED row becomes an incident and four or
 * five other records (act, victims, involvement, claims). The indexes over those columns held an entry for
 * every record all the same, most of them empty: a fifth of an import's index writes (bench/acled-import.ts).
 * They are rebuilt as partial indexes over the records that have the column.
 *
 * Both engines still use them for every query that reads them: a comparison on a column (`admin1 = ?`,
 * `admin2 in (…)`, a box overlap built from strict functions of west/south/east/north) implies that the column
 * is not null, which SQLite and PostgreSQL both prove for a partial index with a bound parameter. The longest
 * span is asked for with `span_days is not null` (record-query.ts), which the index's condition matches.
 */
export function partialPlaceIndexesSchema(engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>) {
      for (const level of ['admin1', 'admin2', 'community']) {
        const column = sql.id(level);
        const name = sql.id(engine === 'postgres' ? `records_by_${level}_covering` : `records_by_${level}`);
        await sql`drop index if exists ${name}`.execute(db);
        if (engine === 'postgres') {
          await sql`create index ${name} on records (kind, ${column}, sort_date, id) include (case_id, date_latest, incident_types, status) where ${column} is not null`.execute(db);
        } else {
          await sql`create index ${name} on records (kind, ${column}, sort_date, id) where ${column} is not null`.execute(db);
        }
      }
      await sql`drop index if exists records_by_kind_span`.execute(db);
      await sql`create index records_by_kind_span on records (kind, case_id, span_days) where span_days is not null`.execute(db);
      if (engine === 'postgres') {
        await sql`drop index if exists records_by_box`.execute(db);
        await sql`create index records_by_box on records using gist (box(point(west, south), point(east, north))) include (kind, case_id, id) where west is not null`.execute(db);
      }
    },
  };
}
