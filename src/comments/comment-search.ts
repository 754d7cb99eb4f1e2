import { sql } from 'kysely';
import { foldText } from '../common/text-fold.js';
import type { Engine } from '../db/engine.js';
import { ftsWords, queryWords, tsMatches, tsQuery } from '../db/search-index.js';
import type { Db } from '../db/schema.js';

/**
 * A comment's latest words in the search index, replacing what an earlier revision put there. Folded as records
 * are (src/db/search-index.ts), so the same query finds a record and a comment alike, in English or Arabic.
 */
export async function indexComment(trx: Db, engine: Engine, comment: { id: string; caseId: string; body: string }, replacing: boolean): Promise<void> {
  const body = foldText(comment.body);
  if (engine === 'sqlite') {
    // The FTS row shares the comment's rowid: FTS5 cannot index a plain id column.
    const rowid = sql`(select rowid from comments where id = ${comment.id})`;
    if (replacing) await sql`delete from comment_fts where rowid = ${rowid}`.execute(trx);
    await sql`insert into comment_fts (rowid, body) values (${rowid}, ${body})`.execute(trx);
  } else {
    if (replacing) await trx.deleteFrom('comment_search').where('comment_id', '=', comment.id).execute();
    await trx.insertInto('comment_search').values({ comment_id: comment.id, case_id: comment.caseId, body }).execute();
  }
}

/**
 * The ids of the case's comments whose latest words match every word of `text` (the last as a prefix), newest
 * first. Words are quoted on both engines, so nothing typed reaches a query syntax. Who may read each is the
 * caller's to decide: this knows nothing of subjects.
 */
export async function matchingComments(db: Db, engine: Engine, caseId: string, text: string, limit: number): Promise<string[]> {
  const words = queryWords(text);
  if (words.length === 0) return [];
  const matches =
    engine === 'sqlite'
      ? sql<boolean>`comments.rowid in (select rowid from comment_fts where comment_fts match ${ftsWords(words)})`
      : sql<boolean>`comments.id in (select comment_id from comment_search where comment_search.case_id = ${caseId} and ${tsMatches(tsQuery(words))})`;
  const rows = await db.selectFrom('comments').select('id').where('case_id', '=', caseId).where(matches).orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
  return rows.map((row) => row.id);
}
