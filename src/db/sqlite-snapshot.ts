/**
 * A consistent copy of the embedded database while other processes (the server) may be writing: VACUUM INTO
 * reads one snapshot of the WAL-mode database and writes a compact, self-contained file (no -wal beside it).
 */
import BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
import { invalidField } from '../common/errors.js';
import type { Database } from './database.js';
import { snapshotPostgres } from './postgres-snapshot.js';

/**
 * A consistent copy of the instance's database in `file` (SQLite: a database file; PostgreSQL: a pg_dump
 * archive), and the latest signed checkpoint as of that copy.
 */
export async function snapshotDatabase(database: Database, databaseUrl: string | undefined, file: string, purpose: string): Promise<string | undefined> {
  if (database.engine === 'postgres') {
    if (!databaseUrl) throw invalidField('DOSSIER_DATABASE_URL', `${purpose} needs the PostgreSQL database's URL`);
    return snapshotPostgres(databaseUrl, file);
  }
  await snapshotSqlite(database, file, purpose);
  return latestCheckpointIn(file);
}

export async function snapshotSqlite(database: Database, file: string, purpose: string): Promise<void> {
  checkSnapshotable(database, purpose);
  await sql`vacuum into ${file}`.execute(database.db);
}

/** Refuses PostgreSQL up front, so a command that would snapshot it changes nothing first. */
export function checkSnapshotable(database: Database, purpose: string): void {
  if (database.engine !== 'sqlite') {
    throw invalidField('DOSSIER_DATABASE_URL', `${purpose} copies the embedded SQLite database only; this instance keeps its records in PostgreSQL (${database.location}): back up or replicate PostgreSQL with its own tools (pg_dump, pg_basebackup, WAL archiving)`);
  }
}

/** The latest signed checkpoint note in a snapshot file, read without migrating or writing it. */
export function latestCheckpointIn(file: string): string | undefined {
  const handle = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  try {
    const row = handle.prepare('select note from checkpoints order by tree_size desc limit 1').get() as { note: string } | undefined;
    return row?.note;
  } finally {
    handle.close();
  }
}
