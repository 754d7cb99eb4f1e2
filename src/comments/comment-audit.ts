import type { Db } from '../db/schema.js';
import { commitText } from '../ledger/proofs/commitment.js';
import { loggedEntries, pagesByKey, startRowAudit, type RowAudit } from '../ledger/row-audit.js';
import { BODY_FIELD } from './comments.js';

export type CommentAudit = RowAudit;

/**
 * Each stored wording of each comment against the ledger: its words must still make the commitment its entry
 * logged (a word changed in the database, not through Dossier, is named), every logged revision must be kept,
 * and a thread must show the latest. Deliberation is then as tamper-evident as the records it discusses.
 */
export async function auditComments(db: Db): Promise<CommentAudit> {
  const { audit, report } = startRowAudit();
  const logged = await loggedRevisions(db);
  const stored = new Set<string>();
  const pages = pagesByKey(
    (limit, after: [string, number] = ['', 0]) =>
      db
        .selectFrom('comment_revisions')
        .select(['comment_id', 'rev', 'body', 'salt', 'commitment', 'ledger_seq'])
        .where((eb) => eb.or([eb('comment_id', '>', after[0]), eb.and([eb('comment_id', '=', after[0]), eb('rev', '>', after[1])])]))
        .orderBy('comment_id')
        .orderBy('rev')
        .limit(limit)
        .execute(),
    (row): [string, number] => [row.comment_id, row.rev],
  );
  for await (const rows of pages) {
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
  for await (const { seq, entry } of loggedEntries(db, ['comment_added', 'comment_revised'])) {
    logged.set(`${String(entry.details.id)}#${Number(entry.details.rev)}`, { seq, commitment: entry.details[BODY_FIELD] });
  }
  return logged;
}
