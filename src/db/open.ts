import path from 'node:path';
import { migrateToLatest, type Database } from './database.js';
import { openPostgres } from './dialects/postgres.js';
import { openSqlite } from './dialects/sqlite.js';

export const SQLITE_FILE = 'dossier.db';

/** Opens the configured database (PostgreSQL when a URL is given, else DATA/dossier.db) and migrates it. */
export async function openDatabase(options: { dataDir: string; databaseUrl?: string | undefined }): Promise<Database> {
  const database = options.databaseUrl
    ? await openPostgres(options.databaseUrl)
    : await openSqlite(path.join(options.dataDir, SQLITE_FILE));
  try {
    await migrateToLatest(database);
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
}
