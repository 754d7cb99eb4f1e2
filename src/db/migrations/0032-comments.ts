import { sql, type Kysely, type Migration } from 'kysely';
import type { Engine } from '../engine.js';

/**
 * The team's discussion (src/comments): a comment on an incident, a claim, any record of a case or an evidence
 * item. A comment is never overwritten: each edit is a new row of `comment_revisions`, with the salt its ledger
 * entry's commitment was made with, so the log proves every wording unaltered without holding it. `comments`
 * keeps the latest wording beside the first, for threads and search. Search is the one part the engines do
 * differently: an FTS5 table sharing the comment's rowid on SQLite, a tsvector table on PostgreSQL.
 */
export function commentsSchema(engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('comments')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('case_id', 'text', (c) => c.notNull())
        .addColumn('subject_kind', 'text', (c) => c.notNull())
        .addColumn('subject_id', 'text', (c) => c.notNull())
        .addColumn('reply_to', 'text')
        .addColumn('author', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('rev', 'integer', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('comments_by_subject').on('comments').columns(['case_id', 'subject_id', 'created_at']).execute();
      await db.schema
        .createTable('comment_revisions')
        .addColumn('comment_id', 'text', (c) => c.notNull())
        .addColumn('rev', 'integer', (c) => c.notNull())
        .addColumn('case_id', 'text', (c) => c.notNull())
        .addColumn('author', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('salt', 'text', (c) => c.notNull())
        .addColumn('commitment', 'text', (c) => c.notNull())
        // JSON lists: the account names mentioned and the ids of the case's records and items linked.
        .addColumn('mentions', 'text', (c) => c.notNull())
        .addColumn('links', 'text', (c) => c.notNull())
        .addColumn('ledger_seq', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('comment_revisions_pk', ['comment_id', 'rev'])
        .execute();
      await db.schema.createIndex('comment_revisions_by_case').on('comment_revisions').columns(['case_id', 'ledger_seq']).execute();
      if (engine === 'sqlite') {
        await sql`create virtual table comment_fts using fts5(body, tokenize = 'unicode61 remove_diacritics 2')`.execute(db);
      } else {
        await db.schema
          .createTable('comment_search')
          .addColumn('comment_id', 'text', (c) => c.primaryKey())
          .addColumn('case_id', 'text', (c) => c.notNull())
          .addColumn('body', 'text', (c) => c.notNull())
          .addColumn('tsv', sql`tsvector`, (c) => c.generatedAlwaysAs(sql`to_tsvector('simple', body) || to_tsvector('english', body)`).stored())
          .execute();
        await sql`create index comment_search_tsv on comment_search using gin (tsv)`.execute(db);
        await db.schema.createIndex('comment_search_by_case').on('comment_search').column('case_id').execute();
      }
    },
  };
}
