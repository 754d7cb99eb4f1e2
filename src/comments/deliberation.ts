import type { Db } from '../db/schema.js';

/** A comment as a case file carries it: every wording, each checkable against its custody entry in the bag. */
export interface DeliberationComment {
  id: string;
  subject: { kind: string; id: string };
  replyTo: string | null;
  author: string;
  revisions: { rev: number; at: string; author: string; body: string; salt: string; commitment: string; ledgerSeq: number; mentions: string[]; links: string[] }[];
}

export interface DeliberationRecord {
  caseId: string;
  /** How to check it: each revision's commitment is in its custody entry; recompute it from the salt and words. */
  check: string;
  comments: DeliberationComment[];
}

/**
 * The case's discussion as its record of deliberation: every comment and every revision logged before the
 * checkpoint the bag ships (later ones have no proof in it), oldest first. What the team said, not only what
 * it concluded: it goes in a case file only when an owner chooses, under the court profile.
 */
export async function deliberationRecord(db: Db, caseId: string, checkpointSize: number): Promise<DeliberationRecord> {
  const revisions = await db.selectFrom('comment_revisions').selectAll().where('case_id', '=', caseId).where('ledger_seq', '<', checkpointSize).orderBy('ledger_seq').execute();
  const comments = revisions.length
    ? await db.selectFrom('comments').select(['id', 'subject_kind', 'subject_id', 'reply_to', 'author']).where('case_id', '=', caseId).where('id', 'in', [...new Set(revisions.map((r) => r.comment_id))]).execute()
    : [];
  const byId = new Map<string, DeliberationComment>();
  for (const row of comments) byId.set(row.id, { id: row.id, subject: { kind: row.subject_kind, id: row.subject_id }, replyTo: row.reply_to, author: row.author, revisions: [] });
  for (const r of revisions) {
    byId.get(r.comment_id)?.revisions.push({
      rev: r.rev,
      at: r.at,
      author: r.author,
      body: r.body,
      salt: r.salt,
      commitment: r.commitment,
      ledgerSeq: Number(r.ledger_seq),
      mentions: JSON.parse(r.mentions) as string[],
      links: JSON.parse(r.links) as string[],
    });
  }
  return {
    caseId,
    check: 'Each revision\'s commitment is SHA-256 over the salt (hex-decoded), "body", a zero byte and the words (UTF-8); it is the "body" of the comment_added or comment_revised custody entry at ledgerSeq.',
    comments: [...byId.values()].filter((comment) => comment.revisions.length > 0),
  };
}
