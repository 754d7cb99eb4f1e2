import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect, sql, type SqliteDatabase, type SqliteStatement } from 'kysely';
import path from 'node:path';
import { DossierError } from '../../common/errors.js';
import { readOnlyRefusal } from '../../common/os-errors.js';
import type { Database } from '../database.js';
import { columnsOf } from '../insert-many.js';
import type { Db, Schema } from '../schema.js';
import { openSqliteReadOnly } from './sqlite-read-only.js';

/** SQLite error codes that mean the file itself is damaged or is not a database at all. */
const CORRUPTION_CODES = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB', 'SQLITE_CORRUPT_VTAB', 'SQLITE_CANTOPEN']);

export async function openSqlite(file: string, options: { readOnly?: boolean } = {}): Promise<Database> {
  if (options.readOnly) return openSqliteForReading(file);
  let handle: BetterSqlite3.Database;
  try {
    handle = new BetterSqlite3(file);
    // WAL lets readers (the server) run beside a writer (the CLI); FULL makes a commit durable on return,
    // because an acknowledged intake must survive a power cut, not only a process crash.
    handle.pragma('journal_mode = WAL');
    handle.pragma('synchronous = FULL');
    handle.pragma('foreign_keys = ON');
    handle.pragma('busy_timeout = 15000');
    handle.pragma('cache_size = -65536');
    handle.pragma('wal_autocheckpoint = 16384');
    // Keeps the planner's statistics fresh enough to choose a date or place index over a full walk
    // (bounded work, as SQLite recommends at every open).
    handle.pragma('optimize = 0x10002');
    handle.prepare('select count(*) from sqlite_master').get();
  } catch (error) {
    throw sqliteFailure(file, error);
  }
  return wrap(file, handle);
}

/** A database only read: writes are refused before they start, naming the data directory. */
async function openSqliteForReading(file: string): Promise<Database> {
  let opened: Awaited<ReturnType<typeof openSqliteReadOnly>>;
  try {
    opened = await openSqliteReadOnly(file);
  } catch (error) {
    throw sqliteFailure(file, error);
  }
  try {
    opened.handle.pragma('foreign_keys = ON');
    opened.handle.pragma('cache_size = -65536');
    opened.handle.prepare('select count(*) from sqlite_master').get();
  } catch (error) {
    opened.handle.close();
    await opened.dispose();
    throw sqliteFailure(file, error);
  }
  const database = wrap(file, opened.handle);
  return {
    ...database,
    readOnly: true,
    writeTransaction: async () => {
      throw readOnlyRefusal(path.dirname(file), 'this command');
    },
    async close() {
      await database.close();
      await opened.dispose();
    },
  };
}

function wrap(file: string, handle: BetterSqlite3.Database): Database {
  const statements = withStatementCache(handle);
  const db = new Kysely<Schema>({ dialect: new SqliteDialect({ database: statements }) });
  // Statements run on the connection directly: only inside writeTransaction, which holds it, are they part
  // of the caller's transaction rather than committed row by row.
  const runEach = (text: string, parameterLists: readonly (readonly unknown[])[]) => {
    if (!handle.inTransaction) throw new DossierError('INTERNAL', 'a bulk write outside a write transaction');
    const statement = statements.prepare(text) as unknown as BetterSqlite3.Statement;
    try {
      for (const parameters of parameterLists) statement.run(parameters);
    } catch (error) {
      throw sqliteFailure(file, error);
    }
  };
  return {
    engine: 'sqlite',
    db,
    location: file,
    readOnly: false,
    async writeTransaction(work) {
      try {
        return await db.connection().execute(async (conn) => {
          await sql`begin immediate`.execute(conn);
          try {
            const result = await work(conn as Db);
            await sql`commit`.execute(conn);
            return result;
          } catch (error) {
            await sql`rollback`.execute(conn).catch(() => undefined);
            throw error;
          }
        });
      } catch (error) {
        throw sqliteFailure(file, error);
      }
    },
    async insertMany(_trx, table, rows) {
      if (rows.length === 0) return;
      const columns = columnsOf(rows);
      const text = `insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values (${columns.map(() => '?').join(', ')})`;
      runEach(text, (rows as readonly Record<string, unknown>[]).map((row) => columns.map((c) => row[c] ?? null)));
    },
    runEach: async (_trx, text, parameterLists) => runEach(text, parameterLists),
    async close() {
      try {
        handle.pragma('optimize');
      } catch {
        // statistics are an optimisation; a read-only or closing database may refuse them
      }
      await db.destroy();
    },
  };
}

/** Turns a damaged-file error into one that names the file; passes every other error through. */
export function sqliteFailure(file: string, error: unknown): unknown {
  const code = (error as { code?: string } | null)?.code;
  if (code !== undefined && CORRUPTION_CODES.has(code)) {
    return new DossierError('DATABASE_CORRUPT', `the database file ${file} is damaged or is not a Dossier database (${code})`, {
      path: file,
      sqliteCode: code,
    }, { cause: error });
  }
  return error;
}

/**
 * Reuses prepared statements: Kysely prepares every query afresh, and preparing costs as much as running a
 * small insert. Statements are only run with all() or run() here, never left mid-iteration, so reuse is safe.
 */
function withStatementCache(handle: BetterSqlite3.Database): SqliteDatabase {
  const cache = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => handle.close(),
    prepare(text: string) {
      let statement = cache.get(text);
      if (!statement) {
        statement = handle.prepare(text);
        if (cache.size >= 1000) cache.delete(cache.keys().next().value as string);
        cache.set(text, statement);
      }
      return statement as unknown as SqliteStatement;
    },
  };
}
