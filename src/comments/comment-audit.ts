import type { Db } from '../db/schema.js';
import { commitText } from '../ledger/proofs/commitment.js';
import { decodeEntry } from '../ledger/entry.js';
import { BODY_FIELD } from './comments.js';

export interface CommentAudit {
  ok: boolean;
  checked: number;
  problems: { record: string; problem: string }[];
}

const PAGE = 2000;
const MAX_PROBLEMS = 100;

/**
 * Each stored wording of each comment against the ledger: its words must still make the commitment its entry
 * logged (a word changed in the database, not through Dossier, is named), every logged revision must be kept,
 * and a thread must show the latest. Deliberation is then as tamper-evident as the records it discusses.
 */
export async function auditComments(db: Db): Promise<CommentAudit> {
  const audit: CommentAudit = { ok: true, checked: 0, problems: [] };
  const report = (record: string, problem: string) => {
    audit.ok = false;
    if (audit.problems.length < MAX_PROBLEMS) audit.problems.push({ record, problem });
  };
  const logged = await loggedRevisions(db);
  const stored = new Set<string>();
  for (let after: [string, number] = ['', 0]; ; ) {
    const rows = await db
      .selectFrom('comment_revisions')
      .select(['comment_id', 'rev', 'body', 'salt', 'commitment', 'ledger_seq'])
      .where((eb) => eb.or([eb('comment_id', '>', after[0]), eb.and([eb('comment_id', '=', after[0]), eb('rev', '>', after[1])])]))
      .orderBy('comment_id')
      .orderBy('rev')
      .limit(PAGE)
      .execute();
    if (rows.length === 0) break;
    for (const row of rows) {
      audit.checked++;
      const key = `${row.comment_id}#${row.rev}`;
      const record = `comment:${row.comment_id} revision ${row.rev}`;
      stored.add(key);
      const entry = logged.get(key);
      if (!entry) report(record, 'is stored, but no ledger entry logs it');
      else if (entry.commitment !== row.commitment || entry.seq !== Number(row.ledger_seq)) report(record, `its commitment is not the one ledger entry ${entry.seq} logged`);
      if (commitText(row.salt, BODY_FIELD, row.body) !== row.commitment) report(record, 'its words no longer make the commitment logged for them: they were changed after they were written');
    }
    const last = rows[rows.length - 1]!;
    after = [last.comment_id, last.rev];
  }
  for (const key of logged.keys()) if (!stored.has(key)) report(`comment:${key.replace('#', ' revision ')}`, 'the ledger logs it, but it is not stored');
  const latest = await db
    .selectFrom('comments as c')
    .leftJoin('comment_revisions as r', (join) => join.onRef('r.comment_id', '=', 'c.id').onRef('r.rev', '=', 'c.rev'))
    .select(['c.id', 'c.body', 'r.body as revisionBody'])
    .execute();
  for (const row of latest) if (row.revisionBody !== row.body) report(`comment:${row.id}`, 'the thread shows words that are not its latest revision');
  return audit;
}

async function loggedRevisions(db: Db): Promise<Map<string, { seq: number; commitment: unknown }>> {
  const logged = new Map<string, { seq: number; commitment: unknown }>();
  for (let after = -1; ; ) {
    const rows = await db.selectFrom('ledger_entries').select(['seq', 'entry']).where('action', 'in', ['comment_added', 'comment_revised']).where('seq', '>', after).orderBy('seq').limit(PAGE).execute();
    if (rows.length === 0) return logged;
    for (const row of rows) {
      const entry = decodeEntry(row.entry);
      if (typeof entry === 'string') continue; // the ledger's own audit names a malformed entry
      logged.set(`${String(entry.details.id)}#${Number(entry.details.rev)}`, { seq: Number(row.seq), commitment: entry.details[BODY_FIELD] });
    }
    after = Number(rows[rows.length - 1]!.seq);
  }
}
