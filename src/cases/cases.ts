import { DossierError, invalidField } from '../common/errors.js';
import { isSlug } from '../common/ids.js';
import type { Database } from '../db/database.js';
import type { Db } from '../db/schema.js';
import { commitFields, newSalt } from '../ledger/commitment.js';
import type { CustodyLedger } from '../ledger/log.js';

export interface Case {
  id: string;
  title: string;
  description: string;
  createdAt: string;
  createdBy: string;
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

export async function createCase(deps: CaseDeps, actor: string, input: NewCase): Promise<Case> {
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
    const created: Case = { id: input.id, title, description, createdAt: entry!.time, createdBy: actor };
    await trx
      .insertInto('cases')
      .values({ id: created.id, title, description, created_at: created.createdAt, created_by: actor, salt })
      .execute();
    return created;
  });
}

export async function listCases(deps: Pick<CaseDeps, 'database'>): Promise<Case[]> {
  const rows = await deps.database.db.selectFrom('cases').selectAll().orderBy('created_at').orderBy('id').execute();
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

function toCase(row: { id: string; title: string; description: string; created_at: string; created_by: string }): Case {
  return { id: row.id, title: row.title, description: row.description, createdAt: row.created_at, createdBy: row.created_by };
}
