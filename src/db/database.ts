import { Migrator, sql, type Kysely } from 'kysely';
import { DossierError } from '../common/errors.js';
import { migrations } from './migrations/index.js';
import type { RowWriter } from './insert-many.js';
import type { Db, Schema } from './schema.js';
import type { Engine } from './engine.js';

/**
 * A migrated database, on either engine. Repositories write Kysely queries once against `db`; the only
 * engine-specific behaviour they see is how a write transaction takes the single-writer lock.
 */
export interface Database extends RowWriter {
  readonly engine: Engine;
  readonly db: Db;
  /** Where the data lives, for messages (a file path, or a URL without its password). */
  readonly location: string;
  /** Opened for reading only (a write-protected data directory): writeTransaction refuses, naming the folder. */
  readonly readOnly: boolean;
  /**
   * Runs `work` in a transaction that holds the database's write lock from its first statement, so two
   * processes appending to the ledger never interleave (SQLite BEGIN IMMEDIATE, a PostgreSQL advisory lock).
   */
  writeTransaction<T>(work: (trx: Db) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export async function migrateToLatest(database: Database): Promise<void> {
  const known = migrations(database.engine);
  await refuseUnknownMigrations(database, Object.keys(known));
  const migrator = new Migrator({
    db: database.db as Kysely<unknown>,
    provider: { getMigrations: async () => known },
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new DossierError('DATABASE_CORRUPT', `migration ${failed} failed on ${database.location}: ${String(error)}`, {
      migration: failed,
    }, { cause: error });
  }
}

/**
 * A database opened read-only cannot be migrated: it is read as it is when its migrations are this
 * version's, and refused, naming what is missing, when they are behind (or ahead, as above).
 */
export async function checkMigrationsCurrent(database: Database): Promise<void> {
  const known = Object.keys(migrations(database.engine));
  await refuseUnknownMigrations(database, known);
  const rows = await sql<{ name: string }>`select name from kysely_migration`.execute(database.db).catch(() => ({ rows: [] }));
  const applied = new Set(rows.rows.map((r) => r.name));
  const missing = known.filter((name) => !applied.has(name));
  if (missing.length > 0) {
    throw new DossierError(
      'DATA_DIR_TOO_OLD',
      `the database at ${database.location} was written by an older version of Dossier and needs migrations (${missing.join(', ')}) that cannot be applied to a read-only copy: read it with the Dossier version that wrote it, or upgrade a writable copy first`,
      { missingMigrations: missing },
    );
  }
}

/** A data dir written by a newer Dossier has migrations this one does not know: stop before touching it. */
async function refuseUnknownMigrations(database: Database, knownNames: string[]): Promise<void> {
  let applied: string[];
  try {
    const rows = await sql<{ name: string }>`select name from kysely_migration`.execute(database.db);
    applied = rows.rows.map((r) => r.name);
  } catch {
    return; // no migration table yet: a new database
  }
  const unknown = applied.filter((name) => !knownNames.includes(name));
  if (unknown.length > 0) {
    throw new DossierError(
      'DATA_DIR_TOO_NEW',
      `the database at ${database.location} was written by a newer version of Dossier (unknown migrations: ${unknown.join(', ')}); upgrade Dossier to open it`,
      { unknownMigrations: unknown },
    );
  }
}

export type { Schema };
