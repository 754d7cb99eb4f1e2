import { sql, type Kysely, type Migration } from 'kysely';
import type { Engine } from '../engine.js';

/**
 * Each incident's row gathers the incident types it and its acts carry (`incident_types`, distinct, in order,
 * space-separated), and the status index carries them: a search then counts its matches by kind, grade and
 * type in one pass over that index, instead of reading every matching record and probing its terms.
 * Incidents kept before this column get it from their terms here.
 */
export function incidentTypesForFacetsSchema(_engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('records').addColumn('incident_types', 'text').execute();
      // The migration's own statement, as records/incident-types.ts writes the column today: it must not
      // change when the domain's does. string_agg is SQLite's (3.44 on) and PostgreSQL's.
      await sql`update records set incident_types = (
          select string_agg(term, ' ' order by term)
          from (select distinct term from record_terms where record_terms.incident_id = records.id and record_terms.vocab = 'incident_type') as gathered)
        where kind = 'incident'`.execute(db);
      await db.schema.dropIndex('records_by_case_kind_status').execute();
      await db.schema.createIndex('records_by_case_kind_status_types').on('records').columns(['case_id', 'kind', 'status', 'incident_types']).execute();
    },
  };
}
