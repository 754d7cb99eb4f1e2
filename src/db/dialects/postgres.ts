import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { DossierError } from '../../common/errors.js';
import type { Database } from '../database.js';
import { insertInChunks, runEachQuery } from '../insert-many.js';
import type { Db, Schema } from '../schema.js';

// An arbitrary constant: every Dossier writer takes this transaction-scoped advisory lock first.
const WRITE_LOCK_KEY = 0x0d055_1e5;
const INT8_OID = 20;

export async function openPostgres(url: string): Promise<Database> {
  const location = redactPassword(url);
  const pool = new pg.Pool({
    connectionString: url,
    max: 4,
    // Sequence numbers and sizes stay far below 2^53; read them as numbers like SQLite does.
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === INT8_OID ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
    },
  });
  // An idle connection the server ends (a restart, a database dropped) is an 'error' event on the pool; unheard,
  // it would end the process. The pool drops that client and the next query opens another.
  pool.on('error', () => undefined);
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new DossierError('DATABASE_UNAVAILABLE', `cannot connect to PostgreSQL at ${location}: ${(error as Error).message}`, {
      location,
    }, { cause: error });
  }
  const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
  return {
    engine: 'postgres',
    db,
    location,
    readOnly: false,
    writeTransaction(work) {
      return db.transaction().execute(async (trx) => {
        await sql`select pg_advisory_xact_lock(${WRITE_LOCK_KEY})`.execute(trx);
        return work(trx as Db);
      });
    },
    insertMany: insertInChunks,
    runEach: runEachQuery,
    async close() {
      await db.destroy();
    },
  };
}

export function redactPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://(unparseable URL)';
  }
}
