import { CompiledQuery, Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { DossierError } from '../../common/errors.js';
import type { Database } from '../database.js';
import { columnsOf, runEachQuery, type RowOf, type TableName } from '../insert-many.js';
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
  // The same of a connection checked out but between queries (a transaction awaiting the vault): the pool listens
  // only to idle ones. Heard here, the client's next query fails in words (a 503), and the pool discards it.
  pool.on('connect', (client) => client.on('error', () => undefined));
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
  const columnTypes = new Map<string, Map<string, string>>();
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
    async insertMany(trx, table, rows) {
      if (rows.length === 0) return;
      let types = columnTypes.get(table);
      if (!types) columnTypes.set(table, (types = await readColumnTypes(trx, table)));
      await insertByColumns(trx, table, rows, types);
    },
    runEach: runEachQuery,
    async close() {
      await db.destroy();
    },
  };
}

// Rows per statement: a statement binds one array per column, whatever the rows, so only its size bounds them.
const ROWS_PER_STATEMENT = 5000;

/**
 * Inserts rows as one array per column, unnested by the server: `insert … select * from unnest($1::text[], …)`.
 * A multi-row VALUES list costs the server a parse and plan of every row, and Kysely a compile of every
 * parameter in JavaScript; this statement has as many parameters as the table has columns.
 */
async function insertByColumns<T extends TableName>(trx: Db, table: T, rows: readonly RowOf<T>[], types: ReadonlyMap<string, string>): Promise<void> {
  const columns = columnsOf(rows);
  const arrays = columns.map((column, i) => {
    const type = types.get(column);
    if (!type) throw new DossierError('INTERNAL', `table ${table} has no column ${column}`);
    return `$${i + 1}::${type}[]`;
  });
  const text = `insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) select * from unnest(${arrays.join(', ')})`;
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(start, start + ROWS_PER_STATEMENT) as readonly Record<string, unknown>[];
    await trx.executeQuery(CompiledQuery.raw(text, columns.map((column) => chunk.map((row) => row[column] ?? null))));
  }
}

/** A table's columns and their element types as unnest casts them (text, int8, float8, bytea…). */
async function readColumnTypes(trx: Db, table: string): Promise<Map<string, string>> {
  const found = await sql<{ column_name: string; udt_name: string }>`
    select column_name, udt_name from information_schema.columns where table_schema = current_schema() and table_name = ${table}`.execute(trx);
  return new Map(found.rows.map((row) => [row.column_name, row.udt_name]));
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
