import type { CasePermission } from '../access/permissions.js';
import { DossierError, invalidField } from '../common/errors.js';
import { newId } from '../common/ids.js';
import type { Database } from '../db/database.js';
import type { Db } from '../db/schema.js';
import { commitText } from '../ledger/proofs/commitment.js';
import { newSalt } from '../ledger/salt.js';
import type { CustodyLedger } from '../ledger/log.js';
import { notify } from '../notifications/notify.js';
import { permissionToRead } from '../notifications/readers.js';
import { indexComment } from './comment-search.js';
import { requireSubject, subjectsIn, type CommentSubject } from './comment-subjects.js';
import { checkedBody, linksIn, mentionsIn } from './comment-text.js';
import { checkMentions } from './mentions.js';

export interface CommentDeps {
  database: Database;
  ledger: CustodyLedger;
}

/** Who writes: the ledger's actor, the account (for authorship) and what their role lets them do in the case. */
export interface CommentAuthor {
  actor: string;
  username: string;
  permissions: ReadonlySet<CasePermission>;
}

export interface NewComment {
  subject: string;
  body: string;
  replyTo?: string | undefined;
}

/** The commitment field: a ledger entry commits to a comment's words as `body` under the revision's salt. */
export const BODY_FIELD = 'body';

/**
 * Posts a comment, all or nothing: checked (words, subject, reply, every mention), logged with a commitment to
 * its words, indexed for search, and the people it mentions or answers told, in one transaction. A mention of
 * someone who may not read the subject refuses the whole comment: nothing is kept and nobody is told.
 */
export async function postComment(deps: CommentDeps, author: CommentAuthor, caseId: string, input: NewComment): Promise<string> {
  const body = checkedBody(input.body);
  return deps.database.writeTransaction(async (trx) => {
    const subject = await requireSubject(trx, caseId, String(input.subject ?? ''));
    assertMayWriteOn(author, subject);
    const parent = input.replyTo === undefined ? undefined : await repliedTo(trx, caseId, subject, input.replyTo);
    const mentions = mentionsIn(body);
    await checkMentions(trx, caseId, subject, mentions);
    const links = await linksOf(trx, caseId, body);
    const id = newId('cmt');
    const salt = newSalt();
    const commitment = commitText(salt, BODY_FIELD, body);
    const [entry] = await deps.ledger.append(trx, [
      {
        actor: author.actor,
        action: 'comment_added',
        subject: { case: caseId },
        details: { id, subject: { kind: subject.kind, id: subject.id }, ...(parent ? { replyTo: parent.id } : {}), rev: 1, [BODY_FIELD]: commitment, mentions, links },
      },
    ]);
    const at = entry!.time;
    await trx
      .insertInto('comments')
      .values({ id, case_id: caseId, subject_kind: subject.kind, subject_id: subject.id, reply_to: parent?.id ?? null, author: author.username, created_at: at, rev: 1, body, updated_at: at })
      .execute();
    await trx.insertInto('comment_revisions').values(revisionRow(id, caseId, 1, author.username, at, body, salt, commitment, mentions, links, entry!.seq)).execute();
    await indexComment(trx, deps.database.engine, { id, caseId, body }, false);
    const about = { caseId, subject: { kind: subject.kind, id: subject.id }, actor: author.username, detail: { commentId: id, title: subject.title } };
    await notify(trx, { ...about, kind: 'mention', recipients: mentions }, new Date(at));
    // Someone both answered and named is told once, of the mention.
    if (parent && !mentions.includes(parent.author)) await notify(trx, { ...about, kind: 'reply', recipients: [parent.author] }, new Date(at));
    return id;
  });
}

/**
 * A new wording of one's own comment, kept beside the old ones (nothing is overwritten) and logged with its
 * commitment and the one it follows. Only the author revises. Mentions new to this revision are checked and
 * told; someone named before is not told again. The same words again change nothing.
 */
