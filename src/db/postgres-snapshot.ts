/**
 * A consistent copy of a PostgreSQL database while servers write to it, and its restore into an empty one, with
 * PostgreSQL's own tools (pg_dump and pg_restore, from the postgresql-client package). The latest signed
 * checkpoint is read in the very snapshot pg_dump copies (an exported snapshot), so the copy and the checkpoint
 * it is tied to agree.
 */
import { spawn } from 'node:child_process';
import pg from 'pg';
import { DossierError } from '../common/errors.js';

/** What a pg_dump custom-format archive starts with; SQLite files start with "SQLite format 3". */
export const PG_DUMP_MAGIC = Buffer.from('PGDMP');

export async function snapshotPostgres(databaseUrl: string, file: string): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('begin isolation level repeatable read read only');
    const snapshot = (await client.query<{ id: string }>('select pg_export_snapshot() as id')).rows[0]!.id;
    const checkpoint = (await client.query<{ note: string }>('select note from checkpoints order by tree_size desc limit 1')).rows[0]?.note;
    // pg_dump reads the snapshot this transaction exported, which lives as long as the transaction.
    await run('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--snapshot=${snapshot}`, `--file=${file}`], databaseUrl);
    await client.query('commit');
    return checkpoint;
  } finally {
    await client.end();
  }
}

/** Refuses a target that holds any table: a restore never mixes with, or replaces, another database's rows. */
export async function checkEmptyPostgres(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  try {
    await client.connect();
  } catch (error) {
    throw new DossierError('DATABASE_UNAVAILABLE', `cannot connect to the target PostgreSQL database (DOSSIER_DATABASE_URL): ${(error as Error).message}`, { field: 'DOSSIER_DATABASE_URL' });
  }
  try {
    const tables = Number((await client.query<{ n: string }>("select count(*) as n from pg_tables where schemaname = 'public'")).rows[0]!.n);
    if (tables > 0) {
      throw new DossierError('CONFLICT', `the target database (DOSSIER_DATABASE_URL) already holds ${tables} tables: restore into an empty database (nothing was written)`, { field: 'DOSSIER_DATABASE_URL' });
    }
  } finally {
    await client.end();
  }
}

/** Restores a pg_dump archive into an empty database, in one transaction: all of it, or nothing. */
export async function restorePostgres(databaseUrl: string, file: string): Promise<void> {
  await run('pg_restore', ['--no-owner', '--no-privileges', '--single-transaction', '--exit-on-error', file], databaseUrl);
}

/** Empties the public schema of a database this restore filled (found empty before it began), after a failed check. */
export async function emptyRestoredPostgres(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('drop schema public cascade');
    await client.query('create schema public');
  } finally {
    await client.end();
  }
}

/**
 * Runs a PostgreSQL client tool against `databaseUrl`. Its password goes by environment (PGPASSWORD), never on
 * the command line, where any local user would read it in the process list.
 */
function run(command: string, args: readonly string[], databaseUrl: string): Promise<void> {
  const url = new URL(databaseUrl);
  const password = decodeURIComponent(url.password);
  url.password = '';
  const env = { ...process.env, ...(password ? { PGPASSWORD: password } : {}) };
  return new Promise((resolve, reject) => {
    const child = spawn(command, [...args, `--dbname=${url.toString()}`], { stdio: ['ignore', 'ignore', 'pipe'], env });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', (error) =>
      reject(new DossierError('INTERNAL', `${command} could not be run (${error.message}): install PostgreSQL's client tools (Debian: postgresql-client)`, { command })),
    );
    // 'close', not 'exit': stderr is read to its end before the failure is told.
    child.once('close', (code) =>
      code === 0 ? resolve() : reject(new DossierError('DATABASE_UNAVAILABLE', `${command} failed (exit ${code}): ${stderr.trim().split('\n').slice(0, 3).join('; ')}`, { command })),
    );
  });
}
