import { sql, type Kysely, type Migration } from 'kysely';
import type { Engine } from '../engine.js';

/**
 * The documentation model: incidents, acts, actors, involvements, victim groups, sites, sources, claims,
 * legal qualifications, assessments and context events. Each record's whole document is kept as canonical
 * JSON (so values round-trip exactly on both engines); the columns beside it are copies for filtering and
 * sorting, rewritten with the document in the same transaction.
 */
export function recordsSchema(engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('records')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
        .addColumn('parent_id', 'text')
        .addColumn('incident_id', 'text')
        .addColumn('rev', 'integer', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('status', 'text')
        .addColumn('date_earliest', 'text')
        .addColumn('date_latest', 'text')
        // date_earliest with undated records last, so sorting by date can walk an index.
        .addColumn('sort_date', 'text', (c) => c.notNull())
        // Whole days from earliest to latest: the longest span in a list bounds how far before a date range
        // an overlapping record can start, so date filters can walk the date index instead of the whole list.
        .addColumn('span_days', 'integer')
        .addColumn('lat', 'double precision')
        .addColumn('lon', 'double precision')
        .addColumn('west', 'double precision')
        .addColumn('south', 'double precision')
        .addColumn('east', 'double precision')
        .addColumn('north', 'double precision')
        .addColumn('admin1', 'text')
        .addColumn('admin2', 'text')
        .addColumn('community', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('updated_by', 'text', (c) => c.notNull())
        .addColumn('doc', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('records_by_case_kind_date').on('records').columns(['case_id', 'kind', 'sort_date', 'id']).execute();
      await db.schema.createIndex('records_by_kind_date').on('records').columns(['kind', 'sort_date', 'id']).execute();
      await db.schema.createIndex('records_by_case_kind_updated').on('records').columns(['case_id', 'kind', 'updated_at', 'id']).execute();
      await db.schema.createIndex('records_by_case_kind_status').on('records').columns(['case_id', 'kind', 'status']).execute();
      await db.schema.createIndex('records_by_kind_span').on('records').columns(['kind', 'case_id', 'span_days']).execute();
      for (const level of ['admin1', 'admin2', 'community']) {
        await db.schema.createIndex(`records_by_${level}`).on('records').columns(['kind', level, 'sort_date', 'id']).execute();
      }
      await db.schema.createIndex('records_by_parent').on('records').columns(['parent_id', 'kind']).execute();
      await db.schema.createIndex('records_by_incident').on('records').columns(['incident_id', 'kind']).execute();

      // Controlled terms a record carries (types, means, targets, actors), with the incident they describe,
      // so incidents can be filtered and counted by what their acts and involvements say.
      await db.schema
        .createTable('record_terms')
        .addColumn('record_id', 'text', (c) => c.notNull())
        .addColumn('incident_id', 'text')
        .addColumn('case_id', 'text', (c) => c.notNull())
        .addColumn('vocab', 'text', (c) => c.notNull())
        .addColumn('term', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('record_terms_by_record').on('record_terms').columns(['record_id']).execute();
      await db.schema.createIndex('record_terms_by_term').on('record_terms').columns(['vocab', 'term', 'incident_id']).execute();
      await db.schema.createIndex('record_terms_by_incident').on('record_terms').columns(['incident_id', 'vocab', 'term']).execute();

      // Every version of every record. The ledger holds a salted commitment to each version's document,
      // so a revision edited in the database no longer matches the entry that logged it.
      await db.schema
        .createTable('record_revisions')
        .addColumn('record_id', 'text', (c) => c.notNull())
        .addColumn('rev', 'integer', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('case_id', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('salt', 'text', (c) => c.notNull())
        .addColumn('commitment', 'text', (c) => c.notNull())
        .addColumn('ledger_seq', 'bigint', (c) => c.notNull())
        .addColumn('doc', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('record_revisions_pk', ['record_id', 'rev'])
        .execute();

      if (engine === 'sqlite') {
        // unicode61 folds case and Latin diacritics; Arabic is folded by Dossier before indexing. `scope`
        // holds one token for the case and one for the kind, so narrowing a search is part of the match.
        await sql`create virtual table search_fts using fts5(title, body, scope, tokenize = 'unicode61 remove_diacritics 2')`.execute(db);
      } else {
        await db.schema
          .createTable('search_docs')
          .addColumn('record_id', 'text', (c) => c.primaryKey())
          .addColumn('kind', 'text', (c) => c.notNull())
          .addColumn('case_id', 'text', (c) => c.notNull())
          .addColumn('title', 'text', (c) => c.notNull())
          .addColumn('body', 'text', (c) => c.notNull())
          .addColumn('tsv', sql`tsvector`, (c) =>
            c.generatedAlwaysAs(sql`setweight(to_tsvector('simple', title), 'A') || setweight(to_tsvector('simple', body), 'B') || to_tsvector('english', title || ' ' || body)`).stored(),
          )
          .execute();
        await sql`create index search_docs_tsv on search_docs using gin (tsv)`.execute(db);
        await db.schema.createIndex('search_docs_by_case').on('search_docs').columns(['case_id', 'kind']).execute();
      }
    },
  };
}
