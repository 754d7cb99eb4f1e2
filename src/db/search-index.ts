import { sql, type RawBuilder } from 'kysely';
import { foldText } from '../common/text-fold.js';
import type { Database, Engine } from './database.js';
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
    const scope = `${caseToken(doc.caseId)} ${kindToken(doc.kind)}`;
    await sql`insert into search_fts (rowid, title, body, scope) values (${recordRowid(doc.recordId)}, ${title}, ${body}, ${scope})`.execute(trx);
  } else {
    await trx.insertInto('search_docs').values({ record_id: doc.recordId, kind: doc.kind, case_id: doc.caseId, title, body }).execute();
  }
}

/** writeToSearch for many documents at once (imports), on the fast path of each engine. */
export async function writeManyToSearch(database: Database, trx: Db, docs: readonly SearchDocument[]): Promise<void> {
  if (database.engine === 'sqlite') {
    const rows = docs.map((doc) => [doc.recordId, foldText(doc.title), foldText(doc.body), `${caseToken(doc.caseId)} ${kindToken(doc.kind)}`]);
    await database.runEach(trx, 'insert into search_fts (rowid, title, body, scope) values ((select rowid from records where id = ?), ?, ?, ?)', rows);
  } else {
    const rows = docs.map((doc) => ({ record_id: doc.recordId, kind: doc.kind, case_id: doc.caseId, title: foldText(doc.title), body: foldText(doc.body) }));
    await database.insertMany(trx, 'search_docs', rows);
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

/** Case ids are slugs with dashes, which the tokenizer would split: hex keeps each one a single token. */
const caseToken = (caseId: string) => `c${Buffer.from(caseId, 'utf8').toString('hex')}`;
const kindToken = (kind: string) => `k${kind.replaceAll('_', '')}`;

function ftsMatch(words: string[], scope: { caseIds?: string[] | undefined; kinds?: string[] | undefined } = {}): string {
  const text = `{title body} : (${words.map((w, i) => `"${w}"${i === words.length - 1 ? '*' : ''}`).join(' ')})`;
  const narrow = [
    scope.caseIds && `scope : (${scope.caseIds.map((c) => `"${caseToken(c)}"`).join(' OR ') || '"cnone"'})`,
    scope.kinds && `scope : (${scope.kinds.map((k) => `"${kindToken(k)}"`).join(' OR ') || '"knone"'})`,
  ].filter(Boolean);
  return [text, ...narrow].join(' AND ');
}

function tsQuery(words: string[]): string {
  return words.map((w, i) => `${w}${i === words.length - 1 ? ':*' : ''}`).join(' & ');
}

/**
 * A condition on the `records` table: the record matches `text`. SQLite joins on the FTS rowid (reading a
 * stored column from FTS5 costs more than the search itself); PostgreSQL on the record id.
 */
export function recordMatches(engine: Engine, text: string, scope: { caseIds?: string[] | undefined; kinds?: string[] | undefined } = {}): RawBuilder<boolean> {
  const words = queryWords(text);
  // Punctuation alone has no words: match nothing rather than hand an empty query to the engine.
  if (words.length === 0) return sql<boolean>`1 = 0`;
  if (engine === 'sqlite') return sql<boolean>`records.rowid in (select rowid from search_fts where search_fts match ${ftsMatch(words, scope)})`;
  const q = tsQuery(words);
  return sql<boolean>`records.id in (select record_id from search_docs where tsv @@ to_tsquery('simple', ${q}) or tsv @@ to_tsquery('english', ${q}))`;
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
    // Rank inside FTS5 and join the page only: joining every match first costs five times as much.
    const ranked = await sql<{ rowid: number; rank: number }>`select rowid, bm25(search_fts, 2.0, 1.0, 0.0) as rank from search_fts where search_fts match ${ftsMatch(words, options)} order by rank limit ${options.limit}`.execute(db);
    if (ranked.rows.length === 0) return [];
    const rows = await db
      .selectFrom('records')
      .select([sql<number>`rowid`.as('rowid'), 'id', 'kind', 'case_id'])
      .where(sql<boolean>`rowid in (${sql.join(ranked.rows.map((r) => r.rowid))})`)
      .execute();
    const byRowid = new Map(rows.map((row) => [Number(row.rowid), row]));
    return ranked.rows.flatMap((hit) => {
      const row = byRowid.get(Number(hit.rowid));
      return row ? [{ recordId: row.id, kind: row.kind, caseId: row.case_id, rank: hit.rank }] : [];
    });
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
  let query = db.selectFrom('records').select(['kind', (eb) => eb.fn.countAll<number>().as('n')]).where(recordMatches(engine, text));
  if (caseIds) query = query.where('case_id', 'in', caseIds.length ? caseIds : ['']);
  const rows = await query.groupBy('kind').execute();
  return Object.fromEntries(rows.map((row) => [row.kind, Number(row.n)]));
}
