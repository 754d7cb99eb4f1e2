import { isCaseRole, roleAllows } from '../access/permissions.js';
import { DossierError } from '../common/errors.js';
import type { Db } from '../db/schema.js';
import { membersWhoMay, permissionToRead } from '../notifications/readers.js';
import type { CommentSubject } from './comment-subjects.js';

/** Why a name may not be mentioned on a subject. */
export interface RefusedMention {
  username: string;
  reason: 'not_a_member' | 'may_not_read' | 'disabled';
}

/**
 * Every mentioned name must be a member of the case who may read the subject: a mention tells its subject to
 * whoever is named. Otherwise the whole comment is refused (422, field `body`), saying who and why.
 */
export async function checkMentions(db: Db, caseId: string, subject: CommentSubject, names: readonly string[]): Promise<void> {
  if (names.length === 0) return;
  const permission = permissionToRead(subject);
  const readers = await membersWhoMay(db, caseId, permission);
  const others = names.filter((name) => !readers.has(name));
  if (others.length === 0) return;
  const members = await db
    .selectFrom('case_members as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['u.username', 'm.role', 'u.disabled_at'])
    .where('m.case_id', '=', caseId)
    .where('u.username', 'in', others)
    .execute();
  const byName = new Map(members.map((row) => [row.username, row]));
  const refused: RefusedMention[] = others.map((username) => {
    const member = byName.get(username);
    if (!member) return { username, reason: 'not_a_member' };
    if (member.disabled_at !== null) return { username, reason: 'disabled' };
    return { username, reason: isCaseRole(member.role) && roleAllows(member.role, permission) ? 'disabled' : 'may_not_read' };
  });
  const said = refused.map(({ username, reason }) =>
    reason === 'not_a_member'
      ? `@${username} is not a member of case ${caseId}`
      : reason === 'disabled'
        ? `@${username}'s account is disabled`
        : `@${username}'s role in case ${caseId} (${byName.get(username)!.role}) may not read ${subject.id}`,
  );
  throw new DossierError('MENTION_REFUSED', `body: ${said.join('; ')}; a mention tells them of ${subject.id}, so the comment was not posted`, {
    field: 'body',
    value: refused.map((r) => `@${r.username}`).join(' '),
    refused,
  });
}
