/**
 * Bulk loading for the scale benchmark: rows go to PostgreSQL through `psql \copy … from stdin` (CSV), one
 * psql process per table so the tables fill side by side, with the tables' indexes and constraints dropped
 * first and rebuilt once at the end (sorting 10M keys once is far faster than inserting them one by one).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { sql } from 'kysely';
import type { Db } from '../src/db/schema.js';

type Field = string | number | Buffer | null;

/** CSV as COPY reads it: an unquoted empty field is NULL, a quoted one is text, bytea as \x hex. */
function csvField(value: Field): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  if (Buffer.isBuffer(value)) return `\\x${value.toString('hex')}`;
  return `"${value.replaceAll('"', '""')}"`;
}

const FLUSH_AT = 1 << 20;

export class CopyStream {
  private readonly psql: ChildProcess;
  private readonly exited: Promise<number | null>;
  private pending = '';
  private stderr = '';
  rows = 0;

  constructor(url: string, readonly table: string, readonly columns: readonly string[]) {
    const command = `\\copy "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) from stdin with (format csv)`;
    this.psql = spawn('psql', [url, '--no-psqlrc', '-v', 'ON_ERROR_STOP=1', '-c', command], { stdio: ['pipe', 'ignore', 'pipe'] });
    this.psql.stderr!.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.exited = once(this.psql, 'exit').then(([code]) => code as number | null);
  }

  /** Queues a row; resolves at once unless psql has fallen behind, so the producer waits for the slowest table. */
  async write(row: Record<string, Field>): Promise<void> {
    this.pending += `${this.columns.map((c) => csvField(row[c] ?? null)).join(',')}\n`;
    this.rows++;
    if (this.pending.length >= FLUSH_AT) await this.flush();
  }

  private async flush(): Promise<void> {
    const chunk = this.pending;
    this.pending = '';
    if (!this.psql.stdin!.write(chunk)) await once(this.psql.stdin!, 'drain');
  }

  async end(): Promise<void> {
    await this.flush();
    this.psql.stdin!.end();
    const code = await this.exited;
    if (code !== 0) throw new Error(`COPY into ${this.table} failed (psql exit ${code}): ${this.stderr.trim()}`);
  }
}

interface DroppedDefinitions {
  constraints: { table: string; name: string; definition: string; type: string }[];
  indexes: { name: string; definition: string }[];
}

/**
 * Drops the tables' indexes and constraints (and foreign keys of other tables that point at them), runs
 * `load`, then recreates each from the definition the catalogue gave, so the result is the schema the
 * migrations made. Progress and the time of each rebuild go to stderr.
 */
export async function withoutIndexes(db: Db, tables: readonly string[], load: () => Promise<void>): Promise<void> {
  const dropped = await definitionsOf(db, tables);
  for (const c of dropped.constraints.filter((c) => c.type === 'f')) await sql`alter table ${sql.id(c.table)} drop constraint ${sql.id(c.name)}`.execute(db);
  for (const c of dropped.constraints.filter((c) => c.type !== 'f')) await sql`alter table ${sql.id(c.table)} drop constraint ${sql.id(c.name)}`.execute(db);
  for (const index of dropped.indexes) await sql`drop index ${sql.id(index.name)}`.execute(db);
  await load();
  await sql`set maintenance_work_mem = '2GB'`.execute(db);
  const rebuild = async (what: string, statement: string) => {
    const started = Date.now();
    await sql.raw(statement).execute(db);
    process.stderr.write(`  rebuilt ${what} in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  };
  for (const c of dropped.constraints.filter((c) => c.type !== 'f')) await rebuild(c.name, `alter table "${c.table}" add constraint "${c.name}" ${c.definition}`);
  for (const index of dropped.indexes) await rebuild(index.name, index.definition);
  for (const c of dropped.constraints.filter((c) => c.type === 'f')) await rebuild(c.name, `alter table "${c.table}" add constraint "${c.name}" ${c.definition}`);
}

async function definitionsOf(db: Db, tables: readonly string[]): Promise<DroppedDefinitions> {
  const constraints = await sql<{ table: string; name: string; definition: string; type: string }>`
    select conrelid::regclass::text as table, conname as name, pg_get_constraintdef(oid) as definition, contype as type
    from pg_constraint
    where contype in ('p', 'u', 'f')
      and (conrelid::regclass::text in (${sql.join(tables)}) or (contype = 'f' and confrelid::regclass::text in (${sql.join(tables)})))`.execute(db);
  const indexes = await sql<{ name: string; definition: string }>`
    select indexname as name, indexdef as definition from pg_indexes
    where schemaname = current_schema() and tablename in (${sql.join(tables)})
      and indexname not in (select conname from pg_constraint where contype in ('p', 'u'))`.execute(db);
  return { constraints: constraints.rows, indexes: indexes.rows };
}
