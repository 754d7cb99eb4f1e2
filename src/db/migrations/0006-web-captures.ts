import { sql, type Kysely, type Migration } from 'kysely';
import type { Engine } from '../engine.js';

/**
 * Web captures (one row per URL asked for: queued, running, done or failed, and what it produced) and the
 * text found in evidence (captured pages, imported web archives, PDF pages, OCR of images), searchable, each
 * row pointing at its item and where in it the text is.
 */
export function webCapturesSchema(engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('web_captures')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
        .addColumn('url', 'text', (c) => c.notNull())
        .addColumn('requested_at', 'text', (c) => c.notNull())
        .addColumn('requested_by', 'text', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        // Who may run it: null for the server's workers, or the one process that asked (the CLI).
        .addColumn('runner', 'text')
        // A running capture's worker renews this; one whose lease ran out was left by a process that stopped.
        .addColumn('lease_until', 'text')
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('started_at', 'text')
        .addColumn('ended_at', 'text')
        .addColumn('final_url', 'text')
        .addColumn('http_status', 'integer')
        .addColumn('error_code', 'text')
        .addColumn('error_message', 'text')
        .addColumn('wacz_evidence_id', 'text')
        .addColumn('screenshot_evidence_id', 'text')
        .addColumn('pdf_evidence_id', 'text')
        .addColumn('text_evidence_id', 'text')
        .addColumn('metadata', 'text')
        .addColumn('salt', 'text', (c) => c.notNull())
        .addColumn('ledger_seq', 'bigint')
        .execute();
      await db.schema.createIndex('web_captures_by_case').on('web_captures').columns(['case_id', 'requested_at']).execute();
      await db.schema.createIndex('web_captures_by_state').on('web_captures').columns(['state', 'requested_at']).execute();

      await db.schema
        .createTable('evidence_texts')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('evidence_id', 'text', (c) => c.notNull().references('evidence_items.id'))
        .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
        .addColumn('origin', 'text', (c) => c.notNull())
        .addColumn('locator', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        // The text folded as queries are (diacritics, Arabic letter variants): what PostgreSQL indexes.
        .addColumn('folded', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('evidence_texts_by_item').on('evidence_texts').columns(['evidence_id', 'case_id']).execute();
      if (engine === 'sqlite') {
        // Rowid shared with evidence_texts; `scope` holds the case's token (see db/evidence-text-index.ts).
        await sql`create virtual table evidence_text_fts using fts5(body, scope, tokenize = 'unicode61 remove_diacritics 2')`.execute(db);
      } else {
        await sql`alter table evidence_texts add column tsv tsvector generated always as (to_tsvector('simple', folded) || to_tsvector('english', folded)) stored`.execute(db);
        await sql`create index evidence_texts_tsv on evidence_texts using gin (tsv)`.execute(db);
      }
    },
  };
}
