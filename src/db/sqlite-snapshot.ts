/**
 * A consistent copy of the instance's database while servers may be writing: SQLite by VACUUM INTO (no -wal
 * beside the copy), PostgreSQL by pg_dump in an exported snapshot (postgres-snapshot.ts).
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
  // VACUUM INTO reads one snapshot of the WAL-mode database and writes a compact, self-contained file.
  await sql`vacuum into ${file}`.execute(database.db);
  return latestCheckpointIn(file);
}

/** The latest signed checkpoint note in a snapshot file, read without migrating or writing it. */
function latestCheckpointIn(file: string): string | undefined {
  const handle = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  try {
    const row = handle.prepare('select note from checkpoints order by tree_size desc limit 1').get() as { note: string } | undefined;
    return row?.note;
  } finally {
    handle.close();
  }
}
