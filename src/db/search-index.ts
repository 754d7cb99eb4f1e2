import { sql, type RawBuilder } from 'kysely';
import { foldText } from '../common/text-fold.js';
import type { Database } from './database.js';
import type { Engine } from './engine.js';
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

/**
 * PostgreSQL ranks at most this many matches of a search: ts_rank reads each match's whole tsvector, which
 * for a word in millions of records takes seconds. A search with more matches ranks the first this many
 * found and says so (`rankedAmong`), rather than presenting them as the best of all.
 */
export const RANK_WINDOW = 5000;

export interface RankedHits {
  hits: SearchHit[];
  /** Present when more records matched than were ranked: the hits are the best of this many matches found first. */
  rankedAmong?: number;
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
export function queryWords(text: string): string[] {
  return foldText(text).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0).slice(0, 12);
}

/** Case ids are slugs with dashes, which the tokenizer would split: hex keeps each one a single token. */
export const caseToken = (caseId: string) => `c${Buffer.from(caseId, 'utf8').toString('hex')}`;
const kindToken = (kind: string) => `k${kind.replaceAll('_', '')}`;

/**
 * An FTS5 query for the words, optionally narrowed to cases and kinds by their scope tokens. Narrowing has a
 * price when ranking: bm25 reads the whole doclist of every phrase of a query to weigh it, and a case's token
 * is in every document of the case.
 */
function ftsMatch(words: string[], scope: { caseIds?: string[] | undefined; kinds?: string[] | undefined } = {}): string {
  const text = `{title body} : (${ftsWords(words)})`;
  const narrow = [
    scope.caseIds && `scope : (${scope.caseIds.map((c) => `"${caseToken(c)}"`).join(' OR ') || '"cnone"'})`,
    scope.kinds && `scope : (${scope.kinds.map((k) => `"${kindToken(k)}"`).join(' OR ') || '"knone"'})`,
  ].filter(Boolean);
  return [text, ...narrow].join(' AND ');
}

/**
 * The last word is matched as a prefix, for a search typed as it is read; from three letters only. "al" (as in
 * al-Bab) or the Arabic article would stand for a large part of the vocabulary, and a search for the rest of the
 * words would read nearly every document's entry in the index; a two-letter word is matched whole.
 */
const MIN_PREFIX = 3;
const asPrefix = (words: readonly string[], i: number) => i === words.length - 1 && [...words[i]!].length >= MIN_PREFIX;

/** The words as FTS5 phrases, each quoted (so user input never reaches the query syntax), the last as a prefix. */
export function ftsWords(words: readonly string[]): string {
  return words.map((w, i) => `"${w}"${asPrefix(words, i) ? '*' : ''}`).join(' ');
}

export function tsQuery(words: string[]): string {
  return words.map((w, i) => `${w}${asPrefix(words, i) ? ':*' : ''}`).join(' & ');
}

/**
 * A condition on the `records` table: the record matches `text`. SQLite joins on the FTS rowid (reading a
 * stored column from FTS5 costs more than the search itself); PostgreSQL on the record id. The words are
 * matched across all cases and kinds: the `records` conditions beside this one narrow them for less.
 *
 * `checkOnly` (SQLite) keeps the planner from driving the query from the matches: for a common word, walking
 * an ordered index and checking each record against the matches finds a page sooner than sorting them all.
 */
export function recordMatches(engine: Engine, text: string, options: { checkOnly?: boolean } = {}): RawBuilder<boolean> {
  const words = queryWords(text);
  // Punctuation alone has no words: match nothing rather than hand an empty query to the engine.
  if (words.length === 0) return sql<boolean>`1 = 0`;
  if (engine === 'sqlite') {
    const rowid = options.checkOnly ? sql`+records.rowid` : sql`records.rowid`;
    return sql<boolean>`${rowid} in (select rowid from search_fts where search_fts match ${ftsMatch(words)})`;
  }
  const matches = tsMatches(tsQuery(words));
  // OFFSET 0 keeps the subquery a per-record check: PostgreSQL would otherwise turn it into a join.
  if (options.checkOnly) return sql<boolean>`exists (select 1 from search_docs where search_docs.record_id = records.id and ${matches} offset 0)`;
  return sql<boolean>`records.id in (select record_id from search_docs where ${matches})`;
}

/** PostgreSQL: a condition on `search_docs` that its document matches `text` (nothing, for no words). */
export function searchDocsMatch(text: string): RawBuilder<boolean> {
  const words = queryWords(text);
  return words.length === 0 ? sql<boolean>`1 = 0` : tsMatches(tsQuery(words));
}

/**
 * The tsvector condition: every word, the last as a prefix, as written or as its English stem. One tsquery of
 * both forms, not two conditions: the GIN index is then read once, a prefix's words expanded once.
 */
export function tsMatches(tsquery: string): RawBuilder<boolean> {
  return sql<boolean>`tsv @@ (to_tsquery('simple', ${tsquery}) || to_tsquery('english', ${tsquery}))`;
}

