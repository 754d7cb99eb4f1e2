/**
 * Finding custody entries: by action, actor, evidence hash, record id and free text, within the cases a
 * reader may see. The copied query columns narrow the search; what is returned is always the logged entry
 * itself, so a reader can hash it and check it against the signed tree.
 */
import { sql, type Expression, type SqlBool } from 'kysely';
import { DossierError } from '../common/errors.js';
import type { Db } from '../db/schema.js';
import { decodeEntry, type CustodyAction, type LedgerEntry } from './entry.js';

export interface EntrySearch {
  /** The cases whose entries may be listed. */
  caseIds: readonly string[];
  /** Also list the ledger's first entry (its origin and key), which belongs to no case and to every reader. */
  includeInit: boolean;
  action?: CustodyAction | undefined;
  /** Part of the actor's name, any case. */
  actor?: string | undefined;
  /** The start (or all) of an evidence item's SHA-256, in hex. */
  evidence?: string | undefined;
  /** A record's or an evidence item's id, as the entry's details name it. */
  record?: string | undefined;
  /** Anywhere in the entry's JSON, any case. */
  text?: string | undefined;
  from?: number | undefined;
  limit?: number | undefined;
}

export interface EntrySearchPage {
  items: LedgerEntry[];
  /** The `from` of the next page, or null on the last. */
  next: number | null;
  /** Entries matching the search in all pages. */
  total: number;
}

export async function searchEntries(db: Db, search: EntrySearch): Promise<EntrySearchPage> {
  if (search.caseIds.length === 0 && !search.includeInit) return { items: [], next: null, total: 0 };
  const limit = search.limit ?? 50;
  const matching = filtered(db, search);
  const [rows, count] = await Promise.all([
    matching
      .select(['seq', 'entry'])
      .where('seq', '>=', search.from ?? 0)
      .orderBy('seq')
      .limit(limit)
      .execute(),
    matching.select((eb) => eb.fn.countAll().as('total')).executeTakeFirst(),
  ]);
  const items = rows.map((row) => parseEntry(Number(row.seq), row.entry));
  const last = items.at(-1);
  return { items, next: items.length === limit && last ? last.seq + 1 : null, total: Number(count?.total ?? 0) };
}

function filtered(db: Db, search: EntrySearch) {
  return db.selectFrom('ledger_entries').where((eb) => {
    const visible = [];
    if (search.caseIds.length > 0) visible.push(eb('case_id', 'in', [...search.caseIds]));
    if (search.includeInit) visible.push(eb.and([eb('seq', '=', 0), eb('action', '=', 'init'), eb('case_id', 'is', null)]));
    const conditions: Expression<SqlBool>[] = [eb.or(visible)];
    if (search.action) conditions.push(eb('action', '=', search.action));
    if (search.actor) conditions.push(contains('actor', search.actor));
    if (search.evidence) conditions.push(eb('evidence_sha256', 'like', `${escapeLike(search.evidence.toLowerCase())}%`));
    if (search.record) conditions.push(eb.or(['id', 'evidenceId'].map((field) => contains('entry', `"${field}":${JSON.stringify(search.record)}`, false))));
    if (search.text) conditions.push(contains('entry', search.text));
    return eb.and(conditions);
  });
}

/** LIKE with the wildcards of the value escaped; case-folded unless asked not to (ids are exact). */
function contains(column: 'actor' | 'entry', value: string, foldCase = true) {
  const pattern = `%${escapeLike(foldCase ? value.toLowerCase() : value)}%`;
  const subject = foldCase ? sql`lower(${sql.ref(column)})` : sql.ref(column);
  return sql<boolean>`${subject} like ${pattern} escape '\\'`;
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function parseEntry(seq: number, text: string): LedgerEntry {
  const entry = decodeEntry(text);
  if (typeof entry === 'string') throw new DossierError('LEDGER_INCONSISTENT', `ledger entry ${seq} ${entry}; run "dossier log verify"`, { seq });
  return entry;
}
