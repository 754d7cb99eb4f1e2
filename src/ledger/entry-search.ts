/**
 * Finding custody entries: by action, actor, evidence hash, record id and free text, within the cases a
 * reader may see. The copied query columns narrow the search; what is returned is always the logged entry
 * itself, so a reader can hash it and check it against the signed tree.
 */
import { sql, type Expression, type SqlBool } from 'kysely';
import { DossierError } from '../common/errors.js';
import type { Database } from '../db/database.js';
import { textMatching } from '../db/dialects/text-matching.js';
import { decodeEntry, type CustodyAction, type LedgerEntry } from './entry.js';

export interface EntrySearch {
  /** The cases whose entries may be listed. */
  caseIds: readonly string[];
  /** Also list the ledger's first entry (its origin and key), which belongs to no case and to every reader. */
  includeInit: boolean;
  action?: CustodyAction | undefined;
  /** Part of the actor's name; A–Z in any case, other letters as written (the same on both engines). */
  actor?: string | undefined;
  /** The start (or all) of an evidence item's SHA-256, in hex. */
  evidence?: string | undefined;
  /** Exactly a record's or an evidence item's id, as the entry's details name it (case and all). */
  record?: string | undefined;
  /** Anywhere in the entry's JSON; A–Z in any case, other letters as written. */
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

export async function searchEntries(database: Pick<Database, 'db' | 'engine'>, search: EntrySearch): Promise<EntrySearchPage> {
  if (search.caseIds.length === 0 && !search.includeInit) return { items: [], next: null, total: 0 };
  const limit = search.limit ?? 50;
  const matching = filtered(database, search);
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

function filtered({ db, engine }: Pick<Database, 'db' | 'engine'>, search: EntrySearch) {
  const text = textMatching(engine);
  return db.selectFrom('ledger_entries').where((eb) => {
    const visible = [];
    if (search.caseIds.length > 0) visible.push(eb('case_id', 'in', [...search.caseIds]));
    if (search.includeInit) visible.push(eb.and([eb('seq', '=', 0), eb('action', '=', 'init'), eb('case_id', 'is', null)]));
    const conditions: Expression<SqlBool>[] = [eb.or(visible)];
    if (search.action) conditions.push(eb('action', '=', search.action));
    if (search.actor) conditions.push(text.containsFoldingAscii('actor', search.actor));
    if (search.evidence) conditions.push(sql<boolean>`evidence_sha256 like ${hashPrefix(search.evidence)} escape '\\'`);
    if (search.record) {
      const id = search.record;
      // Where entries name records: one record's id, an evidence item's id, or each record of a bulk creation.
      conditions.push(eb.or([
        text.jsonStringAt('entry', ['details', 'id'], id),
        text.jsonStringAt('entry', ['details', 'evidenceId'], id),
        text.jsonArrayHasStringAt('entry', ['details', 'records'], 'id', id),
      ]));
    }
    if (search.text) conditions.push(text.containsFoldingAscii('entry', search.text));
    return eb.and(conditions);
  });
}

/** Hashes are stored in lower-case hex; a prefix of anything else must match nothing, not everything. */
function hashPrefix(value: string): string {
  return `${value.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function parseEntry(seq: number, text: string): LedgerEntry {
  const entry = decodeEntry(text);
  if (typeof entry === 'string') throw new DossierError('LEDGER_INCONSISTENT', `ledger entry ${seq} ${entry}; run "dossier log verify"`, { seq });
  return entry;
}