export async function reviseComment(deps: CommentDeps, author: CommentAuthor, caseId: string, commentId: string, newBody: string): Promise<void> {
  const body = checkedBody(newBody);
  await deps.database.writeTransaction(async (trx) => {
    const comment = await trx.selectFrom('comments').selectAll().where('id', '=', commentId).where('case_id', '=', caseId).executeTakeFirst();
    if (!comment) throw new DossierError('NOT_FOUND', `no comment ${commentId} in case ${caseId}`, { field: 'commentId', value: commentId });
    const subject = await requireSubject(trx, caseId, comment.subject_id);
    assertMayWriteOn(author, subject);
    if (comment.author !== author.username) throw new DossierError('FORBIDDEN', `only its author (${comment.author}) revises comment ${commentId}`, { field: 'commentId', value: commentId });
    if (body === comment.body) return;
    const earlier = await trx.selectFrom('comment_revisions').select(['mentions', 'commitment']).where('comment_id', '=', commentId).orderBy('rev').execute();
    const named = new Set(earlier.flatMap((row) => JSON.parse(row.mentions) as string[]));
    const mentions = mentionsIn(body);
    const fresh = mentions.filter((name) => !named.has(name));
    // Only the newly named are checked: someone named before who has since left must not lock the words.
    await checkMentions(trx, caseId, subject, fresh);
    const links = await linksOf(trx, caseId, body);
    const rev = comment.rev + 1;
    const salt = newSalt();
    const commitment = commitText(salt, BODY_FIELD, body);
    const [entry] = await deps.ledger.append(trx, [
      {
        actor: author.actor,
        action: 'comment_revised',
        subject: { case: caseId },
        details: { id: commentId, subject: { kind: subject.kind, id: subject.id }, rev, before: earlier[earlier.length - 1]!.commitment, [BODY_FIELD]: commitment, mentions, links },
      },
    ]);
    const at = entry!.time;
    await trx.updateTable('comments').set({ rev, body, updated_at: at }).where('id', '=', commentId).execute();
    await trx.insertInto('comment_revisions').values(revisionRow(commentId, caseId, rev, author.username, at, body, salt, commitment, mentions, links, entry!.seq)).execute();
    await indexComment(trx, deps.database.engine, { id: commentId, caseId, body }, true);
    await notify(trx, { caseId, subject: { kind: subject.kind, id: subject.id }, actor: author.username, kind: 'mention', recipients: fresh, detail: { commentId, title: subject.title } }, new Date(at));
  });
}

/** Writing on a subject needs reading it: a comment there would otherwise tell of what one may not see. */
function assertMayWriteOn(author: CommentAuthor, subject: CommentSubject): void {
  const needed = permissionToRead(subject);
  if (!author.permissions.has(needed)) throw new DossierError('FORBIDDEN', `your role in this case does not allow ${needed}, so no comment on ${subject.id}`, { field: 'subject', permission: needed });
}

/** A reply answers a comment on the same subject; anything else would join two discussions. */
async function repliedTo(trx: Db, caseId: string, subject: CommentSubject, replyTo: string): Promise<{ id: string; author: string }> {
  const parent = await trx.selectFrom('comments').select(['id', 'author', 'subject_id']).where('id', '=', replyTo).where('case_id', '=', caseId).executeTakeFirst();
  if (!parent) throw invalidField('replyTo', `no comment ${replyTo} in case ${caseId}`, replyTo);
  if (parent.subject_id !== subject.id) throw invalidField('replyTo', `comment ${replyTo} is about ${parent.subject_id}, not ${subject.id}: a reply stays in its thread`, replyTo);
  return parent;
}

/**
 * The ids linked (#…) that name a record or an item of this case: those are stored as links. An id of another
 * case or of nothing stays in the words as written, unlinked, and its existence is neither confirmed nor denied.
 */
async function linksOf(trx: Db, caseId: string, body: string): Promise<string[]> {
  const ids = linksIn(body);
  const found = await subjectsIn(trx, caseId, ids);
  return ids.filter((id) => found.has(id));
}

function revisionRow(commentId: string, caseId: string, rev: number, author: string, at: string, body: string, salt: string, commitment: string, mentions: string[], links: string[], seq: number) {
  return { comment_id: commentId, rev, case_id: caseId, author, at, body, salt, commitment, mentions: JSON.stringify(mentions), links: JSON.stringify(links), ledger_seq: seq };
}
