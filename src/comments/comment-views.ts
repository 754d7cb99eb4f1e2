import type { CasePermission } from '../access/permissions.js';
import { DossierError } from '../common/errors.js';
import type { Database } from '../db/database.js';
import type { CommentsTable, Db } from '../db/schema.js';
import { matchingComments } from './comment-search.js';
import { assertMayRead, mayReadSubject, requireSubject, subjectsIn, type CommentSubject } from './comment-subjects.js';
import { commentParts } from './comment-text.js';

/** Who reads: their account and what their role lets them read in the case. */
export interface CommentReader {
  username: string;
  permissions: ReadonlySet<CasePermission>;
}

/** A comment as a reader sees it: its latest words, cut into text, mentions (with names) and links they may follow. */
export interface CommentView {
  id: string;
  subject: { kind: string; id: string };
  replyTo: string | null;
  author: string;
  authorName: string | null;
  body: string;
  parts: ({ text: string } | { text: string; mention: string; name: string } | { text: string; link: string; kind: string })[];
  rev: number;
  edited: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface CommentRevisionView {
  rev: number;
  author: string;
  at: string;
  body: string;
  /** The ledger entry that logged it and its commitment to the words: checkable with the salt. */
  ledgerSeq: number;
  commitment: string;
  salt: string;
}

/** A subject's discussion, oldest first (replies name the comment they answer), for whoever may read the subject. */
export async function commentThread(db: Db, caseId: string, subjectId: string, reader: CommentReader): Promise<{ subject: CommentSubject; comments: CommentView[] }> {
  const subject = await requireSubject(db, caseId, subjectId);
  assertMayRead(reader.permissions, subject);
  const rows = await db.selectFrom('comments').selectAll().where('case_id', '=', caseId).where('subject_id', '=', subject.id).orderBy('created_at').orderBy('id').execute();
  return { subject, comments: await viewsOf(db, caseId, rows, reader) };
}

/** Every wording a comment has had, first to latest. */
/** The subject a comment of the case is about; a comment that does not exist is an error (asked after it was just revised). */
export async function subjectOfComment(db: Db, commentId: string): Promise<string> {
  const row = await db.selectFrom('comments').select('subject_id').where('id', '=', commentId).executeTakeFirstOrThrow();
  return row.subject_id;
}

export async function commentRevisions(db: Db, caseId: string, commentId: string, reader: CommentReader): Promise<CommentRevisionView[]> {
  const comment = await db.selectFrom('comments').select(['subject_id']).where('id', '=', commentId).where('case_id', '=', caseId).executeTakeFirst();
  if (!comment) throw new DossierError('NOT_FOUND', `no comment ${commentId} in case ${caseId}`, { field: 'commentId', value: commentId });
  assertMayRead(reader.permissions, await requireSubject(db, caseId, comment.subject_id));
  const rows = await db.selectFrom('comment_revisions').selectAll().where('comment_id', '=', commentId).orderBy('rev').execute();
  return rows.map((row) => ({ rev: row.rev, author: row.author, at: row.at, body: row.body, ledgerSeq: Number(row.ledger_seq), commitment: row.commitment, salt: row.salt }));
}

export interface CommentHit {
  comment: CommentView;
  subject: CommentSubject;
}

/** The case's comments whose words match `text`, newest first, only on subjects the reader may read. */
export async function searchComments(database: Database, caseId: string, text: string, reader: CommentReader, limit = 20): Promise<CommentHit[]> {
  // More than asked, since some may be on subjects this reader may not read.
  const ids = await matchingComments(database.db, database.engine, caseId, text, limit * 4);
  if (ids.length === 0) return [];
  const rows = await database.db.selectFrom('comments').selectAll().where('id', 'in', ids).execute();
  const subjects = await subjectsIn(database.db, caseId, [...new Set(rows.map((row) => row.subject_id))]);
  const readable = rows.filter((row) => subjects.has(row.subject_id) && mayReadSubject(reader.permissions, subjects.get(row.subject_id)!));
  const order = new Map(ids.map((id, i) => [id, i]));
  readable.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  const views = await viewsOf(database.db, caseId, readable.slice(0, limit), reader);
  return views.map((comment) => ({ comment, subject: subjects.get(comment.subject.id)! }));
}

async function viewsOf(db: Db, caseId: string, rows: CommentsTable[], reader: CommentReader): Promise<CommentView[]> {
  if (rows.length === 0) return [];
  const latest = await db
    .selectFrom('comment_revisions')
    .select(['comment_id', 'rev', 'mentions', 'links'])
    .where('comment_id', 'in', rows.map((row) => row.id))
    .execute();
  const current = new Map(latest.filter((r) => rows.some((row) => row.id === r.comment_id && row.rev === r.rev)).map((r) => [r.comment_id, r]));
  const mentioned = new Set<string>();
  const linked = new Set<string>();
  for (const r of current.values()) {
    for (const name of JSON.parse(r.mentions) as string[]) mentioned.add(name);
    for (const id of JSON.parse(r.links) as string[]) linked.add(id);
  }
  const names = await displayNames(db, [...mentioned, ...rows.map((row) => row.author)]);
  // A link is followed only to what this reader may read; otherwise it stays words.
  const targets = await subjectsIn(db, caseId, [...linked]);
  const readable = new Map([...targets].filter(([, target]) => mayReadSubject(reader.permissions, target)));
  return rows.map((row) => {
    const revision = current.get(row.id);
    const mentions = new Set<string>(revision ? (JSON.parse(revision.mentions) as string[]) : []);
    const links = new Set<string>((revision ? (JSON.parse(revision.links) as string[]) : []).filter((id) => readable.has(id)));
    const parts = commentParts(row.body, mentions, links).map((part) =>
      'mention' in part ? { ...part, name: names.get(part.mention) ?? part.mention } : 'link' in part ? { ...part, kind: readable.get(part.link)!.kind } : part,
    );
    return {
      id: row.id,
      subject: { kind: row.subject_kind, id: row.subject_id },
      replyTo: row.reply_to,
      author: row.author,
      authorName: names.get(row.author) ?? null,
      body: row.body,
      parts,
      rev: row.rev,
      edited: row.rev > 1,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  });
}

async function displayNames(db: Db, usernames: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(usernames)];
  if (unique.length === 0) return new Map();
  const rows = await db.selectFrom('users').select(['username', 'display_name']).where('username', 'in', unique).execute();
  return new Map(rows.map((row) => [row.username, row.display_name || row.username]));
}
