import { sql } from 'kysely';
import { foldText } from '../common/text-fold.js';
import type { Engine } from './database.js';
import type { Db } from './schema.js';

/**
 * Full-text search, the one place where the engines differ in kind: SQLite's FTS5 and PostgreSQL's tsvector.
 * Text is folded (diacritics, Arabic letter variants) before indexing and before querying on both.
 */
export interface SearchDocument {
  recordId: string;
  kind: string;
  caseId: string;
  title: string;
  body: string;
}

export interface SearchHit {
  recordId: string;
  kind: string;
  caseId: string;
  rank: number;
}

/**
 * In SQLite the FTS row shares the record's rowid: FTS5 cannot index a plain column, so finding a document
 * by record id would scan the whole index on every write.
 */
const recordRowid = (recordId: string) => sql`(select rowid from records where id = ${recordId})`;

export async function writeToSearch(trx: Db, engine: Engine, doc: SearchDocument): Promise<void> {
  const [title, body] = [foldText(doc.title), foldText(doc.body)];
  if (engine === 'sqlite') {
    await sql`insert into search_fts (rowid, title, body, kind, record_id, case_id) values (${recordRowid(doc.recordId)}, ${title}, ${body}, ${doc.kind}, ${doc.recordId}, ${doc.caseId})`.execute(trx);
  } else {
    await trx.insertInto('search_docs').values({ record_id: doc.recordId, kind: doc.kind, case_id: doc.caseId, title, body }).execute();
  }
}

export async function removeFromSearch(trx: Db, engine: Engine, recordId: string): Promise<void> {
  if (engine === 'sqlite') await sql`delete from search_fts where rowid = ${recordRowid(recordId)}`.execute(trx);
  else await trx.deleteFrom('search_docs').where('record_id', '=', recordId).execute();
}

/** Folded words of a query; quoted before use, so user input never reaches either engine's query syntax. */
function queryWords(text: string): string[] {
  return foldText(text).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0).slice(0, 12);
}

function ftsMatch(words: string[]): string {
  return words.map((w, i) => `"${w}"${i === words.length - 1 ? '*' : ''}`).join(' ');
}

function tsQuery(words: string[]): string {
  return words.map((w, i) => `${w}${i === words.length - 1 ? ':*' : ''}`).join(' & ');
}

/** The ids of records matching `text`, as a subquery to combine with other filters. */
export function matchingRecordIds(db: Db, engine: Engine, text: string) {
  const words = queryWords(text);
  // Punctuation alone has no words: match nothing rather than hand an empty query to the engine.
  if (words.length === 0) return db.selectFrom('records').select('id as record_id').where(sql<boolean>`1 = 0`);
  if (engine === 'sqlite') {
    return db.selectFrom('search_fts').select('record_id').where(sql<boolean>`search_fts match ${ftsMatch(words)}`);
  }
  const q = tsQuery(words);
  return db
    .selectFrom('search_docs')
    .select('record_id')
    .where(sql<boolean>`(tsv @@ to_tsquery('simple', ${q}) or tsv @@ to_tsquery('english', ${q}))`);
}

/**
 * Records matching every word of `text` (prefix match on the last word), best first. Words are quoted, so
 * user input never reaches the query syntax of either engine.
 */
export async function searchRecords(
  db: Db,
  engine: Engine,
  text: string,
  options: { caseIds?: string[] | undefined; kinds?: string[] | undefined; limit: number },
): Promise<SearchHit[]> {
  const words = queryWords(text);
  if (words.length === 0) return [];
  if (engine === 'sqlite') {
    const match = ftsMatch(words);
    let query = db
      .selectFrom('search_fts')
      .select(['record_id as recordId', 'kind', 'case_id as caseId', sql<number>`bm25(search_fts, 2.0, 1.0)`.as('rank')])
      .where(sql<boolean>`search_fts match ${match}`);
    if (options.caseIds) query = query.where('case_id', 'in', options.caseIds.length ? options.caseIds : ['']);
    if (options.kinds) query = query.where('kind', 'in', options.kinds.length ? options.kinds : ['']);
    return query.orderBy('rank').limit(options.limit).execute();
  }
  const tsquery = tsQuery(words);
  let query = db
    .selectFrom('search_docs')
    .select(['record_id as recordId', 'kind', 'case_id as caseId', sql<number>`-ts_rank(tsv, to_tsquery('simple', ${tsquery}))`.as('rank')])
    .where(sql<boolean>`(tsv @@ to_tsquery('simple', ${tsquery}) or tsv @@ to_tsquery('english', ${tsquery}))`);
  if (options.caseIds) query = query.where('case_id', 'in', options.caseIds.length ? options.caseIds : ['']);
  if (options.kinds) query = query.where('kind', 'in', options.kinds.length ? options.kinds : ['']);
  return query.orderBy('rank').limit(options.limit).execute();
}

/** How many records of each kind match `text`. */
export async function countMatchesByKind(db: Db, engine: Engine, text: string, caseIds?: string[]): Promise<Record<string, number>> {
  if (queryWords(text).length === 0) return {};
  const ids = matchingRecordIds(db, engine, text);
  let query = db.selectFrom('records').select(['kind', (eb) => eb.fn.countAll<number>().as('n')]).where('id', 'in', ids);
  if (caseIds) query = query.where('case_id', 'in', caseIds.length ? caseIds : ['']);
  const rows = await query.groupBy('kind').execute();
  return Object.fromEntries(rows.map((row) => [row.kind, Number(row.n)]));
}
