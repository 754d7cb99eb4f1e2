import { DossierError, invalidField } from '../common/errors.js';
import type { Db } from '../db/schema.js';
import { recordAudit } from './audit-log.js';
import { CASE_ROLES, isCaseRole, type CaseRole } from './permissions.js';

export interface Member {
  caseId: string;
  userId: string;
  username: string;
  role: CaseRole;
  grantedAt: string;
  grantedBy: string;
}

export async function roleInCase(db: Db, userId: string, caseId: string): Promise<CaseRole | undefined> {
  const row = await db.selectFrom('case_members').select('role').where('case_id', '=', caseId).where('user_id', '=', userId).executeTakeFirst();
  return row && isCaseRole(row.role) ? row.role : undefined;
}

/** The user's role in each case they belong to. */
export async function rolesOf(db: Db, userId: string): Promise<Map<string, CaseRole>> {
  const rows = await db.selectFrom('case_members').select(['case_id', 'role']).where('user_id', '=', userId).execute();
  return new Map(rows.flatMap((row) => (isCaseRole(row.role) ? [[row.case_id, row.role] as const] : [])));
}

/** Each case the user belongs to with the role held there, as stored, in case order (an account's session view). */
export async function membershipsOf(db: Db, userId: string): Promise<{ caseId: string; role: string }[]> {
  const rows = await db.selectFrom('case_members').select(['case_id', 'role']).where('user_id', '=', userId).orderBy('case_id').execute();
  return rows.map((row) => ({ caseId: row.case_id, role: row.role }));
}

export async function listMembers(db: Db, caseId: string): Promise<Member[]> {
  const rows = await db
    .selectFrom('case_members as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['m.case_id', 'm.user_id', 'u.username', 'm.role', 'm.granted_at', 'm.granted_by'])
    .where('m.case_id', '=', caseId)
    .orderBy('u.username')
    .execute();
  return rows.map((r) => ({ caseId: r.case_id, userId: r.user_id, username: r.username, role: r.role as CaseRole, grantedAt: r.granted_at, grantedBy: r.granted_by }));
}

/** Grants or changes a role; the change is a security event. */
export async function setMember(db: Db, by: string, caseId: string, username: string, role: unknown): Promise<Member> {
  if (!isCaseRole(role)) throw invalidField('role', `must be one of ${CASE_ROLES.join(', ')}`, role);
  const user = await db.selectFrom('users').select(['id', 'username']).where('username', '=', username.trim().toLowerCase()).executeTakeFirst();
  if (!user) throw new DossierError('NOT_FOUND', `no account named "${username}"`, { field: 'username' });
  const now = new Date().toISOString();
  const before = await roleInCase(db, user.id, caseId);
  if (before) await db.updateTable('case_members').set({ role, granted_at: now, granted_by: by }).where('case_id', '=', caseId).where('user_id', '=', user.id).execute();
  else await db.insertInto('case_members').values({ case_id: caseId, user_id: user.id, role, granted_at: now, granted_by: by }).execute();
  await recordAudit(db, 'role_granted', by, { case: caseId, username: user.username, role, ...(before ? { before } : {}) });
  return { caseId, userId: user.id, username: user.username, role, grantedAt: now, grantedBy: by };
}

export async function removeMember(db: Db, by: string, caseId: string, username: string): Promise<void> {
  const user = await db.selectFrom('users').select(['id', 'username']).where('username', '=', username.trim().toLowerCase()).executeTakeFirst();
  const before = user && (await roleInCase(db, user.id, caseId));
  if (!user || !before) throw new DossierError('NOT_FOUND', `"${username}" is not a member of this case`, { field: 'username' });
  if (before === 'owner') {
    const owners = await db.selectFrom('case_members').select('user_id').where('case_id', '=', caseId).where('role', '=', 'owner').execute();
    if (owners.length === 1) throw new DossierError('CONFLICT', 'a case keeps at least one owner: make someone else owner first', { field: 'username' });
  }
  await db.deleteFrom('case_members').where('case_id', '=', caseId).where('user_id', '=', user.id).execute();
  await recordAudit(db, 'role_revoked', by, { case: caseId, username: user.username, before });
}
