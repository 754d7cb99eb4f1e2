import { DossierError, invalidField } from '../common/errors.js';
import { isSlug } from '../common/ids.js';
import type { Database } from '../db/database.js';
import type { Db } from '../db/schema.js';
import { commitFields } from '../ledger/proofs/commitment.js';
import { newSalt } from '../ledger/salt.js';
import type { CustodyLedger } from '../ledger/log.js';

export interface Case {
  id: string;
  title: string;
  description: string;
  createdAt: string;
  createdBy: string;
  /** Days its evidence stays locked from intake, in a vault with object lock (evidence/case-retention.ts); null: the instance's. */
  retentionDays: number | null;
}

export interface NewCase {
  id: string;
  title: string;
  description?: string | undefined;
}

export interface CaseDeps {
  database: Database;
  ledger: CustodyLedger;
}

/** `onCreated` runs in the same transaction, e.g. to make the creator the case's first owner. */
export async function createCase(deps: CaseDeps, actor: string, input: NewCase, onCreated?: (trx: Db, created: Case) => Promise<void>): Promise<Case> {
  if (!isSlug(input.id)) throw invalidField('id', 'must be a lowercase slug of letters, digits and dashes (1-64 characters)', input.id);
  const title = input.title?.trim();
  if (!title) throw invalidField('title', 'is required');
  if (title.length > 500) throw invalidField('title', 'must be at most 500 characters');
  const description = input.description?.trim() ?? '';
  const salt = newSalt();
  return deps.database.writeTransaction(async (trx) => {
    if (await findCase(trx, input.id)) throw new DossierError('CONFLICT', `case ${input.id} already exists`, { field: 'id' });
    const [entry] = await deps.ledger.append(trx, [
      { actor, action: 'create', subject: { case: input.id }, details: { kind: 'case', committed: commitFields(salt, { title, description }) } },
    ]);
    const created: Case = { id: input.id, title, description, createdAt: entry!.time, createdBy: actor, retentionDays: null };
    await trx
      .insertInto('cases')
      .values({ id: created.id, title, description, created_at: created.createdAt, created_by: actor, salt })
      .execute();
    await onCreated?.(trx, created);
    return created;
  });
}

/** All cases, or those of `ids` (the ones a caller may see). */
export async function listCases(deps: Pick<CaseDeps, 'database'>, ids?: string[]): Promise<Case[]> {
  let query = deps.database.db.selectFrom('cases').selectAll().orderBy('created_at').orderBy('id');
  if (ids) query = query.where('id', 'in', ids.length ? ids : ['']);
  const rows = await query.execute();
  return rows.map(toCase);
}

export async function getCase(deps: Pick<CaseDeps, 'database'>, id: string): Promise<Case> {
  const found = await findCase(deps.database.db, id);
  if (!found) throw new DossierError('CASE_NOT_FOUND', `case ${id} does not exist`, { field: 'case', value: id });
  return found;
}

export async function findCase(db: Db, id: string): Promise<Case | undefined> {
  const row = await db.selectFrom('cases').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toCase(row);
}

function toCase(row: { id: string; title: string; description: string; created_at: string; created_by: string; retention_days: number | null }): Case {
  return { id: row.id, title: row.title, description: row.description, createdAt: row.created_at, createdBy: row.created_by, retentionDays: row.retention_days };
}
