import { sql } from 'kysely';
import type { Db } from './schema.js';

let counter = 0;

/**
 * Runs `work` inside a SAVEPOINT of the caller's transaction: if it throws, only its own statements are
 * undone (ROLLBACK TO) and the error is rethrown, so the caller can record the failure and carry on with the
 * rest of the transaction. The same statements work on SQLite and PostgreSQL; on PostgreSQL the rollback
 * is also what clears the "transaction is aborted" state a failed statement leaves behind.
 */
export async function withSavepoint<T>(trx: Db, work: (trx: Db) => Promise<T>): Promise<T> {
  // A fresh name per call, so savepoints nested inside `work` never release the wrong one.
  const name = sql.id(`dossier_sp_${(counter = (counter + 1) % Number.MAX_SAFE_INTEGER)}`);
  await sql`savepoint ${name}`.execute(trx);
  let result: T;
  try {
    result = await work(trx);
  } catch (error) {
    await sql`rollback to savepoint ${name}`.execute(trx);
    await sql`release savepoint ${name}`.execute(trx);
    throw error;
  }
  await sql`release savepoint ${name}`.execute(trx);
  return result;
}
