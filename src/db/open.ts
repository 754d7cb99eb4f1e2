import path from 'node:path';
import { checkMigrationsCurrent, migrateToLatest, type Database } from './database.js';

export const SQLITE_FILE = 'dossier.db';

/**
 * Opens the configured database (PostgreSQL when a URL is given, else DATA/dossier.db) and migrates it; a
 * read-only embedded database is only checked to need no migration. PostgreSQL is always opened for writing:
 * whether it may be written is its server's business.
 */
export async function openDatabase(options: { dataDir: string; databaseUrl?: string | undefined; readOnly?: boolean }): Promise<Database> {
  const database = options.databaseUrl
    ? // Each engine's driver is loaded only when it is the one in use: a command on SQLite never loads pg.
      await (await import('./dialects/postgres.js')).openPostgres(options.databaseUrl)
    : await (await import('./dialects/sqlite.js')).openSqlite(path.join(options.dataDir, SQLITE_FILE), { readOnly: options.readOnly === true });
  try {
    await (database.readOnly ? checkMigrationsCurrent(database) : migrateToLatest(database));
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
}