/** Whether more than `threshold` records (of any case and kind) match `text`; stops counting there (SQLite). */
export async function textMatchesMoreThan(db: Db, text: string, threshold: number): Promise<boolean> {
  const words = queryWords(text);
  if (words.length === 0) return false;
  const row = await sql<{ n: number }>`select count(*) as n from (select rowid from search_fts where search_fts match ${ftsMatch(words)} limit ${threshold + 1})`.execute(db);
  return Number(row.rows[0]?.n ?? 0) > threshold;
}

/**
 * PostgreSQL: the ids of the records (of any case and kind) matching `text`, or undefined when more than `most`
 * match, reading no further. Knowing each word's frequency, the planner reads a rare word's matches from the
 * GIN index and finds a common word's first few by scanning; either way this costs little.
 */
export async function matchingRecordIds(db: Db, text: string, most: number): Promise<string[] | undefined> {
  const words = queryWords(text);
  if (words.length === 0) return [];
  const rows = await sql<{ id: string }>`select record_id as id from search_docs where ${tsMatches(tsQuery(words))} limit ${most + 1}`.execute(db);
  return rows.rows.length > most ? undefined : rows.rows.map((row) => row.id);
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
): Promise<RankedHits> {
  const words = queryWords(text);
  if (words.length === 0) return { hits: [] };
  if (engine === 'sqlite') return { hits: await searchFts(db, words, options) };
  const tsquery = tsQuery(words);
  let candidates = db.selectFrom('search_docs').select(['record_id', 'kind', 'case_id', sql<string>`tsv`.as('tsv')]).where(tsMatches(tsquery));
  if (options.caseIds) candidates = candidates.where('case_id', 'in', options.caseIds.length ? options.caseIds : ['']);
  if (options.kinds) candidates = candidates.where('kind', 'in', options.kinds.length ? options.kinds : ['']);
  const rows = await db
    .selectFrom(candidates.limit(RANK_WINDOW + 1).as('candidates'))
    .select(['record_id as recordId', 'kind', 'case_id as caseId', sql<number>`-ts_rank(tsv, to_tsquery('simple', ${tsquery}))`.as('rank'), sql<number>`count(*) over ()`.as('found')])
    .orderBy('rank')
    .limit(options.limit)
    .execute();
  const found = Number(rows[0]?.found ?? 0);
  const hits = rows.map(({ found: _found, ...hit }) => hit);
  return found > RANK_WINDOW ? { hits, rankedAmong: found } : { hits };
}

/** SQLite: bm25 ranks every match, fast enough at the sizes an embedded database holds. */
async function searchFts(db: Db, words: string[], options: { caseIds?: string[] | undefined; kinds?: string[] | undefined; limit: number }): Promise<SearchHit[]> {
  // Most searches are of one large case: the best matches of the whole index, checked against the scope,
  // then fill the page, and the scope tokens' price is not paid. Scope tokens score nothing (weight 0), so
  // a record ranks the same either way, and the in-scope records among the best 4×limit are the best in scope.
  const window = options.limit * 4;
  const best = await rankedRowids(db, ftsMatch(words), window);
  const hits = await inScope(db, best, options);
  if (hits.length >= options.limit || best.length < window) return hits.slice(0, options.limit);
  return inScope(db, await rankedRowids(db, ftsMatch(words, options), options.limit), options);
}

async function rankedRowids(db: Db, match: string, limit: number): Promise<{ rowid: number; rank: number }[]> {
  const ranked = await sql<{ rowid: number; rank: number }>`select rowid, bm25(search_fts, 2.0, 1.0, 0.0) as rank from search_fts where search_fts match ${match} order by rank limit ${limit}`.execute(db);
  return ranked.rows;
}

/** The ranked rows whose records are in the scope, in rank order. */
async function inScope(db: Db, ranked: { rowid: number; rank: number }[], scope: { caseIds?: string[] | undefined; kinds?: string[] | undefined }): Promise<SearchHit[]> {
  if (ranked.length === 0) return [];
  let query = db
    .selectFrom('records')
    .select([sql<number>`rowid`.as('rowid'), 'id', 'kind', 'case_id'])
    .where(sql<boolean>`rowid in (${sql.join(ranked.map((r) => r.rowid))})`);
  if (scope.caseIds) query = query.where('case_id', 'in', scope.caseIds.length ? scope.caseIds : ['']);
  if (scope.kinds) query = query.where('kind', 'in', scope.kinds.length ? scope.kinds : ['']);
  const byRowid = new Map((await query.execute()).map((row) => [Number(row.rowid), row]));
  return ranked.flatMap((hit) => {
    const row = byRowid.get(Number(hit.rowid));
    return row ? [{ recordId: row.id, kind: row.kind, caseId: row.case_id, rank: hit.rank }] : [];
  });
}
