import { DossierError, invalidField } from '../common/errors.js';
import { newId } from '../common/ids.js';
import type { ApiTokensTable, Db } from '../db/schema.js';
import { recordAudit } from './audit-log.js';
import { CASE_ROLES, isCaseRole, type CaseRole } from './permissions.js';
import { digest, newSecret, sameSecret } from './secrets.js';

export interface ApiToken {
  id: string;
  name: string;
  role: CaseRole;
  caseIds: string[];
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
  lastUsedAt: string | null;
}

const PREFIX = 'dossier_';

function toToken(row: ApiTokensTable): ApiToken {
  return {
    id: row.id,
    name: row.name,
    role: row.role as CaseRole,
    caseIds: JSON.parse(row.case_ids) as string[],
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
    lastUsedAt: row.last_used_at,
  };
}

/**
 * A token for scripts and the CLI's remote mode, acting for its owner within a role and some cases (never
 * beyond the owner's own role there). The secret is returned here once and stored only as a digest.
 */
export async function createApiToken(
  db: Db,
  user: { id: string; username: string },
  input: { name: string; role: unknown; caseIds: string[]; expiresInDays?: number | undefined },
): Promise<{ token: ApiToken; secret: string }> {
  if (!input.name.trim()) throw invalidField('name', 'is required');
  if (!isCaseRole(input.role)) throw invalidField('role', `must be one of ${CASE_ROLES.join(', ')}`, input.role);
  if (input.caseIds.length === 0) throw invalidField('caseIds', 'name at least one case');
  const memberships = await db.selectFrom('case_members').select('case_id').where('user_id', '=', user.id).where('case_id', 'in', input.caseIds).execute();
  const missing = input.caseIds.filter((id) => !memberships.some((m) => m.case_id === id));
  if (missing.length > 0) throw invalidField('caseIds', `you are not a member of ${missing.join(', ')}`, missing);
  const now = new Date();
  const row: ApiTokensTable = {
    id: newId('tok'),
    secret_hash: '',
    user_id: user.id,
    name: input.name.trim().slice(0, 200),
    role: input.role,
    case_ids: JSON.stringify([...new Set(input.caseIds)]),
    created_at: now.toISOString(),
    expires_at: input.expiresInDays ? new Date(now.getTime() + input.expiresInDays * 86_400_000).toISOString() : null,
    revoked_at: null,
    last_used_at: null,
  };
  const secret = newSecret();
  row.secret_hash = digest(secret);
  await db.insertInto('api_tokens').values(row).execute();
  await recordAudit(db, 'token_created', `user:${user.username}`, { token: row.id, role: row.role, cases: JSON.parse(row.case_ids) });
  return { token: toToken(row), secret: `${PREFIX}${row.id}.${secret}` };
}

/** The live token a bearer string names, or undefined (unknown, wrong secret, revoked, expired). */
export async function resolveApiToken(db: Db, bearer: string, now = new Date()): Promise<ApiTokensTable | undefined> {
  if (!bearer.startsWith(PREFIX)) return undefined;
  const [id, secret] = bearer.slice(PREFIX.length).split('.', 2);
  if (!id || !secret) return undefined;
  const row = await db.selectFrom('api_tokens').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row || !sameSecret(row.secret_hash, digest(secret))) return undefined;
  if (row.revoked_at !== null || (row.expires_at !== null && row.expires_at <= now.toISOString())) return undefined;
  return row;
}

/** Notes a use: the time always, an audit event at most once an hour per token. */
export async function noteTokenUse(db: Db, row: ApiTokensTable, username: string, address: string, now = new Date()): Promise<void> {
  const hourAgo = new Date(now.getTime() - 3_600_000).toISOString();
  if (row.last_used_at === null || row.last_used_at < hourAgo) await recordAudit(db, 'token_used', `user:${username}`, { token: row.id }, address);
  if (row.last_used_at === null || now.getTime() - Date.parse(row.last_used_at) > 60_000) {
    await db.updateTable('api_tokens').set({ last_used_at: now.toISOString() }).where('id', '=', row.id).execute();
  }
}

export async function listApiTokens(db: Db, userId: string): Promise<ApiToken[]> {
  const rows = await db.selectFrom('api_tokens').selectAll().where('user_id', '=', userId).orderBy('created_at').execute();
  return rows.map(toToken);
}

export async function revokeApiToken(db: Db, user: { id: string; username: string }, tokenId: string): Promise<void> {
  const row = await db.selectFrom('api_tokens').select(['id', 'revoked_at']).where('id', '=', tokenId).where('user_id', '=', user.id).executeTakeFirst();
  if (!row) throw new DossierError('NOT_FOUND', `no token ${tokenId} of yours`, { field: 'id' });
  if (row.revoked_at === null) await db.updateTable('api_tokens').set({ revoked_at: new Date().toISOString() }).where('id', '=', tokenId).execute();
  await recordAudit(db, 'token_revoked', `user:${user.username}`, { token: tokenId });
}
