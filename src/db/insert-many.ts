import { CompiledQuery, type Insertable } from 'kysely';
import type { Db, Schema } from './schema.js';

export type TableName = keyof Schema & string;
export type RowOf<T extends TableName> = Insertable<Schema[T]>;

/**
 * Many-row inserts for imports and ledger appends. Kysely compiles a multi-row insert in JavaScript at a
 * cost above SQLite's own work, so on SQLite the rows go through one cached single-row statement each
 * (see dialects/sqlite.ts); PostgreSQL gets one array per column, unnested by the server (dialects/postgres.ts).
 */
export interface RowWriter {
  /** Must run inside writeTransaction; a key a row lacks is written as NULL. */
  insertMany<T extends TableName>(trx: Db, table: T, rows: readonly RowOf<T>[]): Promise<void>;
  /** Runs one statement (in the engine's own placeholder syntax) once per parameter list, inside writeTransaction. */
  runEach(trx: Db, text: string, parameterLists: readonly (readonly unknown[])[]): Promise<void>;
}

/** The columns of a batch: every key any row has (a key a row lacks is written as NULL). */
export function columnsOf(rows: readonly object[]): string[] {
  const columns = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) columns.add(key);
  return [...columns];
}

export async function runEachQuery(trx: Db, text: string, parameterLists: readonly (readonly unknown[])[]): Promise<void> {
  for (const parameters of parameterLists) await trx.executeQuery(CompiledQuery.raw(text, [...parameters]));
}
