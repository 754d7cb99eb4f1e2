import { sql } from 'kysely';
import { newId } from '../common/ids.js';
import { foldText } from '../common/text-fold.js';
import type { Engine } from './engine.js';
import type { Db } from './schema.js';
import { caseToken, ftsWords, queryWords, tsMatches, tsQuery } from './search-index.js';

/**
 * Text found in evidence (a captured page, a page of an imported web archive, a PDF page, the OCR of an
 * image), searchable on both engines like records are, each hit pointing back at the item and the place in it.
 */
export interface EvidenceText {
  evidenceId: string;
  caseId: string;
  origin: 'web-page' | 'web-archive' | 'pdf' | 'ocr' | 'text';
  /** Where in the item: a page's URL, "page 3". */
  locator: string;
  text: string;
}

export interface EvidenceTextHit {
  evidenceId: string;
  caseId: string;
  origin: string;
  locator: string;
  /** The first passage that holds a word of the query, from the text as found (not folded). */
  snippet: string;
}

/**
 * A long text is indexed in parts of at most this many characters, each pointing at the same place: PostgreSQL
 * caps one tsvector at 1 MB.
 */
export const INDEX_PART_CHARS = 100_000;
/** Beyond this, a text is not indexed (the item keeps it all): a search index is not an archive. */
export const MAX_INDEXED_CHARS = 20_000_000;

export async function addEvidenceTexts(trx: Db, engine: Engine, texts: readonly EvidenceText[]): Promise<void> {
  for (const entry of texts) {
    const whole = entry.text.slice(0, MAX_INDEXED_CHARS);
    for (let start = 0, part = 0; start < whole.length; start += INDEX_PART_CHARS, part++) {
      const text = whole.slice(start, start + INDEX_PART_CHARS);
      if (!text.trim()) continue;
      const id = newId('tx');
      const folded = foldText(text);
      await trx.insertInto('evidence_texts').values({ id, evidence_id: entry.evidenceId, case_id: entry.caseId, origin: entry.origin, locator: entry.locator, part, text, folded }).execute();
      if (engine === 'sqlite') {
        await sql`insert into evidence_text_fts (rowid, body, scope) values ((select rowid from evidence_texts where id = ${id}), ${folded}, ${caseToken(entry.caseId)})`.execute(trx);
      }
    }
  }
}

/** Removes what was indexed of one item for one case from one origin (before indexing it again). */
export async function removeEvidenceTexts(trx: Db, engine: Engine, of: { evidenceId: string; caseId: string; origin: string }): Promise<void> {
  if (engine === 'sqlite') {
    await sql`delete from evidence_text_fts where rowid in (select rowid from evidence_texts where evidence_id = ${of.evidenceId} and case_id = ${of.caseId} and origin = ${of.origin})`.execute(trx);
  }
  await trx.deleteFrom('evidence_texts').where('evidence_id', '=', of.evidenceId).where('case_id', '=', of.caseId).where('origin', '=', of.origin).execute();
}

export async function searchEvidenceTexts(db: Db, engine: Engine, query: string, options: { caseIds?: string[] | undefined; limit: number }): Promise<EvidenceTextHit[]> {
  const words = queryWords(query);
  if (words.length === 0) return [];
  let rows: Array<{ evidence_id: string; case_id: string; origin: string; locator: string; text: string }>;
  if (engine === 'sqlite') {
    const scope = options.caseIds ? ` AND scope : (${options.caseIds.map((id) => `"${caseToken(id)}"`).join(' OR ') || '"cnone"'})` : '';
    const match = `body : (${ftsWords(words)})${scope}`;
    const result = await sql<{ evidence_id: string; case_id: string; origin: string; locator: string; text: string }>`
      select t.evidence_id, t.case_id, t.origin, t.locator, t.text
      from evidence_text_fts f join evidence_texts t on t.rowid = f.rowid
      where evidence_text_fts match ${match}
      order by bm25(evidence_text_fts, 1.0, 0.0) limit ${options.limit}`.execute(db);
    rows = result.rows;
  } else {
    const q = tsQuery(words);
    let select = db
      .selectFrom('evidence_texts')
      .select(['evidence_id', 'case_id', 'origin', 'locator', 'text'])
      .where(tsMatches(q));
    if (options.caseIds) select = select.where('case_id', 'in', options.caseIds.length ? options.caseIds : ['']);
    rows = await select.orderBy(sql`ts_rank(tsv, to_tsquery('simple', ${q}))`, 'desc').limit(options.limit).execute();
  }
  // A long text is indexed in parts: one hit per item and place.
  const seen = new Set<string>();
  return rows.flatMap((row) => {
    const key = `${row.evidence_id} ${row.case_id} ${row.locator}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ evidenceId: row.evidence_id, caseId: row.case_id, origin: row.origin, locator: row.locator, snippet: snippetOf(row.text, words) }];
  });
}

/** Up to 200 characters around the first word of the query found in the text. */
function snippetOf(text: string, words: readonly string[]): string {
  const folded = foldText(text);
  // Folding keeps the length of most text; where it does not, the passage is still near the word.
  const found = words.map((word) => folded.indexOf(word)).filter((index) => index >= 0);
  const at = found.length > 0 ? Math.min(...found) : 0;
  const start = Math.max(0, at - 80);
  const passage = text.slice(start, start + 200).replace(/\s+/g, ' ').trim();
  return `${start > 0 ? '…' : ''}${passage}${start + 200 < text.length ? '…' : ''}`;
}
